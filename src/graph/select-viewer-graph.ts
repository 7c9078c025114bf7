// The cut of the graph that the viewer draws first (viewer-graph.json): a browser draws a few
// thousand nodes well, and a large corpus has hundreds of thousands. The cut: the MAX_ACTORS most
// important actors; then the statements and events they take part in, the ones among the most
// important actors first, each with the documents it is reported in, while they fit in MAX_NODES
// nodes; and every edge between what is kept but a document's `mentions` of actors, which are
// three quarters of a cut's edges and what the browser spends its first frame on (the full graph
// keeps them). A graph of at most MAX_NODES nodes is kept whole (selectViewerNodes), and the
// build then writes it as graph.json.
import { ActorCategory, type ActorGraph } from "../schema/graph.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { documentKey } from "./build-graph.js";
import type { BuiltGraph } from "./built-graph.js";
import { inducedSubgraph } from "./induced-subgraph.js";

export const VIEWER_LIMITS = { maxNodes: 3_000, maxActors: 300 };

/** The cut the viewer loads first: the nodes kept and every edge between them but `mentions`. */
export function selectViewerGraph(graph: BuiltGraph, nodes: ReadonlySet<string>): ActorGraph {
  return inducedSubgraph(graph, nodes, (edge) => edge.relation !== "mentions");
}

/** A node the cut may take, with what ranks it: an actor weighs its importance. */
type Ranked = { key: string; weight: number; importance: number; documents: string[] };

/** Heaviest first, then most important, then by key in code units, so no locale decides. */
function byRank(a: Ranked, b: Ranked): number {
  return b.weight - a.weight || b.importance - a.importance || byCodeUnits(a.key, b.key);
}

export function selectViewerNodes(graph: BuiltGraph, limits = VIEWER_LIMITS): Set<string> {
  const { table } = graph;
  if (graph.order <= limits.maxNodes) {
    const every = new Set<string>();
    graph.forEachNode((key) => every.add(key));
    return every;
  }
  // Ranked with what ranks them read once: the sorts below compare tens of thousands of nodes.
  const actorKinds: ReadonlySet<string> = new Set(ActorCategory.options);
  const allActors: Ranked[] = [];
  table.forEachNode((key, node) => {
    if (actorKinds.has(node.kind)) allActors.push({ key, weight: node.importance, importance: node.importance, documents: [] });
  });
  const actors = allActors.sort(byRank).slice(0, limits.maxActors);
  const selected = new Set(actors.map(({ key }) => key));

  // A statement or event weighs what the selected actors it links weigh together, each once.
  const events = new Map<string, Ranked>();
  for (const actor of actors) {
    table.forEachNeighbor(actor.key, (key, node) => {
      if (node.kind !== "event") return;
      let event = events.get(key);
      if (event === undefined) events.set(key, (event = { key, weight: 0, importance: node.importance, documents: [] }));
      event.weight += actor.importance;
    });
  }
  for (const event of events.values()) {
    event.documents = table.outNeighbors(event.key).filter((key) => table.getNodeAttributes(key).kind === "document");
  }
  const candidates = [...events.values()];
  graph.forEachStatement((key, { speaker, about, doc, importance }) => {
    // Its speaker and targets, as its edges link them (an edge to an actor not in the graph is left out, and so never selected).
    let weight = 0;
    let linked = false;
    const link = (actor: string) => {
      if (!selected.has(actor)) return;
      weight += table.getNodeAttributes(actor).importance;
      linked = true;
    };
    if (speaker !== null) link(speaker);
    about.forEach((actor, index) => {
      if (actor !== speaker && about.indexOf(actor) === index) link(actor);
    });
    if (linked) candidates.push({ key, weight, importance, documents: [documentKey(doc)] });
  });
  for (const candidate of candidates.sort(byRank)) {
    const documents = candidate.documents.filter((key) => !selected.has(key));
    if (selected.size + 1 + documents.length > limits.maxNodes) continue;
    selected.add(candidate.key);
    for (const document of documents) selected.add(document);
    if (selected.size === limits.maxNodes) break;
  }
  return selected;
}
