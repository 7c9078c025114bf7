// graph.json: the merged graph in graphology's serialization. Written byte-stable (nodes and edges
// sorted by key, attribute keys sorted, no indentation) so the same corpus gives the same file;
// validated against the schema on every read, with the file named in the error.
import { DirectedGraph } from "graphology";
import { z } from "zod";
import { SerializedGraph, type ActorGraph, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from "../schema/graph.js";

export class GraphJsonError extends Error {
  override name = "GraphJsonError";
}

export function toGraphJson(graph: ActorGraph): string {
  return [...graphJsonChunks(graph)].join("");
}

/**
 * graph.json piece by piece, for writing a large graph as a stream: the pieces joined are what
 * JSON.stringify gives for { attributes, options, nodes, edges }.
 */
export function* graphJsonChunks(graph: ActorGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"attributes":${JSON.stringify(sortKeys(graph.getAttributes()))},"options":${JSON.stringify(sortKeys(options))},"nodes":[`;
  let separator = "";
  for (const key of graph.nodes().sort(byCodeUnits)) {
    yield `${separator}${JSON.stringify({ key, attributes: sortKeys(graph.getNodeAttributes(key)) })}`;
    separator = ",";
  }
  yield `],"edges":[`;
  separator = "";
  // buildGraph adds every edge with a key, so the keys are the ones it gave.
  for (const key of graph.edges().sort(byCodeUnits)) {
    const edge = { key, source: graph.source(key), target: graph.target(key), attributes: sortKeys(graph.getEdgeAttributes(key)) };
    yield `${separator}${JSON.stringify(edge)}`;
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

/** Locale-independent order, so the output does not depend on the machine that writes it. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys<Value extends object>(value: Value): Value {
  // Same entries in sorted order: the object is the value it was built from, key for key.
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b))) as Value;
}
