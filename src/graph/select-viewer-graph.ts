// The cut of the graph that the viewer draws first (viewer-graph.json): a browser draws a few
// thousand nodes well, and a large corpus has hundreds of thousands. The cut: the MAX_ACTORS most
// important actors; then the statements and events they take part in, the ones among the most
// important actors first, each with the documents it is reported in, while they fit in MAX_NODES
// nodes; and every edge between what is kept but a document's `mentions` of actors, which are
// three quarters of a cut's edges and what the browser spends its first frame on (the full graph
// keeps them). A graph of at most MAX_NODES nodes is kept whole.
import { ActorCategory } from "../schema/graph.js";
import type { GraphReader } from "./graph-table.js";
import { inducedSubgraph } from "./induced-subgraph.js";

export const VIEWER_LIMITS = { maxNodes: 3_000, maxActors: 300 };

/** The graph the viewer loads first: the whole graph when it is small, else the cut. */
export function selectViewerGraph(graph: GraphReader, nodes: ReadonlySet<string>): GraphReader {
  if (nodes.size === graph.order) return graph;
  return inducedSubgraph(graph, nodes, (edge) => edge.relation !== "mentions");
}

export function selectViewerNodes(graph: GraphReader, limits = VIEWER_LIMITS): Set<string> {
  if (graph.order <= limits.maxNodes) return new Set(graph.nodes());
  // Read once: the sorts below compare tens of thousands of nodes.
  const importances = new Map<string, number>();
  const actorKinds: ReadonlySet<string> = new Set(ActorCategory.options);
  const allActors: string[] = [];
  graph.forEachNode((key, node) => {
    importances.set(key, node.importance);
    if (actorKinds.has(node.kind)) allActors.push(key);
  });
  const importance = (key: string) => importances.get(key) ?? 0;
  const byImportance = (a: string, b: string) => importance(b) - importance(a) || (a < b ? -1 : a > b ? 1 : 0);
  const actors = allActors.sort(byImportance).slice(0, limits.maxActors);
  const selected = new Set(actors);

  // A statement or event weighs what the selected actors it links weigh together.
  const weight = new Map<string, number>();
  for (const actor of actors) {
    graph.forEachNeighbor(actor, (neighbour, { kind }) => {
      if (kind === "statement" || kind === "event") weight.set(neighbour, (weight.get(neighbour) ?? 0) + importance(actor));
    });
  }
  const candidates = [...weight.keys()].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || byImportance(a, b));
  for (const candidate of candidates) {
    const documents = graph.outNeighbors(candidate).filter((key) => graph.getNodeAttributes(key).kind === "document" && !selected.has(key));
    if (selected.size + 1 + documents.length > limits.maxNodes) continue;
    selected.add(candidate);
    for (const document of documents) selected.add(document);
    if (selected.size === limits.maxNodes) break;
  }
  return selected;
}
