// An actor's panel: name, category, Wikidata link, offices with their terms, memberships, the
// actors they argue with (each opens the pair's timeline), what they said and what was said
// about them.
import type { ActorGraph, ActorNode, EdgeAttributes } from "../../src/schema/graph.js";
import { formatTerm } from "./dates.js";
import { button, externalLink, h } from "./dom.js";
import { statementPasses } from "./filters.js";
import { categoryChip, countLine, section, type PanelContext } from "./panel-parts.js";
import { nameLink, statementList } from "./statement-list.js";
import { counterparts, saidAbout, saidBy } from "./statements.js";

/** How many counterparts get a pair button. */
const COUNTERPARTS_SHOWN = 8;

export function actorPanel(node: ActorNode, key: string, context: PanelContext): Node[] {
  const { graph, filters } = context;
  const said = saidBy(graph, key);
  const about = saidAbout(graph, key);
  const saidShown = said.filter((entry) => statementPasses(entry.statement, filters));
  const aboutShown = about.filter((entry) => statementPasses(entry.statement, filters));
  const others = counterparts(graph, key).slice(0, COUNTERPARTS_SHOWN);
  return [
    h("h2", {}, node.name),
    h(
      "p",
      { className: "meta" },
      categoryChip(node.kind),
      node.wikidata !== null && /^Q\d+$/.test(node.wikidata) ? externalLink(`https://www.wikidata.org/wiki/${node.wikidata}`, `Wikidata ${node.wikidata}`) : null,
      ` · ${node.mentionCount} mentions in ${node.documentCount} documents`,
    ),
    node.aliases.length > 0 ? h("p", { className: "aliases" }, `also: ${node.aliases.join(", ")}`) : null,
    ...relationSection("Offices held", graph, key, "holds_role", "out", context),
    ...relationSection("Office holders", graph, key, "holds_role", "in", context),
    ...relationSection("Member of", graph, key, "member_of", "out", context),
    ...relationSection("Members", graph, key, "member_of", "in", context),
    others.length === 0
      ? null
      : section(
          "Compare with",
          h("div", { className: "pairs" }, ...others.map(({ actor, count }) => button(`${labelOf(graph, actor)} (${count})`, () => context.store.update({ pair: actor }), "pair-button"))),
        ),
    section("Said", countLine(saidShown.length, said.length, "statements"), statementList(saidShown, "targets", context)),
    section("Said about them", countLine(aboutShown.length, about.length, "statements"), statementList(aboutShown, "speaker", context)),
  ].filter((part) => part !== null);
}

/** Offices and memberships in one direction, each with its terms: none of it when there is none. */
function relationSection(title: string, graph: ActorGraph, key: string, relation: EdgeAttributes["relation"], direction: "in" | "out", context: PanelContext): HTMLElement[] {
  const items: HTMLElement[] = [];
  const add = (_edge: string, edge: EdgeAttributes, source: string, target: string) => {
    if (edge.relation !== relation) return;
    const other = direction === "out" ? target : source;
    items.push(h("li", {}, edge.label === null ? null : `${edge.label}, `, nameLink(other, context), termsOf(edge) === "" ? null : h("span", { className: "terms" }, ` ${termsOf(edge)}`)));
  };
  if (direction === "out") graph.forEachOutEdge(key, add);
  else graph.forEachInEdge(key, add);
  return items.length === 0 ? [] : [section(title, h("ul", { className: "relations" }, ...items))];
}

function termsOf(edge: EdgeAttributes): string {
  if (edge.terms.length > 0) return edge.terms.map(formatTerm).join(", ");
  return edge.date === null ? "" : formatTerm(`${edge.date}/${edge.until ?? ".."}`);
}

function labelOf(graph: ActorGraph, node: string): string {
  return graph.getNodeAttribute(node, "label");
}
