// The build's layout: ForceAtlas2 on the viewer's cut runs in a worker thread while this thread
// plans where every other node goes and does whatever the caller has that needs no positions.
// The result is the one layoutGraph gives, to the byte: the same matrices go through the same
// iterations, and the plan takes the same seeded draws in the same order.
import type { BuiltGraph } from "../graph/built-graph.js";
import { applyLayout, completeLayout, prepareLayout, type LayoutOptions } from "../graph/layout-graph.js";
import { startWorker } from "../threads/start-worker.js";

/**
 * Below this many node-iterations ForceAtlas2 takes less than starting a thread (the seed
 * corpus's 160 nodes take milliseconds; the 10k build's 3,000-node cut, 300,000, about 2.5 s).
 */
export const WORTH_A_THREAD = 100_000;

/**
 * Lays `graph` out, running `meanwhile` in this thread while ForceAtlas2 runs in another; resolves
 * to what `meanwhile` returned once every node has its position.
 */
export async function layoutInBackground<T>(graph: BuiltGraph, options: LayoutOptions, meanwhile: () => T): Promise<T> {
  const prepared = prepareLayout(graph, options);
  const { forceAtlas2 } = prepared;
  if (forceAtlas2.iterations * prepared.core.length < WORTH_A_THREAD) {
    completeLayout(prepared);
    return meanwhile();
  }
  const worker = startWorker(import.meta.url, "force-atlas-worker", null);
  try {
    const done = new Promise<Float32Array>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", (error) => reject(new Error(`layout worker failed: ${error.message}`, { cause: error })));
      worker.once("exit", (code) => reject(new Error(`layout worker exited with code ${code} before it finished`)));
    });
    worker.postMessage(forceAtlas2, [forceAtlas2.nodes.buffer, forceAtlas2.edges.buffer]);
    const plan = prepared.planPlacement();
    const result = meanwhile();
    applyLayout(prepared.core, await done, plan);
    return result;
  } finally {
    await worker.terminate();
  }
}
