// The order the graph files list nodes and edges in, so the same corpus gives the same bytes. A
// graph's nodes and edges by key, comparing code units: no locale and no insertion order decides.
// A build's graph lists its table so, then each document's statements with their edges as its
// section holds them (in key order, document by document), which is as stable and spares sorting
// a large graph's 500,000 statement keys with the rest.
import type { GraphAttributes } from "../schema/graph.js";
import type { BuiltGraph, KeyedEdge, KeyedNode, StatementSection } from "./built-graph.js";
import type { GraphReader } from "./graph-table.js";

/**
 * A graph's nodes and edges in the order a file lists them; each can be listed again. A build's
 * statements come after the rest, section by section: their nodes after `nodes()`, their edges
 * after `edges()`.
 */
export interface GraphListing {
  attributes: GraphAttributes;
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  nodes(): Iterable<KeyedNode>;
  edges(): Iterable<KeyedEdge>;
  sections: readonly StatementSection[];
}

/** Every node and edge by key. The keys are sorted here, once, however often they are listed. */
export function inKeyOrder(graph: GraphReader): GraphListing {
  return listing(graph, graph.nodes().sort(), graph.edges().sort(), []);
}

/** The build's graph: its table by key, then the statement sections in document order. */
export function inFileOrder(built: BuiltGraph): GraphListing {
  return listing(built.table, built.table.nodes().sort(), built.table.edges().sort(), built.sections);
}

function listing(graph: GraphReader, nodeKeys: string[], edgeKeys: string[], sections: BuiltGraph["sections"]): GraphListing {
  return {
    attributes: graph.getAttributes(),
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    *nodes() {
      for (const key of nodeKeys) yield { key, attributes: graph.getNodeAttributes(key) };
    },
    *edges() {
      for (const key of edgeKeys) {
        const [source, target] = graph.extremities(key);
        yield { key, source, target, attributes: graph.getEdgeAttributes(key) };
      }
    },
    sections,
  };
}
