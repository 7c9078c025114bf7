// Writes the graph files: graph.json, graph.gexf, positions.json and viewer-graph.json, each as
// a stream of pieces encoded straight into a few reused buffers (chunked-file.ts), so no file is ever one string in
// memory (the GEXF of a 10,000-document corpus is over half a gigabyte) and the writer makes no
// garbage of its own. A large graph's GEXF is encoded by a worker thread from graph.json's
// elements while this thread encodes graph.json (gexf-worker.ts). Statement sections that have
// their pieces (statement-pieces.ts) are spliced from them in both files.
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { gexfChunks } from "../graph/to-gexf.js";
import { graphJsonChunks, type GraphJsonElements } from "../graph/graph-json.js";
import type { GraphListing } from "../graph/file-order.js";
import { positionsOf, type PiecePart, type PieceSource } from "../graph/statement-pieces.js";
import type { GraphAttributes } from "../schema/graph.js";
import type { StancePosition } from "../schema/position.js";
import { startWorker } from "../threads/start-worker.js";
import { openChunkedFile } from "./chunked-file.js";
import { isCached, type FileRange } from "./extraction-cache.js";

/** What a build or a merge writes besides the per-document files. */
export interface GraphOutputs {
  graph: GraphListing;
  viewerGraph: GraphListing;
  positions: StancePosition[];
}

export const GRAPH_FILES = ["graph.json", "graph.gexf", "positions.json", "viewer-graph.json"] as const;

/**
 * Nodes from which graph.gexf is worth a thread of its own: the seed corpus's few hundred take
 * milliseconds, less than starting one; the 10,000-document graph's 180,000 about 3 s.
 */
export const WORTH_A_GEXF_THREAD = 20_000;

/**
 * What the build's thread sends the GEXF worker, in the files' order: nodes before edges. Nodes
 * and edges come as graph.json has them, a batch as one string, `{…},{…}` (the inside of a JSON
 * array); statement sections with pieces as their GEXF pieces and positions, each piece as where
 * the extraction cache holds it, for the worker to read, or as its bytes when it has no file.
 */
export type GexfMessage =
  | { attributes: GraphAttributes }
  | { nodes: string }
  | { pieceNodes: { piece: GexfPiece; positions: Float64Array }[] }
  | { edges: string }
  | { pieceEdges: GexfPiece[] }
  | { end: true };
export type GexfPiece = Uint8Array | FileRange;
export type GexfReply = { done: true } | { error: string };

/** Bytes or characters sent to the GEXF worker at a time: a few hundred messages for a large graph. */
const BATCH_SIZE = 1 << 20;

export async function writeGraphOutputs(outDir: string, { graph, viewerGraph, positions }: GraphOutputs, { gexfInBackground = false } = {}): Promise<void> {
  const gexfFile = join(outDir, "graph.gexf");
  const gexf = gexfInBackground ? gexfWorker(gexfFile) : undefined;
  try {
    writeChunks(join(outDir, "graph.json"), graphJsonChunks(graph, gexf));
    if (gexf === undefined) writeChunks(gexfFile, gexfChunks(graph));
    else gexf.end();
    writeChunks(join(outDir, "positions.json"), jsonArrayChunks(positions));
    writeChunks(join(outDir, "viewer-graph.json"), graphJsonChunks(viewerGraph));
    await gexf?.written;
  } finally {
    await gexf?.worker.terminate();
  }
}

/** The pieces of JSON.stringify(list) and a line break. */
function* jsonArrayChunks(list: unknown[]): Generator<string> {
  yield "[";
  for (const [index, item] of list.entries()) yield `${index === 0 ? "" : ","}${JSON.stringify(item)}`;
  yield "]\n";
}

export function writeChunks(file: string, chunks: Iterable<string | Uint8Array>): void {
  const out = openChunkedFile(file);
  try {
    for (const chunk of chunks) out.write(chunk);
  } finally {
    out.close();
  }
}

/** A GEXF worker writing `file`, fed graph.json's elements in batches; `written` settles when the file is complete, or failed. */
function gexfWorker(file: string): GraphJsonElements & { worker: Worker; end(): void; written: Promise<void> } {
  const worker = startWorker(import.meta.url, "gexf-worker", { file });
  const written = new Promise<void>((resolve, reject) => {
    worker.once("message", (reply: GexfReply) => ("error" in reply ? reject(new Error(reply.error)) : resolve()));
    worker.once("error", (error) => reject(new Error(`${file}: GEXF worker failed: ${error.message}`, { cause: error })));
    worker.once("exit", (code) => reject(new Error(`${file}: GEXF worker exited with code ${code} before it finished`)));
  });
  // Awaited once graph.json and the rest are written; a failure before then must not go unhandled.
  written.catch(() => {});
  // One batch at a time, of one kind: a new kind sends the batch before.
  let kind: "nodes" | "pieceNodes" | "edges" | "pieceEdges" | undefined;
  let items: unknown[] = [];
  let handedOver: ArrayBuffer[] = [];
  let size = 0;
  const send = () => {
    // Elements as one string: copied to the worker in one piece, and parsed there in one call.
    // Pieces are read for the worker alone, so their buffers are handed over rather than copied.
    if (kind !== undefined) worker.postMessage({ [kind]: kind === "nodes" || kind === "edges" ? items.join(",") : items }, handedOver);
    kind = undefined;
    items = [];
    handedOver = [];
    size = 0;
  };
  const add = (to: NonNullable<typeof kind>, item: unknown, itemSize: number, buffers: ArrayBufferLike[] = []) => {
    if (kind !== to) send();
    kind = to;
    items.push(item);
    handedOver.push(...(buffers as ArrayBuffer[]));
    size += itemSize;
    if (size >= BATCH_SIZE) send();
  };
  // A cached piece's bytes are the worker's to read: this thread only says where they are.
  const gexfPiece = (pieces: PieceSource, part: PiecePart): GexfPiece => (isCached(pieces) ? pieces.locate("gexf", part) : pieces.read("gexf", part));
  const buffersOf = (piece: GexfPiece) => (piece instanceof Uint8Array ? [piece.buffer] : []);
  /** Edges as GEXF bytes, written as they are. */
  const addEdges = (piece: GexfPiece) => add("pieceEdges", piece, piece.length, buffersOf(piece));
  return {
    worker,
    written,
    attributes: (attributes) => worker.postMessage({ attributes } satisfies GexfMessage),
    node: (json) => add("nodes", json, json.length),
    pieceNodes(section) {
      const piece = gexfPiece(section.pieces, "nodes");
      const positions = positionsOf(section);
      add("pieceNodes", { piece, positions }, piece.length, [...buffersOf(piece), positions.buffer]);
    },
    edge: (json) => add("edges", json, json.length),
    pieceEdges: ({ pieces }) => addEdges(gexfPiece(pieces, "edges")),
    pieceMentions: ({ pieces }) => addEdges(gexfPiece(pieces, "mentions")),
    end() {
      send();
      worker.postMessage({ end: true } satisfies GexfMessage);
    },
  };
}
