// A pair of actors: everything each said about the other, as a stance timeline over a list in
// time order (Trump on Putin: praise in February 2025, "He has gone absolutely CRAZY!" in May).
import { button, h } from "./dom.js";
import { statementPasses } from "./filters.js";
import { countLine, section, type PanelContext } from "./panel-parts.js";
import { nameLink, statementList } from "./statement-list.js";
import { saidByAbout } from "./statements.js";
import { stanceTimeline } from "./timeline.js";

export function pairPanel(first: string, second: string, context: PanelContext): Node[] {
  const { graph, store } = context;
  return [
    h("h2", {}, nameLink(first, context), " and ", nameLink(second, context)),
    button("Back", () => store.update({ pair: null }), "back"),
    direction(first, second, context),
    direction(second, first, context),
  ];
  function direction(speaker: string, target: string, { filters }: PanelContext): HTMLElement {
    const all = saidByAbout(graph, speaker, target);
    const shown = all.filter((entry) => statementPasses(entry.statement, filters));
    const title = `${graph.getNodeAttribute(speaker, "label")} about ${graph.getNodeAttribute(target, "label")}`;
    const body = shown.length === 0 ? [] : [stanceTimeline(shown), statementList(shown, "none", context)];
    return section(title, countLine(shown.length, all.length, "statements"), ...body);
  }
}
