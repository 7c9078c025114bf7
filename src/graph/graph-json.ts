// graph.json: the merged graph in graphology's serialization. Written byte-stable (nodes and edges
// in the files' order, file-order.ts; attribute keys sorted; no indentation) so the same corpus gives the same file;
// validated against the schema on every read, with the file named in the error.
import { DirectedGraph } from "graphology";
import { z } from "zod";
import { SerializedGraph, type ActorGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from "../schema/graph.js";
import type { KeyedEdge, KeyedNode, StatementSection } from "./built-graph.js";
import { inKeyOrder, type GraphListing, type PieceMentions } from "./file-order.js";
import { hasPieces, joinChunks, pieceNodes, positionsOf, type PieceFormat, type PieceSource } from "./statement-pieces.js";
import type { GraphReader } from "./graph-table.js";

export class GraphJsonError extends Error {
  override name = "GraphJsonError";
}

export function toGraphJson(graph: GraphReader): string {
  return joinChunks(graphJsonChunks(inKeyOrder(graph)));
}

/** What graph.json is made of, for whoever needs the same elements in another form (graph.gexf). */
export interface GraphJsonElements {
  attributes(attributes: GraphAttributes): void;
  /** Each node's JSON as graph.json has it, `{"key":…,"attributes":…}`. */
  node(json: string): void;
  edge(json: string): void;
  /** A section written from its pieces: its nodes, at their positions, in place of node() for each. */
  pieceNodes(section: StatementSection & { pieces: PieceSource }): void;
  pieceEdges(section: StatementSection & { pieces: PieceSource }): void;
  /** A document's mentions written from its pieces, in place of edge() for each. */
  pieceMentions(section: StatementSection & { pieces: PieceSource }): void;
}

/** graph.json's statements as pieces (statement-pieces.ts): a node's position ends it. */
export const JSON_PIECES: PieceFormat = {
  node: nodeJson,
  edge: edgeJson,
  separator: ",",
  position: `"x":0,"y":0}}`,
  number: (value) => JSON.stringify(value),
};

/**
 * graph.json piece by piece, for writing a large graph as a stream: the pieces joined are what
 * JSON.stringify gives for { attributes, options, nodes, edges }. A statement section that has
 * its pieces is spliced from them. `elements`, if given, is handed each element as it is made.
 */
export function* graphJsonChunks(graph: GraphListing, elements?: GraphJsonElements): Generator<string | Uint8Array> {
  elements?.attributes(graph.attributes);
  yield `{"attributes":${sortedKeys(graph.attributes)},"options":${sortedKeys(graph.options)},"nodes":[`;
  let separator = "";
  const eachNode = function* (nodes: Iterable<KeyedNode>) {
    for (const node of nodes) {
      const json = nodeJson(node);
      elements?.node(json);
      yield `${separator}${json}`;
      separator = ",";
    }
  };
  yield* eachNode(graph.nodes());
  for (const section of graph.sections) {
    if (!hasPieces(section)) yield* eachNode(section.nodes);
    else if (section.nodes.length > 0) {
      elements?.pieceNodes(section);
      yield separator;
      yield* pieceNodes(section.pieces.read("json", "nodes"), positionsOf(section), JSON_PIECES);
      separator = ",";
    }
  }
  yield `],"edges":[`;
  separator = "";
  const eachEdge = function* (edges: Iterable<KeyedEdge | PieceMentions>) {
    for (const edge of edges) {
      if ("mentionsOf" in edge) {
        elements?.pieceMentions(edge.mentionsOf);
        yield separator;
        yield edge.mentionsOf.pieces.read("json", "mentions");
        separator = ",";
        continue;
      }
      const json = edgeJson(edge);
      elements?.edge(json);
      yield `${separator}${json}`;
      separator = ",";
    }
  };
  yield* eachEdge(graph.edges());
  for (const section of graph.sections) {
    if (!hasPieces(section)) yield* eachEdge(section.edges);
    else if (section.edgeCount > 0) {
      elements?.pieceEdges(section);
      yield separator;
      yield section.pieces.read("json", "edges");
      separator = ",";
    }
  }
  yield "]}";
}

function nodeJson({ key, attributes }: KeyedNode): string {
  return `{"key":${JSON.stringify(key)},"attributes":${sortedKeys(attributes)}}`;
}

// buildGraph adds every edge with a key, so the keys are the ones it gave.
function edgeJson({ key, source, target, attributes }: KeyedEdge): string {
  return `{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${sortedKeys(attributes)}}`;
}

/** Reads graph.json; `where` (the file's path) heads every error. */
export function parseGraphJson(text: string, where: string): ActorGraph {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GraphJsonError(`${where}: not JSON: ${String(error)}`, { cause: error });
  }
  const parsed = SerializedGraph.safeParse(json);
  if (!parsed.success) {
    throw new GraphJsonError(`${where}: not a valid graph.json:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  const graph: ActorGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  try {
    // The schema checks each node and edge; graphology checks that they fit together (known
    // endpoints, no duplicate keys, one edge per pair).
    return graph.import(parsed.data);
  } catch (error) {
    throw new GraphJsonError(`${where}: not a valid graph.json: ${String(error)}`, { cause: error });
  }
}

/**
 * JSON.stringify of a flat object (the schema's attributes are scalars and arrays of scalars)
 * with its keys in code-unit order. buildGraph creates its objects in that order, and such an
 * object goes to V8's fast serializer as it is; any other is written through the sorted key list.
 */
function sortedKeys(value: object): string {
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] ?? "") > (keys[i] ?? "")) return JSON.stringify(value, keys.sort());
  }
  return JSON.stringify(value);
}
