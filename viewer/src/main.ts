// The viewer's composition root: load and validate the graph, read the view from the URL, and
// wire the graph view, panel, filters, search, layout and downloads to one view store.
import { byId } from "./dom.js";
import { downloadFiltered } from "./downloads.js";
import { showError } from "./error-view.js";
import { createFilterControls } from "./filter-controls.js";
import { createLayoutControl } from "./layout-control.js";
import { loadGraph } from "./load-graph.js";
import { createPanel } from "./panel.js";
import { createGraphView } from "./renderer.js";
import { createSearchBox } from "./search-box.js";
import { buildSearchIndex } from "./search-index.js";
import { createSourceView } from "./source-view.js";
import { spreadIfCollapsed } from "./spread-collapsed.js";
import { readViewFromUrl, writeViewToUrl } from "./url-state.js";
import { createViewStore, type ViewState } from "./view-state.js";

async function main(): Promise<void> {
  const { graph, url } = await loadGraph();
  performance.mark("actorgraph:loaded");
  const unlaidOut = spreadIfCollapsed(graph);

  const fromUrl = readViewFromUrl(location.search);
  const known = (node: string | null) => (node !== null && graph.hasNode(node) ? node : null);
  const store = createViewStore({ ...fromUrl, selected: known(fromUrl.selected), pair: known(fromUrl.pair) });

  const view = createGraphView(byId("graph", "div"), graph, store);
  createPanel(byId("panel", "aside"), graph, store, createSourceView(byId("source", "dialog")));
  createFilterControls(byId("filters", "aside"), graph, store);
  createSearchBox(byId("search", "div"), buildSearchIndex(graph), (node) => {
    store.update({ selected: node, pair: null });
    view.moveTo(node);
  });
  createLayoutControl(byId("run-layout", "button"), graph);
  for (const format of ["gexf", "json"] as const) {
    byId(`download-${format}`, "button").addEventListener("click", () => void downloadFiltered(graph, view.visible(), format));
  }
  store.subscribe((state: ViewState) => history.replaceState(null, "", writeViewToUrl(state) || location.pathname));

  byId("status", "span").textContent =
    `${graph.order} nodes, ${graph.size} edges (${url.replace("data/", "")})` + (unlaidOut ? " · this build has no layout: run it" : "");
  // Ready once the first frame is on screen: what the tests and the benchmark wait for.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  performance.mark("actorgraph:drawn");
  document.body.dataset.state = "ready";
}

main().catch((error: unknown) => showError(byId("error", "div"), "The graph cannot be shown", error));
