// A worker thread of the extraction pool: loads the resources once, then turns each document it
// is sent into its extraction record's JSON (serialized here, so the main thread only copies a string).
import { parentPort, workerData } from "node:worker_threads";
import { extractDocument } from "../extract/extract-document.js";
import type { SourceDocument } from "../schema/document.js";
import { loadResources } from "./load-resources.js";
import type { ExtractionOutcome } from "./extraction-pool.js";

const resources = loadResources(String(workerData.dataDir));
// The pool extracts in its own thread until a worker says it can take documents.
parentPort?.postMessage({ ready: true });

parentPort?.on("message", ({ id, document }: { id: number; document: SourceDocument }) => {
  let outcome: ExtractionOutcome;
  try {
    outcome = { ok: true, json: JSON.stringify(extractDocument(document, resources)) };
  } catch (error) {
    outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage({ id, outcome });
});
