// The sigma renderer over the graph. Filters and focus change what is drawn through the node and
// edge reducers only: the graph is never mutated for display. Clicks select (shift-click a second
// actor, or click an edge, for a pair); the camera is written back to the view state. Only the
// programs the graph uses are registered (discs, straight edges): each costs shader compilation.
import Sigma from "sigma";
import { EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import type { ActorGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/schema/graph.js";
import { FADED, FOCUS_ONLY_RELATIONS, FOCUS_RATIO, RENDER_SETTINGS } from "./appearance.js";
import { visibleNodes } from "./filters.js";
import { focusOf } from "./highlight.js";
import { pairOfEdge } from "./statements.js";
import type { ViewState, ViewStore } from "./view-state.js";

export interface GraphView {
  /** The nodes the filters keep, shared with the panel and the downloads. */
  visible(): ReadonlySet<string>;
  moveTo(node: string): void;
}

/** Camera moves are written to the URL once they settle, not on every frame. */
const CAMERA_SETTLE_MS = 250;

export function createGraphView(container: HTMLElement, graph: ActorGraph, store: ViewStore): GraphView {
  let visible = visibleNodes(graph, store.get().filters);
  let hovered: string | null = null;
  let focus = focusOf(graph, { hovered, ...store.get() });

  const sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    ...RENDER_SETTINGS,
    enableEdgeEvents: true,
    nodeProgramClasses: { circle: NodeCircleProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram },
    nodeReducer(node, data) {
      if (!visible.has(node)) return { ...data, hidden: true };
      if (focus === null) return data;
      if (!focus.has(node)) return { ...data, color: FADED.node, label: null, zIndex: 0 };
      const { selected, pair } = store.get();
      const chosen = node === selected || node === pair || node === hovered;
      return { ...data, zIndex: 1, highlighted: chosen, forceLabel: chosen };
    },
    edgeReducer(edge, data) {
      const inFocus = focus !== null && focus.has(graph.source(edge)) && focus.has(graph.target(edge));
      if (FOCUS_ONLY_RELATIONS.has(data.relation) && !inFocus) return { ...data, hidden: true };
      if (focus === null) return data;
      return inFocus ? { ...data, zIndex: 1 } : { ...data, color: FADED.edge, zIndex: 0 };
    },
  });

  const redraw = () => {
    focus = focusOf(graph, { hovered, ...store.get() });
    sigma.refresh({ skipIndexation: true });
  };

  store.subscribe((state: ViewState, previous: ViewState) => {
    if (state.filters !== previous.filters) visible = visibleNodes(graph, state.filters);
    if (state.filters !== previous.filters || state.selected !== previous.selected || state.pair !== previous.pair) redraw();
  });

  sigma.on("enterNode", ({ node }) => {
    hovered = node;
    redraw();
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    redraw();
  });
  sigma.on("clickNode", ({ node, event }) => {
    const { selected } = store.get();
    const addToPair = event.original.shiftKey && selected !== null && selected !== node;
    store.update(addToPair ? { pair: node } : { selected: node, pair: null });
  });
  sigma.on("clickEdge", ({ edge }) => {
    const pair = pairOfEdge(graph, edge);
    if (pair !== null) store.update({ selected: pair[0], pair: pair[1] });
  });
  sigma.on("clickStage", () => store.update({ selected: null, pair: null }));

  const camera = sigma.getCamera();
  const initialCamera = store.get().camera;
  if (initialCamera !== null) camera.setState(initialCamera);
  let settle: ReturnType<typeof setTimeout> | undefined;
  camera.on("updated", ({ x, y, ratio }) => {
    clearTimeout(settle);
    settle = setTimeout(() => store.update({ camera: { x, y, ratio } }), CAMERA_SETTLE_MS);
  });

  return {
    visible: () => visible,
    moveTo(node) {
      const display = sigma.getNodeDisplayData(node);
      if (display !== undefined) void camera.animate({ x: display.x, y: display.y, ratio: FOCUS_RATIO }, { duration: 400 });
    },
  };
}
