// The viewer's cut of a large graph: the most important actors, statements and events among them
// with their documents, within the node budget; a small graph whole.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { buildGraph } from "../src/graph/build-graph.js";
import { selectViewerGraph, selectViewerNodes } from "../src/graph/select-viewer-graph.js";
import { inGraphology, seed, testResources } from "./helpers.js";

const files = readdirSync(join(packageRoot(), "data", "corpus")).sort();
const built = buildGraph(files.map(seed), { name: "seed", builtFrom: "seed", extractorVersion: "test", officesOf: testResources().officesOf });
const graph = inGraphology(built);

describe("selectViewerNodes", () => {
  it("keeps a graph within the budget whole", () => {
    expect(selectViewerNodes(built, { maxNodes: graph.order, maxActors: 1 }).size).toBe(graph.order);
  });

  it("cuts to the most important actors, then their statements and events with the documents they come from", () => {
    const limits = { maxNodes: 40, maxActors: 5 };
    const kept = selectViewerNodes(built, limits);
    expect(kept.size).toBeLessThanOrEqual(limits.maxNodes);
    const actors = graph.filterNodes((_, node) => ["person", "country", "organization", "location"].includes(node.kind));
    const top = actors.sort((a, b) => graph.getNodeAttribute(b, "importance") - graph.getNodeAttribute(a, "importance") || (a < b ? -1 : 1)).slice(0, 5);
    for (const actor of top) expect(kept.has(actor), actor).toBe(true);
    expect([...kept].filter((key) => actors.includes(key))).toHaveLength(5);
    const statements = [...kept].filter((key) => graph.getNodeAttribute(key, "kind") === "statement");
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(graph.outNeighbors(statement).filter((key) => graph.getNodeAttribute(key, "kind") === "document").every((doc) => kept.has(doc))).toBe(true);
      expect(graph.neighbors(statement).some((key) => top.includes(key))).toBe(true);
    }
  });

  it("leaves documents' mentions of actors out of a cut, keeping every other edge between kept nodes", () => {
    const kept = selectViewerNodes(built, { maxNodes: 40, maxActors: 5 });
    const cut = selectViewerGraph(built, kept);
    expect(cut.order).toBe(kept.size);
    const between = graph.filterEdges((_, edge, source, target) => kept.has(source) && kept.has(target));
    expect(cut.filterEdges((_, edge) => edge.relation === "mentions")).toHaveLength(0);
    expect(cut.size).toBe(between.filter((key) => graph.getEdgeAttribute(key, "relation") !== "mentions").length);
  });
});
