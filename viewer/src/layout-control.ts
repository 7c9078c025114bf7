// Re-runs ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) while the button
// says so. The worker writes positions into the graph, which sigma redraws as they come.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ActorGraph } from "../../src/schema/graph.js";

const LABELS = { idle: "Run layout", running: "Stop layout" };

export function createLayoutControl(toggle: HTMLButtonElement, graph: ActorGraph): void {
  let layout: FA2Layout | undefined;
  toggle.textContent = LABELS.idle;
  toggle.addEventListener("click", () => {
    layout ??= new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    toggle.textContent = layout.isRunning() ? LABELS.running : LABELS.idle;
    toggle.setAttribute("aria-pressed", String(layout.isRunning()));
  });
}
