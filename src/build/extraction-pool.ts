// Extraction across threads: a pool of worker threads, each with its own resources, that takes
// documents and gives back their records' JSON. extractDocument is a pure map, so documents can go
// to any worker in any order; the caller keeps its own order. With no workers it extracts in this
// thread, for small corpora, where starting threads costs more than it saves.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { extractDocument } from "../extract/extract-document.js";
import { recordPieces } from "../graph/encode-statements.js";
import type { StatementPieces } from "../graph/statement-pieces.js";
import type { SkippedInput, SourceDocument } from "../schema/document.js";
import { startWorker } from "../threads/start-worker.js";
import { documentLine } from "./document-line.js";
import { loadResources, type Resources } from "./load-resources.js";

/** A document's record as JSON, its line in documents.jsonl in UTF-8, and its statements encoded for the graph files. */
export type ExtractionOutcome = { ok: true; json: string; documentLine: Uint8Array; pieces: StatementPieces } | { ok: false; reason: string };

export interface ExtractionPool {
  extract(document: SourceDocument): Promise<ExtractionOutcome>;
  close(): Promise<void>;
}

/** One worker per core: the main thread's reading and merging takes little beside them. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** `workers` threads, or this thread when 0 (with `resources` when the caller has them loaded already). */
export function extractionPool(dataDir: string, workers: number, resources?: Resources): ExtractionPool {
  if (workers === 0) return inThreadExtraction(resources ?? loadResources(dataDir));
  return workerExtraction(dataDir, workers, resources === undefined ? undefined : inThreadExtraction(resources));
}

/** How a document whose extraction threw is reported: with the document, not as a lost build. */
export function extractionFailure(document: SourceDocument, reason: string): SkippedInput {
  return { source: document.source, ...(document.line ? { line: document.line } : {}), reason: `extraction failed: ${reason}` };
}

const utf8 = new TextEncoder();

/** What a thread does with each document it is given. */
export function extractOutcome(document: SourceDocument, resources: Resources): ExtractionOutcome {
  try {
    const record = extractDocument(document, resources);
    // In a buffer of its own, which a worker hands over rather than copies.
    const line = utf8.encode(documentLine(record.doc, document.text));
    return { ok: true, json: JSON.stringify(record), documentLine: line, pieces: recordPieces(record) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function inThreadExtraction(resources: Resources): ExtractionPool {
  return {
    extract: async (document) => extractOutcome(document, resources),
    async close() {},
  };
}

/**
 * Workers start when a document finds every running one busy, so a build that finds everything in
 * the cache starts none. Loading the resources takes a worker a second or two: when the caller
 * has them loaded already (`here`), documents are extracted in this thread until a worker is
 * ready, and the first document does not start one, so adding one article to a built corpus
 * starts no thread and waits for none.
 */
function workerExtraction(dataDir: string, size: number, here: ExtractionPool | undefined): ExtractionPool {
  const workers: Worker[] = [];
  const ready = new Set<Worker>();
  let extractedHere = 0;
  const pending = new Map<number, { resolve: (outcome: ExtractionOutcome) => void; reject: (error: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const start = (): Worker => {
    const worker = startWorker(import.meta.url, "extraction-worker", { dataDir });
    load.set(worker, 0);
    worker.on("message", (message: { ready: true } | { id: number; outcome: ExtractionOutcome }) => {
      if ("ready" in message) {
        ready.add(worker);
        return;
      }
      const { id, outcome } = message;
      const job = pending.get(id);
      pending.delete(id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      job?.resolve(outcome);
    });
    // A worker that dies (out of memory, a crash in native code) fails the build rather than hanging it.
    worker.on("error", (error) => {
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue;
        pending.delete(id);
        job.reject(new Error(`extraction worker failed: ${error.message}`, { cause: error }));
      }
    });
    return worker;
  };
  /** Workers that take documents now: without resources here, a loading one too (documents wait in its queue). */
  const usable = () => (here === undefined ? workers : workers.filter((w) => ready.has(w)));
  const send = (document: SourceDocument): Promise<ExtractionOutcome> => {
    // The least busy worker: documents differ in length by orders of magnitude.
    const worker = usable().reduce((best, w) => ((load.get(w) ?? 0) < (load.get(best) ?? 0) ? w : best));
    load.set(worker, (load.get(worker) ?? 0) + 1);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, document });
    });
  };
  return {
    extract(document) {
      const idle = usable().find((w) => (load.get(w) ?? 0) === 0);
      const firstHere = here !== undefined && extractedHere === 0;
      if (idle === undefined && workers.length < size && !firstHere) workers.push(start());
      if (here === undefined || usable().length > 0) return send(document);
      extractedHere++;
      // After a turn of the event loop, where a worker's message that it is ready is heard: a
      // caller that queues documents in one go would otherwise never hear it, and extract them all here.
      return new Promise((resolve) => setImmediate(resolve)).then(() => (usable().length > 0 ? send(document) : here.extract(document)));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
