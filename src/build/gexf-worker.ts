// A worker thread that writes graph.gexf from graph.json's nodes and edges as the build encodes
// them, so a large graph's GEXF is encoded on the other core instead of after graph.json. Each
// element comes as its graph.json text and goes through the same encoders as toGexf's; a statement
// section's GEXF piece is read here, from the extraction cache, where the build says it is.
import { closeSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { pieceNodes } from "../graph/statement-pieces.js";
import { GEXF_BETWEEN, GEXF_CLOSING, GEXF_PIECES, gexfEdge, gexfNode, gexfOpening } from "../graph/to-gexf.js";
import type { KeyedEdge, KeyedNode } from "../graph/built-graph.js";
import type { GexfMessage, GexfPiece, GexfReply } from "./write-outputs.js";
import { openChunkedFile } from "./chunked-file.js";
import { readRange } from "./extraction-cache.js";

const out = openChunkedFile(String(workerData.file));
let edges = false;
let failed = false;
/** The extraction cache, opened here on the first piece read from it. */
const cacheFiles = new Map<string, number>();
const bytesOf = (piece: GexfPiece) => (piece instanceof Uint8Array ? piece : readRange(piece, cacheFiles));

const reply = (message: GexfReply) => parentPort?.postMessage(message);

function closeFiles(): void {
  out.close();
  for (const fd of cacheFiles.values()) closeSync(fd);
  cacheFiles.clear();
}

parentPort?.on("message", (message: GexfMessage) => {
  if (failed) return;
  try {
    if ("attributes" in message) out.write(gexfOpening(message.attributes));
    else if ("nodes" in message) {
      for (const { key, attributes } of JSON.parse(`[${message.nodes}]`) as KeyedNode[]) out.write(gexfNode(key, attributes));
    } else if ("pieceNodes" in message) {
      for (const { piece, positions } of message.pieceNodes) for (const chunk of pieceNodes(bytesOf(piece), positions, GEXF_PIECES)) out.write(chunk);
    } else {
      // The nodes end where the first edge, or the end, comes.
      if (!edges) out.write(GEXF_BETWEEN);
      edges = true;
      if ("edges" in message) {
        for (const { key, source, target, attributes } of JSON.parse(`[${message.edges}]`) as KeyedEdge[]) out.write(gexfEdge(key, source, target, attributes));
      } else if ("pieceEdges" in message) {
        for (const piece of message.pieceEdges) out.writeBytes(bytesOf(piece));
      } else {
        out.write(GEXF_CLOSING);
        closeFiles();
        reply({ done: true });
      }
    }
  } catch (error) {
    failed = true;
    closeFiles();
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
});
