// A worker thread of the extraction pool: loads the resources once, then turns each document it
// is sent into its extraction record's JSON, its line in documents.jsonl and its statements'
// pieces (made here, so the main thread only copies a string and takes over three buffers).
import { parentPort, workerData } from "node:worker_threads";
import type { SourceDocument } from "../schema/document.js";
import { loadResources } from "./load-resources.js";
import { extractOutcome } from "./extraction-pool.js";

const resources = loadResources(String(workerData.dataDir));
// The pool extracts in its own thread until a worker says it can take documents.
parentPort?.postMessage({ ready: true });

parentPort?.on("message", ({ id, document }: { id: number; document: SourceDocument }) => {
  const outcome = extractOutcome(document, resources);
  // The bytes are handed over, not copied: each part has a buffer of its own (extractOutcome, encodePiece).
  const bytes = outcome.ok ? [outcome.documentLine.buffer, outcome.pieces.json.buffer, outcome.pieces.gexf.buffer] : [];
  parentPort?.postMessage({ id, outcome }, bytes as ArrayBuffer[]);
});
