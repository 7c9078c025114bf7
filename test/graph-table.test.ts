// The build merges into a GraphTable, not graphology; the graph files and the layout must not
// tell them apart. On the seed documents' graph: the same neighbours in the same order (the
// layout places nodes in that order) and the same bytes out.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { buildGraph } from "../src/graph/build-graph.js";
import { BuiltGraph } from "../src/graph/built-graph.js";
import { toGraphJson } from "../src/graph/graph-json.js";
import { layoutGraph } from "../src/graph/layout-graph.js";
import { toGexf } from "../src/graph/to-gexf.js";
import { inGraphology, seed, testResources } from "./helpers.js";

const files = readdirSync(join(packageRoot(), "data", "corpus")).sort();
const build = () => buildGraph(files.map(seed), { name: "seed", builtFrom: "seed", extractorVersion: "test", officesOf: testResources().officesOf }).table;

describe("GraphTable", () => {
  const table = build();
  const graph = inGraphology(build());

  it("has graphology's nodes, edges and neighbours, in graphology's order", () => {
    expect(table.nodes()).toEqual(graph.nodes());
    expect(table.edges()).toEqual(graph.edges());
    expect(table.order).toBe(graph.order);
    for (const key of graph.nodes()) {
      const neighbours: string[] = [];
      table.forEachNeighbor(key, (neighbour) => neighbours.push(neighbour));
      expect(neighbours, key).toEqual(graph.neighbors(key));
      expect(table.outNeighbors(key), key).toEqual(graph.outNeighbors(key));
    }
    for (const key of graph.edges()) expect(table.extremities(key)).toEqual(graph.extremities(key));
  });

  it("is written as its graphology copy is", () => {
    const laidOut = inGraphology(layoutGraph(new BuiltGraph(table, [])));
    expect(toGraphJson(table)).toBe(toGraphJson(laidOut));
    expect(toGexf(table)).toBe(toGexf(laidOut));
  });

  it("refuses what graphology refuses: a second node or edge under one key, an edge to a missing node, a second edge between the same two nodes", () => {
    const small = build();
    const [key = ""] = small.nodes();
    const [edge = ""] = small.edges();
    const [source, target] = small.extremities(edge);
    const attributes = small.getEdgeAttributes(edge);
    expect(() => small.addNode(key, small.getNodeAttributes(key))).toThrow(/already there/);
    expect(small.addEdgeIfPossible(edge, source, target, { ...attributes, weight: 99 })).toBe(false);
    expect(small.addEdgeIfPossible("other", source, target, attributes)).toBe(false);
    expect(small.addEdgeIfPossible("other", source, "person:nobody", attributes)).toBe(false);
    expect(small.findEdgeAttributes("other")).toBeUndefined();
    expect(small.getEdgeAttributes(edge).weight).toBe(attributes.weight);
    expect(() => small.getNodeAttributes("person:nobody")).toThrow(/no node/);
  });
});
