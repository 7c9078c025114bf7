// The side panel: what is selected, read from the view state. An actor, a pair of actors, an
// event, a document or a statement each have their own view; lists follow the filters.
import type { ActorGraph } from "../../src/schema/graph.js";
import { actorPanel } from "./actor-panel.js";
import { h } from "./dom.js";
import { documentPanel } from "./document-panel.js";
import { eventPanel } from "./event-panel.js";
import { pairPanel } from "./pair-panel.js";
import type { OpenSource } from "./source-view.js";
import { statementItem } from "./statement-list.js";
import type { PanelContext } from "./panel-parts.js";
import type { ViewState, ViewStore } from "./view-state.js";

export function createPanel(container: HTMLElement, graph: ActorGraph, store: ViewStore, openSource: OpenSource): void {
  const show = (state: ViewState) => {
    const context: PanelContext = {
      graph,
      store,
      filters: state.filters,
      openSource,
      select: (node) => store.update({ selected: node, pair: null }),
    };
    container.replaceChildren(...panelFor(state, context));
  };
  show(store.get());
  store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.pair !== previous.pair || state.filters !== previous.filters) show(state);
  });
}

function panelFor({ selected, pair }: ViewState, context: PanelContext): Node[] {
  const { graph } = context;
  if (selected === null || !graph.hasNode(selected)) {
    return [h("p", { className: "hint" }, "Search or click a node to see what was said by and about it. Shift-click a second actor, or click an edge, to compare a pair.")];
  }
  if (pair !== null && graph.hasNode(pair)) return pairPanel(selected, pair, context);
  const node = graph.getNodeAttributes(selected);
  switch (node.kind) {
    case "event":
      return eventPanel(node, selected, context);
    case "document":
      return documentPanel(node, selected, context);
    case "statement":
      return [h("h2", {}, "Statement"), h("ol", { className: "statements" }, statementItem({ key: selected, statement: node, stance: node.stance }, "speaker", context))];
    default:
      return actorPanel(node, selected, context);
  }
}
