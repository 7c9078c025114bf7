// The subgraph of the given nodes and the edges between them (those the filter keeps). Nodes and edges keep the order
// they have in the graph, so a layout of the subgraph of every node equals one of the graph.
import { DirectedGraph } from "graphology";
import type { ActorGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.js";
import type { GraphEntries } from "./graph-table.js";

export function inducedSubgraph(graph: GraphEntries, keep: ReadonlySet<string>, keepEdge: (edge: EdgeAttributes) => boolean = () => true): ActorGraph {
  const subgraph: ActorGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  subgraph.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, node) => {
    if (keep.has(key)) subgraph.addNode(key, { ...node });
  });
  graph.forEachEdgeAmong(keep, (key, edge, source, target) => {
    if (keepEdge(edge)) subgraph.addDirectedEdgeWithKey(key, source, target, { ...edge });
  });
  return subgraph;
}
