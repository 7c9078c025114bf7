// Writes the graph files: graph.json, graph.gexf, positions.json and viewer-graph.json, each as
// a stream of pieces gathered into large writes, so no file is ever one string in memory (the
// GEXF of a 10,000-document corpus is over half a gigabyte).
import { closeSync, openSync, writeSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { gexfChunks } from "../graph/to-gexf.js";
import { graphJsonChunks } from "../graph/graph-json.js";
import type { ActorGraph } from "../schema/graph.js";
import type { StancePosition } from "../schema/position.js";

/** What a build or a merge writes besides the per-document files. */
export interface GraphOutputs {
  graph: ActorGraph;
  viewerGraph: ActorGraph;
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

/** About a megabyte per write: large enough that the pieces' count does not matter, small enough to stay out of the way. */
const WRITE_SIZE = 1 << 20;

export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    let pending: string[] = [];
    let length = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      length += chunk.length;
      if (length < WRITE_SIZE) continue;
      writeSync(fd, pending.join(""));
      pending = [];
      length = 0;
    }
    writeSync(fd, pending.join(""));
  } finally {
    closeSync(fd);
  }
}

/** One line of a JSONL stream, waiting when the stream asks to. */
export async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, "drain");
}
