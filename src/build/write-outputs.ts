// Writes the graph files: graph.json, graph.gexf, positions.json and viewer-graph.json, each as
// a stream of pieces encoded straight into one reused buffer, so no file is ever one string in
// memory (the GEXF of a 10,000-document corpus is over half a gigabyte) and the writer makes no
// garbage of its own.
import { closeSync, openSync, writeSync } from "node:fs";
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

export function writeChunks(file: string, chunks: Iterable<string>): void {
  const out = openChunkedFile(file);
  try {
    for (const chunk of chunks) out.write(chunk);
  } finally {
    out.close();
  }
}

export interface ChunkedFile {
  write(text: string): void;
  /** Writes what is buffered and closes the file. */
  close(): void;
}

/** About a megabyte per write: large enough that the pieces' count does not matter, small enough to stay out of the way. */
const WRITE_SIZE = 1 << 20;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a surrogate pair's 4 bytes are 2 units). */
const MAX_UTF8_PER_UNIT = 3;

/**
 * A file written synchronously through one buffer: text is encoded into the buffer and the
 * buffer written when full. Synchronous writes of a megabyte cost the event loop a millisecond,
 * less than the promise and drain bookkeeping of a stream for as many small lines.
 */
export function openChunkedFile(file: string): ChunkedFile {
  const fd = openSync(file, "w");
  const buffer = Buffer.allocUnsafe(WRITE_SIZE);
  let used = 0;
  const flush = () => {
    for (let done = 0; done < used; ) done += writeSync(fd, buffer, done, used - done);
    used = 0;
  };
  return {
    write(text) {
      if (used + text.length * MAX_UTF8_PER_UNIT > WRITE_SIZE) flush();
      if (text.length * MAX_UTF8_PER_UNIT > WRITE_SIZE) writeSync(fd, text);
      else used += buffer.write(text, used, "utf8");
    },
    close() {
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}
