// Places the nodes offline, so the viewer opens on a finished layout. ForceAtlas2 runs on the
// `core` (by default every node; the build passes the viewer's cut), and every other actor, event
// and document is put next to a neighbour already placed, breadth first from the core; every
// other statement goes next to its speaker, or its document when it has none, at an offset drawn
// from its own key, so where it goes depends on nothing else in the graph. ForceAtlas2's cost
// grows with the nodes it moves times its iterations, the placement's only with the graph's size,
// so a 10,000-document graph is laid out in about the time its few thousand viewer nodes take.
// Deterministic: seeded starting positions, a fixed number of iterations, positions rounded, so
// the same graph gives byte-identical output on every run.
//
// The two halves are independent until the end: which neighbour each node is placed next to, and
// at what offset, does not depend on where ForceAtlas2 puts the core. So the layout is prepared
// here as ForceAtlas2's matrices plus a placement plan, and the iterations can run in another
// thread (src/build/layout-in-background.ts) while this one plans; `layoutGraph` runs it all here.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import forceAtlas2Defaults from "graphology-layout-forceatlas2/defaults.js";
import { graphToByteArrays, validateSettings } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { NodeAttributes } from "../schema/graph.js";
import { documentKey } from "./build-graph.js";
import type { BuiltGraph } from "./built-graph.js";
import { inducedSubgraph } from "./induced-subgraph.js";

// The package is CommonJS (`module.exports = layout`) while its types declare `export default`,
// so under NodeNext TypeScript sees the default import as `{ default: layout }`; at run time the
// default import is module.exports, the layout itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export type LayoutOptions = { iterations?: number; seed?: number; core?: ReadonlySet<string> };

const FULL_ITERATIONS = 100;
/** Node-iterations per layout: the time budget, as one iteration costs about the order (Barnes–Hut). */
const NODE_ITERATIONS = 500_000;
/** Gephi's ForceAtlas2 default: how far a quadtree cell may be for its nodes to repel as one. */
const GEPHI_BARNES_HUT_THETA = 1.2;
/** Values per node in ForceAtlas2's node matrix; x and y are the first two. */
const PER_NODE = 10;

/**
 * 100 iterations up to 5,000 nodes, then as many as NODE_ITERATIONS allows, never fewer than 1:
 * 20,000 nodes get 25, 100,000 get 5, 200,000 get 2. Measured on two busy cores, a 200,000-node,
 * 400,000-edge graph takes about 5 s to copy, 10 s for the first iteration and 5 s for each
 * further one, so 2 iterations keep it near 20 s; 20,000 nodes with 25 take about 6 s.
 */
export function defaultIterations(order: number): number {
  return Math.max(1, Math.min(FULL_ITERATIONS, Math.floor(NODE_ITERATIONS / Math.max(order, 1))));
}

