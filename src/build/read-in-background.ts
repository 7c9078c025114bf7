// Reading a corpus, each document with its hash for the extraction cache, in this thread or in a
// thread of its own. Parsing the files and records and hashing the documents take a second or more
// per 10,000 articles: a build that finds most of them in the cache would spend that on its busiest
// thread, the one that parses the cached records, so it reads beside it. In the background the
// documents come in reading order, in batches, and the reader keeps at most a few batches ahead of
// the build, so a large corpus is never held whole.
import type { SkippedInput, SourceDocument } from "../schema/document.js";
import { readCorpus } from "../read/read-corpus.js";
import { startWorker } from "../threads/start-worker.js";
import { hashDocument } from "./extraction-cache.js";

/** A document read, with its hash for the extraction cache (hashDocument), or what could not be read. */
export type HashedRead = { ok: true; document: SourceDocument; hash: string } | { ok: false; skipped: SkippedInput };

/** The results of a read under way; `close` stops it wherever it is. */
export type HashedReading = AsyncGenerator<HashedRead> & { close(): Promise<void> };

/** From the reader: a batch of results, or the end of the corpus. */
export type ReaderMessage = { batch: HashedRead[] } | { done: true };

/** How far the reader may run ahead: batches sent and not yet taken. */
export const BATCHES_AHEAD = 4;

/** readCorpus's results for `inputs` with their documents' hashes, read in this thread. */
export async function* readHashed(inputs: string[]): AsyncGenerator<HashedRead> {
  for await (const result of readCorpus(inputs)) yield result.ok ? { ...result, hash: hashDocument(result.document) } : result;
}

/** readHashed in this thread, as a reading that can be closed. */
export function readHere(inputs: string[]): HashedReading {
  const results = readHashed(inputs);
  return Object.assign(results, { close: async () => void (await results.return(undefined)) });
}

/**
 * readHashed in a thread of its own. The thread starts at once, so it is ready by the time the
 * caller, having done its own setting up, asks for the first document.
 */
export function readInBackground(inputs: string[]): HashedReading {
  const worker = startWorker(import.meta.url, "reader-worker", { inputs });
  const arrived: ReaderMessage[] = [];
  let failure: Error | undefined;
  let closed = false;
  let wake = () => {};
  worker.on("message", (message: ReaderMessage) => {
    arrived.push(message);
    wake();
  });
  worker.on("error", (error) => {
    failure = new Error(`reading thread failed: ${error.message}`, { cause: error });
    wake();
  });
  worker.on("exit", (code) => {
    failure ??= new Error(`reading thread exited with code ${code} before the corpus's end`);
    wake();
  });
  const close = async () => {
    closed = true;
    wake();
    worker.removeAllListeners("exit");
    await worker.terminate();
  };
  async function* results(): AsyncGenerator<HashedRead> {
    try {
      while (!closed) {
        const message = arrived.shift();
        if (message === undefined) {
          if (failure !== undefined) throw failure;
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        if ("done" in message) return;
        // Taken: the reader may read another batch while this one is used.
        worker.postMessage("taken");
        yield* message.batch;
      }
    } finally {
      await close();
    }
  }
  return Object.assign(results(), { close });
}
