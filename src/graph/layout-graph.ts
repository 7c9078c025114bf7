// Places the nodes offline, so the viewer opens on a finished layout. ForceAtlas2 runs on the
// `core` (by default every node; the build passes the viewer's cut), and every other node is put
// next to a neighbour already placed, breadth first from the core: ForceAtlas2's cost grows with
// the nodes it moves times its iterations, the placement's only with the graph's size, so a
// 10,000-document graph is laid out in about the time its few thousand viewer nodes take.
// Deterministic: seeded starting positions, a fixed number of iterations, positions rounded, so
// the same graph gives byte-identical output on every run.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { ActorGraph } from "../schema/graph.js";
import { inducedSubgraph } from "./induced-subgraph.js";

// The package is CommonJS (`module.exports = layout`) while its types declare `export default`,
// so under NodeNext TypeScript sees the default import as `{ default: layout }`; at run time the
// default import is module.exports, the layout itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export type LayoutOptions = { iterations?: number; seed?: number; core?: ReadonlySet<string> };

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

/**
 * Sets x and y on every node and returns the graph. In place: a copy of a 10,000-document graph
 * (200,000 nodes) costs seconds, more than its layout.
 */
export function layoutGraph(graph: ActorGraph, { iterations, seed = 1, core }: LayoutOptions = {}): ActorGraph {
  const random = mulberry32(seed);
  const moved = inducedSubgraph(graph, core ?? new Set(graph.nodes()));
  // Spread the start over an area that grows with the graph, so density starts the same at any size.
  const side = 10 * Math.sqrt(moved.order);
  for (const key of moved.nodes().sort()) {
    moved.mergeNodeAttributes(key, { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  }
  forceAtlas2.assign(moved, {
    iterations: iterations ?? defaultIterations(moved.order),
    settings: forceAtlas2.inferSettings(moved),
  });
  const placed = new Map<string, { x: number; y: number }>();
  moved.forEachNode((key, { x, y }) => placed.set(key, { x: round2(x), y: round2(y) }));
  placeAroundCore(graph, placed, random, side);
  graph.forEachNode((key, node) => {
    const at = placed.get(key);
    if (at === undefined) return;
    node.x = at.x;
    node.y = at.y;
  });
  return graph;
}

/**
 * Puts each node not yet placed near the neighbour it is first reached from, breadth first from
 * the placed ones in key order; a component with no placed node starts from a seeded point.
 */
function placeAroundCore(graph: ActorGraph, placed: Map<string, { x: number; y: number }>, random: () => number, side: number): void {
  const queue = [...placed.keys()].sort();
  const reach = (from: number) => {
    for (let i = from; i < queue.length; i++) {
      const anchor = queue[i] ?? "";
      const at = placed.get(anchor) ?? { x: 0, y: 0 };
      const distance = 2 * graph.getNodeAttribute(anchor, "size");
      graph.forEachNeighbor(anchor, (neighbour) => {
        if (placed.has(neighbour)) return;
        const angle = 2 * Math.PI * random();
        const r = distance * (0.5 + random());
        placed.set(neighbour, { x: round2(at.x + r * Math.cos(angle)), y: round2(at.y + r * Math.sin(angle)) });
        queue.push(neighbour);
      });
    }
  };
  reach(0);
  if (placed.size === graph.order) return;
  for (const key of graph.nodes().sort()) {
    if (placed.has(key)) continue;
    placed.set(key, { x: round2((random() - 0.5) * side), y: round2((random() - 0.5) * side) });
    const from = queue.length;
    queue.push(key);
    reach(from);
  }
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
