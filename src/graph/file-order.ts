// The order the graph files list nodes and edges in, so the same corpus gives the same bytes. A
// graph's nodes and edges by key, comparing code units: no locale and no insertion order decides.
// A build's graph lists its table so, then each document's statements with their edges as its
// section holds them (in key order, document by document), which is as stable and spares sorting
// a large graph's 500,000 statement keys with the rest.
import type { GraphAttributes } from "../schema/graph.js";
import { documentKey } from "./build-graph.js";
import type { BuiltGraph, KeyedEdge, KeyedNode, StatementSection } from "./built-graph.js";
import type { GraphReader } from "./graph-table.js";
import { hasPieces, type PieceSource } from "./statement-pieces.js";

/**
 * A graph's nodes and edges in the order a file lists them; each can be listed again. A build's
 * statements come after the rest, section by section: their nodes after `nodes()`, their edges
 * after `edges()`; and a document's `mentions` edges, where its pieces have them, come as one
 * mark in their place among the edges.
 */
export interface GraphListing {
  attributes: GraphAttributes;
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  nodes(): Iterable<KeyedNode>;
  edges(): Iterable<KeyedEdge | PieceMentions>;
  sections: readonly StatementSection[];
}

/** A document's `mentions` edges, all together, to be written from its section's pieces. */
export type PieceMentions = { mentionsOf: StatementSection & { pieces: PieceSource } };

/** Every node and edge by key. The keys are sorted here, once, however often they are listed. */
export function inKeyOrder(graph: GraphReader): GraphListing {
  return listing(graph, graph.nodes().sort(), graph.edges().sort(), []);
}

/** The build's graph: its table by key, then the statement sections in document order. */
export function inFileOrder(built: BuiltGraph): GraphListing {
  // A document's mentions, `mentions:document:ID->…`, sort together unless an id holds "->", when
  // one document's could sort among another's: then every one is listed edge by edge.
  const sections = built.sections.some(({ doc }) => doc.includes("->")) ? [] : built.sections.filter(hasPieces);
  const mentionsFromPieces = new Map(sections.map((section) => [documentKey(section.doc), section]));
  return listing(built.table, built.table.nodes().sort(), built.table.edges().sort(), built.sections, mentionsFromPieces);
}

function listing(
  graph: GraphReader,
  nodeKeys: string[],
  edgeKeys: string[],
  sections: BuiltGraph["sections"],
  mentionsFromPieces: ReadonlyMap<string, PieceMentions["mentionsOf"]> = new Map(),
): GraphListing {
  return {
    attributes: graph.getAttributes(),
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    *nodes() {
      for (const key of nodeKeys) yield { key, attributes: graph.getNodeAttributes(key) };
    },
    *edges() {
      let marked: string | undefined;
      for (const key of edgeKeys) {
        const [source, target] = graph.extremities(key);
        const attributes = graph.getEdgeAttributes(key);
        const fromPieces = attributes.relation === "mentions" ? mentionsFromPieces.get(source) : undefined;
        if (fromPieces === undefined) yield { key, source, target, attributes };
        else if (marked !== source) {
          marked = source;
          yield { mentionsOf: fromPieces };
        }
      }
    },
    sections,
  };
}
