// The worker thread behind createBackgroundApi: loads the graph and its query index, says so, then
// answers each request it is sent with what createQueryApi answers.
import { parentPort, workerData } from "node:worker_threads";
import { openGraph } from "../query/open-graph.js";
import { createQueryApi } from "./api.js";
import type { ApiReply, ApiRequest, WorkerStatus } from "./background-api.js";

const port = parentPort;
if (port === null) throw new Error("api-worker runs as a worker thread");

let status: WorkerStatus;
let api: ReturnType<typeof createQueryApi> | undefined;
try {
  api = createQueryApi(openGraph(String(workerData.outDir)));
  status = { ready: true };
} catch (error) {
  status = { ready: false, error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(status);

port.on("message", async ({ id, path, query }: ApiRequest) => {
  let reply: ApiReply;
  try {
    reply = { id, answer: (await api?.(path, new URLSearchParams(query))) ?? null };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
