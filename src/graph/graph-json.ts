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
  const { attributes, options, nodes, edges } = graph.export();
  return JSON.stringify({
    attributes: sortKeys(attributes),
    options: sortKeys(options),
    nodes: nodes
      .map(({ key, attributes }) => ({ key, attributes: sortKeys(attributes ?? {}) }))
      .sort((a, b) => byCodeUnits(a.key, b.key)),
    // graphology exports the key of every edge added with one, and buildGraph adds them all so.
    edges: edges
      .map(({ key = "", source, target, attributes }) => ({ key, source, target, attributes: sortKeys(attributes ?? {}) }))
      .sort((a, b) => byCodeUnits(a.key, b.key)),
  });
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
