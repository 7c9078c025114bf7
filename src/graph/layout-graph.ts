// Places the nodes with ForceAtlas2, offline, so the viewer opens on a finished layout. Pure and
// deterministic: seeded starting positions, a fixed number of iterations, positions rounded, so
// the same graph gives byte-identical output on every run.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { ActorGraph } from "../schema/graph.js";

// The package is CommonJS (`module.exports = layout`) while its types declare `export default`,
// so under NodeNext TypeScript sees the default import as `{ default: layout }`; at run time the
// default import is module.exports, the layout itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export type LayoutOptions = { iterations?: number; seed?: number };

const FULL_ITERATIONS = 100;
/** Node-iterations per layout: the time budget, as one iteration costs about the order (Barnes–Hut). */
const NODE_ITERATIONS = 500_000;

/**
 * 100 iterations up to 5,000 nodes, then as many as NODE_ITERATIONS allows, never fewer than 1:
 * 20,000 nodes get 25, 100,000 get 5, 200,000 get 2. Measured on two busy cores, a 200,000-node,
 * 400,000-edge graph takes about 5 s to copy, 10 s for the first iteration and 5 s for each
 * further one, so 2 iterations keep it near 20 s; 20,000 nodes with 25 take about 6 s.
 */
export function defaultIterations(order: number): number {
  return Math.max(1, Math.min(FULL_ITERATIONS, Math.floor(NODE_ITERATIONS / Math.max(order, 1))));
}

/** A copy of the graph with x and y set on every node. */
export function layoutGraph(graph: ActorGraph, { iterations, seed = 1 }: LayoutOptions = {}): ActorGraph {
  const laidOut = graph.copy();
  const random = mulberry32(seed);
  // Spread the start over an area that grows with the graph, so density starts the same at any size.
  const side = 10 * Math.sqrt(laidOut.order);
  for (const key of laidOut.nodes().sort()) {
    laidOut.mergeNodeAttributes(key, { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  }
  forceAtlas2.assign(laidOut, {
    iterations: iterations ?? defaultIterations(laidOut.order),
    settings: forceAtlas2.inferSettings(laidOut),
  });
  laidOut.updateEachNodeAttributes((_, node) => ({ ...node, x: round2(node.x), y: round2(node.y) }));
  return laidOut;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
