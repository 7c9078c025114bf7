// graph.json: the merged graph in graphology's serialization. Written byte-stable (nodes and edges
// in the files' order, file-order.ts; attribute keys sorted; no indentation) so the same corpus gives the same file;
// validated against the schema on every read, with the file named in the error.
import { DirectedGraph } from "graphology";
import { z } from "zod";
import { SerializedGraph, type ActorGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from "../schema/graph.js";
import { inKeyOrder, type GraphListing } from "./file-order.js";
import type { GraphReader } from "./graph-table.js";

export class GraphJsonError extends Error {
  override name = "GraphJsonError";
}

export function toGraphJson(graph: GraphReader): string {
  return [...graphJsonChunks(inKeyOrder(graph))].join("");
}

/** What graph.json is made of, for whoever needs the same elements in another form (graph.gexf). */
export interface GraphJsonElements {
  attributes(attributes: GraphAttributes): void;
  /** Each node's JSON as graph.json has it, `{"key":…,"attributes":…}`. */
  node(json: string): void;
  edge(json: string): void;
}

/**
 * graph.json piece by piece, for writing a large graph as a stream: the pieces joined are what
 * JSON.stringify gives for { attributes, options, nodes, edges }. `elements`, if given, is handed
 * each node's and edge's JSON as it is made.
 */
export function* graphJsonChunks(graph: GraphListing, elements?: GraphJsonElements): Generator<string> {
  elements?.attributes(graph.attributes);
  yield `{"attributes":${sortedKeys(graph.attributes)},"options":${sortedKeys(graph.options)},"nodes":[`;
  let separator = "";
  for (const { key, attributes } of graph.nodes()) {
    const json = `{"key":${JSON.stringify(key)},"attributes":${sortedKeys(attributes)}}`;
    elements?.node(json);
    yield `${separator}${json}`;
    separator = ",";
  }
  yield `],"edges":[`;
  separator = "";
  // buildGraph adds every edge with a key, so the keys are the ones it gave.
  for (const { key, source, target, attributes } of graph.edges()) {
    const json = `{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${sortedKeys(attributes)}}`;
    elements?.edge(json);
    yield `${separator}${json}`;
    separator = ",";
  }
  yield "]}";
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
