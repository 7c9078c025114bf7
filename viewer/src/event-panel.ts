// An event: type (with its CAMEO code), date, place, participants, and each document that
// mentions it, opening the text at the mention.
import type { EventNode } from "../../src/schema/graph.js";
import { button, h } from "./dom.js";
import { categoryChip, section, type PanelContext } from "./panel-parts.js";
import { nameLink } from "./statement-list.js";

export function eventPanel(node: EventNode, key: string, context: PanelContext): Node[] {
  const { graph, openSource } = context;
  const mentions: HTMLElement[] = [];
  graph.forEachOutEdge(key, (_edge, edge, _source, _target, _sourceNode, targetNode) => {
    if (edge.relation !== "reported_in" || targetNode.kind !== "document" || edge.doc === null || edge.start === null || edge.end === null) return;
    const span = { start: edge.start, end: edge.end };
    mentions.push(
      h(
        "li",
        {},
        button(targetNode.title ?? targetNode.source, () => openSource({ doc: edge.doc ?? "", sentence: span, words: null }), "words"),
        targetNode.published === null ? null : ` · ${targetNode.published}`,
      ),
    );
  });
  return [
    h("h2", {}, node.eventType.replaceAll("-", " ")),
    h("p", { className: "meta" }, categoryChip("event"), ` CAMEO ${node.cameo}`),
    h(
      "dl",
      { className: "facts" },
      h("dt", {}, "date"),
      h("dd", {}, node.date ?? "undated"),
      h("dt", {}, "place"),
      h("dd", {}, node.place ?? "not given"),
    ),
    section("Participants", h("ul", { className: "relations" }, ...node.participants.map((participant) => h("li", {}, nameLink(participant, context))))),
    section(`Mentions (${node.mentionCount})`, h("ul", { className: "mentions" }, ...mentions)),
  ];
}
