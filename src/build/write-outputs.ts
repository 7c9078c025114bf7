// Writes the graph files: graph.json, graph.gexf, positions.json and viewer-graph.json, each as
// a stream of pieces encoded straight into a few reused buffers (chunked-file.ts), so no file is ever one string in
// memory (the GEXF of a 10,000-document corpus is over half a gigabyte) and the writer makes no
// garbage of its own.
import { join } from "node:path";
import { gexfChunks } from "../graph/to-gexf.js";
import { graphJsonChunks } from "../graph/graph-json.js";
import type { GraphListing } from "../graph/file-order.js";
import { openChunkedFile } from "./chunked-file.js";
import type { StancePosition } from "../schema/position.js";

/** What a build or a merge writes besides the per-document files. */
export interface GraphOutputs {
  graph: GraphListing;
  viewerGraph: GraphListing;
  positions: StancePosition[];
}

export const GRAPH_FILES = ["graph.json", "graph.gexf", "positions.json", "viewer-graph.json"] as const;

export function writeGraphOutputs(outDir: string, { graph, viewerGraph, positions }: GraphOutputs): void {
  writeChunks(join(outDir, "graph.json"), graphJsonChunks(graph));
  writeChunks(join(outDir, "graph.gexf"), gexfChunks(graph));
  writeChunks(join(outDir, "positions.json"), jsonArrayChunks(positions));
  writeChunks(join(outDir, "viewer-graph.json"), graphJsonChunks(viewerGraph));
}

/** The pieces of JSON.stringify(list) and a line break. */
function* jsonArrayChunks(list: unknown[]): Generator<string> {
  yield "[";
  for (const [index, item] of list.entries()) yield `${index === 0 ? "" : ","}${JSON.stringify(item)}`;
  yield "]\n";
}

export function writeChunks(file: string, chunks: Iterable<string>): void {
  const out = openChunkedFile(file);
  try {
    for (const chunk of chunks) out.write(chunk);
  } finally {
    out.close();
  }
}
