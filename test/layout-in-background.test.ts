// The build's layout runs ForceAtlas2 in a worker thread while it places the other nodes: it must
// give what the layout in one thread gives, to the byte, on a real graph (the seed build's).
import { describe, expect, it } from "vitest";
import { layoutInBackground, WORTH_A_THREAD } from "../src/build/layout-in-background.js";
import { toGraphJson } from "../src/graph/graph-json.js";
import { layoutGraph } from "../src/graph/layout-graph.js";
import { selectViewerNodes } from "../src/graph/select-viewer-graph.js";
import { BUILD_TIMEOUT, seedGraph } from "./seed-graph.js";

describe("layoutInBackground", () => {
  it(
    "lays a graph out as layoutGraph does, running the caller's work meanwhile",
    async () => {
      const graph = seedGraph();
      // A cut of the seed graph, so some nodes are placed around the core rather than moved by ForceAtlas2.
      const core = selectViewerNodes(graph, { maxNodes: 60, maxActors: 10 });
      const iterations = Math.ceil(WORTH_A_THREAD / core.size);
      expect(core.size).toBeLessThan(graph.order);

      const inThread = layoutGraph(graph.copy(), { core, iterations });
      const background = graph.copy();
      const order: string[] = [];
      const result = await layoutInBackground(background, { core, iterations }, () => {
        order.push("meanwhile");
        return 42;
      });
      expect(result).toBe(42);
      expect(order).toEqual(["meanwhile"]);
      expect(toGraphJson(background)).toBe(toGraphJson(inThread));
      expect(toGraphJson(background)).not.toBe(toGraphJson(graph));
    },
    BUILD_TIMEOUT,
  );
});
