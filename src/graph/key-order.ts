// The order every graph file lists nodes and edges in: by key, comparing code units, so no
// locale and no insertion order decides it. Sorted once per build and shared by the writers: a
// 10,000-document graph has some 570,000 edge keys.
import type { GraphReader } from "./graph-table.js";

export type KeyOrder = { nodes: string[]; edges: string[] };

export function keyOrder(graph: GraphReader): KeyOrder {
  return { nodes: graph.nodes().sort(), edges: graph.edges().sort() };
}
