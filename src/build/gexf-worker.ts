// A worker thread that writes graph.gexf from graph.json's nodes and edges as the build encodes
// them, so a large graph's GEXF is encoded on the other core instead of after graph.json. Each
// element comes as its graph.json text and goes through the same encoders as toGexf's.
import { parentPort, workerData } from "node:worker_threads";
import { pieceNodes } from "../graph/statement-pieces.js";
import { GEXF_BETWEEN, GEXF_CLOSING, GEXF_PIECES, gexfEdge, gexfNode, gexfOpening } from "../graph/to-gexf.js";
import type { KeyedEdge, KeyedNode } from "../graph/built-graph.js";
import type { GexfMessage, GexfReply } from "./write-outputs.js";
import { openChunkedFile } from "./chunked-file.js";

const out = openChunkedFile(String(workerData.file));
let edges = false;
let failed = false;

const reply = (message: GexfReply) => parentPort?.postMessage(message);

parentPort?.on("message", (message: GexfMessage) => {
  if (failed) return;
  try {
    if ("attributes" in message) out.write(gexfOpening(message.attributes));
    else if ("nodes" in message) {
      for (const { key, attributes } of JSON.parse(`[${message.nodes}]`) as KeyedNode[]) out.write(gexfNode(key, attributes));
    } else if ("pieceNodes" in message) {
      for (const { piece, positions } of message.pieceNodes) for (const chunk of pieceNodes(piece, positions, GEXF_PIECES)) out.write(chunk);
    } else {
      // The nodes end where the first edge, or the end, comes.
      if (!edges) out.write(GEXF_BETWEEN);
      edges = true;
      if ("edges" in message) {
        for (const { key, source, target, attributes } of JSON.parse(`[${message.edges}]`) as KeyedEdge[]) out.write(gexfEdge(key, source, target, attributes));
      } else if ("pieceEdges" in message) {
        for (const bytes of message.pieceEdges) out.writeBytes(bytes);
      } else {
        out.write(GEXF_CLOSING);
        out.close();
        reply({ done: true });
      }
    }
  } catch (error) {
    failed = true;
    out.close();
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
});
