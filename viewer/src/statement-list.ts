// A list of statements: each with its date, its stance as a colour, the words, who said it or
// whom it is about, and the source document's title and date; a click opens the source text with
// the sentence marked. Long lists show their first items and a button for the rest.
import type { ActorGraph } from "../../src/schema/graph.js";
import { stanceColor } from "./appearance.js";
import { button, h } from "./dom.js";
import { documentKey } from "./filters.js";
import type { OpenSource } from "./source-view.js";
import type { StatementEntry } from "./statements.js";

const FIRST_ITEMS = 50;

export interface ListContext {
  graph: ActorGraph;
  openSource: OpenSource;
  select: (node: string) => void;
}

/** Whom a line names besides the words: the speaker in "said about", the targets in "said". */
export type NamedParty = "speaker" | "targets" | "none";

export function statementList(entries: readonly StatementEntry[], named: NamedParty, context: ListContext): HTMLElement {
  const list = h("ol", { className: "statements" });
  const showFrom = (first: number, count: number) => {
    list.querySelector(":scope > li.more")?.remove();
    list.append(...entries.slice(first, first + count).map((entry) => statementItem(entry, named, context)));
    const rest = entries.length - first - count;
    if (rest > 0) list.append(h("li", { className: "more" }, button(`show ${rest} more`, () => showFrom(first + count, rest))));
  };
  showFrom(0, FIRST_ITEMS);
  return list;
}

export function statementItem({ key, statement, stance }: StatementEntry, named: NamedParty, context: ListContext): HTMLElement {
  const { graph } = context;
  const stanceName = stance ?? "none";
  const chip = h("span", { className: "stance", title: stanceName });
  chip.style.background = stanceColor(stanceName);
  const documentNode = graph.hasNode(documentKey(statement.doc)) ? graph.getNodeAttributes(documentKey(statement.doc)) : undefined;
  const documentTitle = documentNode?.kind === "document" ? (documentNode.title ?? documentNode.source) : statement.doc;
  const documentDate = documentNode?.kind === "document" ? documentNode.published : null;
  const names = named === "speaker" ? (statement.speaker === null ? [] : [statement.speaker]) : named === "targets" ? statement.about : [];
  return h(
    "li",
    { className: `statement stance-${stanceName}`, attributes: { "data-key": key } },
    h("div", { className: "statement-head" }, chip, h("time", {}, statement.date ?? "undated"), ...names.map((name) => nameLink(name, context))),
    h(
      "button",
      {
        className: "words",
        title: "Open the source text",
        attributes: { type: "button" },
        onClick: () =>
          context.openSource({
            doc: statement.doc,
            sentence: { start: statement.sentenceStart, end: statement.sentenceEnd },
            words: { start: statement.start, end: statement.end },
          }),
      },
      statement.quoteKind === "direct" ? `“${statement.text}”` : statement.text,
    ),
    h("div", { className: "source-line" }, h("cite", {}, documentTitle), documentDate === null ? null : ` · ${documentDate}`),
  );
}

/** An actor's name that selects the actor. */
export function nameLink(node: string, { graph, select }: Pick<ListContext, "graph" | "select">): HTMLElement {
  const label = graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node;
  return button(label, () => select(node), "name-link");
}
