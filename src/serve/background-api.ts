// The query API loaded in a worker thread, so `actorgraph serve` listens at once: the viewer needs
// only its own files and viewer-graph.json, while loading graph.json and indexing it for queries
// takes seconds per thousand documents (26 s for 10,000). Until the worker is ready, questions
// are answered 503 with how long it has been loading; a graph that cannot be loaded is a 500
// naming the file and the problem, and the viewer is still served.
import { isQuestionName } from "../query/questions.js";
import { startWorker } from "../threads/start-worker.js";
import type { ApiHandler, JsonAnswer } from "./server.js";

export type ApiRequest = { id: number; path: string; query: string };
export type ApiReply = { id: number; answer: JsonAnswer | null } | { id: number; error: string };
export type WorkerStatus = { ready: true } | { ready: false; error: string };

export interface BackgroundApi {
  handler: ApiHandler;
  /** Settles once the graph is loaded or has failed to load, with the status. */
  loaded: Promise<WorkerStatus>;
  close(): Promise<void>;
}

export function createBackgroundApi(outDir: string, now: () => number = () => performance.now()): BackgroundApi {
  const started = now();
  const worker = startWorker(import.meta.url, "api-worker", { outDir });
  const pending = new Map<number, (answer: JsonAnswer) => void>();
  let status: WorkerStatus | undefined;
  let nextId = 0;
  let announce: (status: WorkerStatus) => void = () => {};
  const loaded = new Promise<WorkerStatus>((resolve) => {
    announce = resolve;
  });
  const settle = (next: WorkerStatus) => {
    status = next;
    announce(next);
    if (next.ready) return;
    for (const reply of pending.values()) reply({ status: 500, body: { error: next.error } });
    pending.clear();
  };

  worker.on("message", (message: WorkerStatus | ApiReply) => {
    if ("ready" in message) return settle(message);
    const reply = pending.get(message.id);
    pending.delete(message.id);
    reply?.("error" in message ? { status: 500, body: { error: message.error } } : (message.answer ?? { status: 404, body: { error: "no such question" } }));
  });
  // A worker that dies takes the API with it, not the server.
  worker.on("error", (error) => settle({ ready: false, error: `the query API stopped: ${error.message}` }));

  const handler: ApiHandler = (path, query) => {
    if (!isQuestionName(path.slice("/api/".length))) return undefined;
    if (status === undefined) {
      const seconds = Math.round((now() - started) / 1000);
      return { status: 503, body: { error: `the graph is still loading for queries (${seconds} s so far); ask again shortly` } };
    }
    if (!status.ready) return { status: 500, body: { error: status.error } };
    const id = nextId++;
    return new Promise<JsonAnswer>((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ id, path, query: query.toString() } satisfies ApiRequest);
    });
  };
  return {
    handler,
    loaded,
    async close() {
      await worker.terminate();
    },
  };
}
