// The build's layout runs ForceAtlas2 in a worker thread while it places the other nodes: it must
// give what the layout in one thread gives, to the byte, on a real graph (the seed documents').
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutInBackground, WORTH_A_THREAD } from "../src/build/layout-in-background.js";
import { packageRoot } from "../src/build/package-root.js";
import { buildGraph } from "../src/graph/build-graph.js";
import { toGraphJson } from "../src/graph/graph-json.js";
import { layoutGraph } from "../src/graph/layout-graph.js";
import { selectViewerNodes } from "../src/graph/select-viewer-graph.js";
import { inGraphology, seed, testResources } from "./helpers.js";

const files = readdirSync(join(packageRoot(), "data", "corpus")).sort();
const records = files.map(seed);
const build = () => buildGraph(records, { name: "seed", builtFrom: "seed", extractorVersion: "test", officesOf: testResources().officesOf });
const json = (graph: ReturnType<typeof build>) => toGraphJson(inGraphology(graph));

describe("layoutInBackground", () => {
  it("lays a graph out as layoutGraph does, running the caller's work meanwhile", async () => {
    // A cut of the seed graph, so some nodes are placed around the core rather than moved by ForceAtlas2.
    const core = selectViewerNodes(build(), { maxNodes: 60, maxActors: 10 });
    const iterations = Math.ceil(WORTH_A_THREAD / core.size);
    expect(core.size).toBeLessThan(build().order);

    const inThread = layoutGraph(build(), { core, iterations });
    const background = build();
    const order: string[] = [];
    const result = await layoutInBackground(background, { core, iterations }, () => {
      order.push("meanwhile");
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual(["meanwhile"]);
    expect(json(background)).toBe(json(inThread));
    expect(json(background)).not.toBe(json(build()));
  });
});
