// The cut of the graph that the viewer draws first (viewer-graph.json): a browser draws a few
// thousand nodes well, and a large corpus has hundreds of thousands. The cut: the MAX_ACTORS most
// important actors; then the statements and events they take part in, the ones among the most
// important actors first, each with the documents it is reported in, while they fit in MAX_NODES
// nodes; and every edge between what is kept but a document's `mentions` of actors, which are
// three quarters of a cut's edges and what the browser spends its first frame on (the full graph
// keeps them). A graph of at most MAX_NODES nodes is kept whole (selectViewerNodes), and the
// build then writes it as graph.json.
import { ActorCategory, type ActorGraph } from "../schema/graph.js";
import { documentKey } from "./build-graph.js";
import type { BuiltGraph } from "./built-graph.js";
import { inducedSubgraph } from "./induced-subgraph.js";

export const VIEWER_LIMITS = { maxNodes: 3_000, maxActors: 300 };

/** The cut the viewer loads first: the nodes kept and every edge between them but `mentions`. */
export function selectViewerGraph(graph: BuiltGraph, nodes: ReadonlySet<string>): ActorGraph {
  return inducedSubgraph(graph, nodes, (edge) => edge.relation !== "mentions");
}

export function selectViewerNodes(graph: BuiltGraph, limits = VIEWER_LIMITS): Set<string> {
  const { table } = graph;
  if (graph.order <= limits.maxNodes) {
    const every = new Set<string>();
    graph.forEachNode((key) => every.add(key));
    return every;
  }
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

  // A statement or event weighs what the selected actors it links weigh together, each once.
  const weight = new Map<string, number>();
  const documentsOf = new Map<string, string[]>();
  for (const actor of actors) {
    table.forEachNeighbor(actor, (neighbour, { kind }) => {
      if (kind === "event") weight.set(neighbour, (weight.get(neighbour) ?? 0) + importance(actor));
    });
  }
  for (const event of weight.keys()) {
    documentsOf.set(event, table.outNeighbors(event).filter((key) => table.getNodeAttributes(key).kind === "document"));
  }
  graph.forEachStatement((key, { speaker, about, doc }) => {
    // Its speaker and targets, as its edges link them (an edge to an actor not in the graph is left out, and so never selected).
    const linked = new Set([...(speaker === null ? [] : [speaker]), ...about].filter((actor) => selected.has(actor)));
    if (linked.size === 0) return;
    weight.set(key, [...linked].reduce((sum, actor) => sum + importance(actor), 0));
    documentsOf.set(key, [documentKey(doc)]);
  });
  const candidates = [...weight.keys()].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || byImportance(a, b));
  for (const candidate of candidates) {
    const documents = (documentsOf.get(candidate) ?? []).filter((key) => !selected.has(key));
    if (selected.size + 1 + documents.length > limits.maxNodes) continue;
    selected.add(candidate);
    for (const document of documents) selected.add(document);
    if (selected.size === limits.maxNodes) break;
  }
  return selected;
}
