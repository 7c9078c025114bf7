// A worker thread that runs ForceAtlas2's iterations on the matrices it is sent and sends the node
// matrix back: the build plans the placement of the other nodes meanwhile.
import { parentPort } from "node:worker_threads";
import { runForceAtlas2, type ForceAtlas2Job } from "../graph/layout-graph.js";

parentPort?.once("message", (job: ForceAtlas2Job) => {
  const { nodes } = runForceAtlas2(job);
  parentPort?.postMessage(nodes, [nodes.buffer]);
});