/** ForceAtlas2's whole input: its matrices are all an iteration reads and writes. */
export interface ForceAtlas2Job {
  settings: object;
  iterations: number;
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

/**
 * Every node outside the core, in the order it is reached, with the node it is placed next to
 * and its offset from it; a node with no anchor (the first of a component the core does not
 * reach) has its position as the offset. Nodes are held by their attributes, which the placement
 * writes x and y into: a 10,000-document graph has 180,000 of them to place.
 */
export interface Placement {
  nodes: NodeAttributes[];
  anchors: (NodeAttributes | null)[];
  dx: number[];
  dy: number[];
}

export interface PreparedLayout {
  forceAtlas2: ForceAtlas2Job;
  /** The core's nodes, in the order of ForceAtlas2's node matrix. */
  core: NodeAttributes[];
  /** Plans the placement of the other nodes, once: it takes the seeded draws that follow the core's. */
  planPlacement(): Placement;
}

/** Sets x and y on every node and returns the graph. In place: a copy of a 10,000-document graph costs seconds, more than its layout. */
export function layoutGraph(graph: BuiltGraph, options: LayoutOptions = {}): BuiltGraph {
  completeLayout(prepareLayout(graph, options));
  return graph;
}

/** Runs a prepared layout's ForceAtlas2 in this thread and places every node. */
export function completeLayout(prepared: PreparedLayout): void {
  const { nodes } = runForceAtlas2(prepared.forceAtlas2);
  applyLayout(prepared.core, nodes, prepared.planPlacement());
}

export function prepareLayout(graph: BuiltGraph, { iterations, seed = 1, core }: LayoutOptions = {}): PreparedLayout {
  const random = mulberry32(seed);
  const coreNodes: NodeAttributes[] = [];
  const keep = core ?? everyNode(graph);
  // In the graph's order, which the subgraph keeps: the order of ForceAtlas2's matrix.
  graph.forEachNode((key, node) => {
    if (keep.has(key)) coreNodes.push(node);
  });
  const moved = inducedSubgraph(graph, keep);
  // Spread the start over an area that grows with the graph, so density starts the same at any size.
  const side = 10 * Math.sqrt(moved.order);
  for (const key of moved.nodes().sort()) {
    moved.mergeNodeAttributes(key, { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  }
  // Barnes–Hut (which inferSettings turns on above 2,000 nodes) with Gephi's theta, 1.2, not the
  // package's 0.5: on the 10k build's 3,000-node cut the iterations take 1.5–1.7 s instead of 2.4–2.6 s.
  const settings = { ...forceAtlas2Defaults, ...forceAtlas2.inferSettings(moved), barnesHutTheta: GEPHI_BARNES_HUT_THETA };
  const invalid = validateSettings(settings);
  if (invalid !== null) throw new Error(`ForceAtlas2: ${invalid.message}`);
  // Every edge has a numeric weight (the schema says so), which is what ForceAtlas2 reads by default.
  const { nodes, edges } = graphToByteArrays(moved, (_, attributes) => Number(attributes.weight));
  return {
    forceAtlas2: { settings, iterations: iterations ?? defaultIterations(moved.order), nodes, edges },
    core: coreNodes,
    planPlacement: () => planPlacement(graph, moved.nodes().sort(), random, side, seed),
  };
}

function everyNode(graph: BuiltGraph): Set<string> {
  const keys = new Set<string>();
  graph.forEachNode((key) => keys.add(key));
  return keys;
}

/** ForceAtlas2's iterations, in place on the job's matrices: a pure function of them, wherever it runs. */
export function runForceAtlas2(job: ForceAtlas2Job): ForceAtlas2Job {
  for (let i = 0; i < job.iterations; i++) iterate(job.settings, job.nodes, job.edges);
  return job;
}

/** Puts the core where ForceAtlas2 left it (`nodes`, its node matrix) and every other node where the plan says. */
export function applyLayout(core: NodeAttributes[], nodes: Float32Array, plan: Placement): void {
  core.forEach((node, index) => {
    node.x = round2(nodes[index * PER_NODE] ?? 0);
    node.y = round2(nodes[index * PER_NODE + 1] ?? 0);
  });
  // In the order of the plan, so every anchor has its place before the nodes placed next to it.
  plan.nodes.forEach((node, index) => {
    const anchor = plan.anchors[index] ?? null;
    const dx = plan.dx[index] ?? 0;
    const dy = plan.dy[index] ?? 0;
    node.x = anchor === null ? dx : round2(anchor.x + dx);
    node.y = anchor === null ? dy : round2(anchor.y + dy);
  });
}

/**
 * Puts each actor, event and document not in the core near the neighbour it is first reached
 * from, breadth first from the core in key order (a component with no core node starts from a
 * seeded point); then each statement not in the core next to its speaker or its document.
 */
function planPlacement(graph: BuiltGraph, core: string[], random: () => number, side: number, seed: number): Placement {
  const { table } = graph;
  const plan: Placement = { nodes: [], anchors: [], dx: [], dy: [] };
  const placed = new Set(core);
  // A statement's neighbours are actors and its document, which the table links without it.
  const queue = core.filter((key) => table.hasNode(key));
  const reach = (from: number) => {
    for (let i = from; i < queue.length; i++) {
      const key = queue[i] ?? "";
      const anchor = table.getNodeAttributes(key);
      const distance = 2 * anchor.size;
      table.forEachNeighbor(key, (neighbour, node) => {
        if (placed.has(neighbour)) return;
        const angle = 2 * Math.PI * random();
        const r = distance * (0.5 + random());
        placed.add(neighbour);
        queue.push(neighbour);
        plan.nodes.push(node);
        plan.anchors.push(anchor);
        plan.dx.push(r * Math.cos(angle));
        plan.dy.push(r * Math.sin(angle));
      });
    }
  };
  reach(0);
  for (const key of table.nodes().sort()) {
    if (placed.has(key)) continue;
    placed.add(key);
    plan.nodes.push(table.getNodeAttributes(key));
    plan.anchors.push(null);
    plan.dx.push(round2((random() - 0.5) * side));
    plan.dy.push(round2((random() - 0.5) * side));
    const from = queue.length;
    queue.push(key);
    reach(from);
  }
  graph.forEachStatement((key, node) => {
    if (placed.has(key)) return;
    const anchor = table.getNodeAttributes(node.speaker !== null && table.hasNode(node.speaker) ? node.speaker : documentKey(node.doc));
    const [angle, r] = statementOffset(key, seed, 2 * anchor.size);
    plan.nodes.push(node);
    plan.anchors.push(anchor);
    plan.dx.push(r * Math.cos(angle));
    plan.dy.push(r * Math.sin(angle));
  });
  return plan;
}

/** A statement's angle and distance from its anchor, from its key alone. */
function statementOffset(key: string, seed: number, distance: number): [number, number] {
  const random = mulberry32(fnv1a(key) ^ seed);
  return [2 * Math.PI * random(), distance * (0.5 + random())];
}

/** FNV-1a over the key's code units: a 32-bit hash, the same in every process. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
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
