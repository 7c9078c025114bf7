// The graph files of a large build are written by two threads: graph.json by the build's, and
// graph.gexf by a worker from graph.json's elements. On the seed graph that must give the files
// one thread gives, to the byte, and a failed write must still name the file.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openExtractionCache } from "../src/build/extraction-cache.js";
import { GRAPH_FILES, writeGraphOutputs, type GraphOutputs } from "../src/build/write-outputs.js";
import { buildGraph } from "../src/graph/build-graph.js";
import { inFileOrder } from "../src/graph/file-order.js";
import { layoutGraph } from "../src/graph/layout-graph.js";
import { packageRoot } from "../src/build/package-root.js";
import { finishBuild } from "../src/build/finish-build.js";
import { encodeStatementPieces, recordPieces } from "../src/graph/encode-statements.js";
import { piecesAt } from "../src/graph/statement-pieces.js";
import { seed, testResources } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "actorgraph-outputs-"));
const records = readdirSync(join(packageRoot(), "data", "corpus")).sort().map(seed);
const graph = inFileOrder(layoutGraph(buildGraph(records, { name: "seed", builtFrom: "seed", extractorVersion: "test", officesOf: testResources().officesOf })));
const outputs: GraphOutputs = { graph, viewerGraph: graph, positions: [] };

describe("writeGraphOutputs", () => {
  it("writes graph.gexf in a worker thread byte for byte as in this one", async () => {
    const here = mkdtempSync(join(dir, "here-"));
    const background = mkdtempSync(join(dir, "background-"));
    await writeGraphOutputs(here, outputs);
    await writeGraphOutputs(background, outputs, { gexfInBackground: true });
    for (const file of GRAPH_FILES) expect(readFileSync(join(background, file), "utf8"), file).toBe(readFileSync(join(here, file), "utf8"));
    expect(readFileSync(join(background, "graph.gexf"), "utf8")).toMatch(/<edge id="said:person:/);
  });

  it.each([false, true])("reports a failed GEXF write with the file's name (in a worker: %s)", async (gexfInBackground) => {
    const out = mkdtempSync(join(dir, "full-"));
    // /dev/full accepts the open and refuses every write.
    symlinkSync("/dev/full", join(out, "graph.gexf"));
    await expect(writeGraphOutputs(out, outputs, { gexfInBackground })).rejects.toThrow(/graph\.gexf: cannot write: .*ENOSPC/);
  });
});

describe("statement pieces", () => {
  it("splice into graph.json and graph.gexf the bytes the sections' nodes and edges give, in either thread, from memory or from the extraction cache", async () => {
    const plain = mkdtempSync(join(dir, "plain-"));
    await writeGraphOutputs(plain, outputs);
    const encoded = graph.sections.map((section) => encodeStatementPieces(section));
    // In the cache the GEXF worker reads a section's piece itself, from where the build says it is.
    const cache = openExtractionCache(mkdtempSync(join(dir, "cache-")), "pieces");
    const cached = encoded.map((pieces, index) => cache.put(String(index).padStart(64, "0"), "{}", new Uint8Array(), pieces).pieces);
    try {
      for (const source of [encoded.map(piecesAt), cached]) {
        const sections = graph.sections.map((section, index) => ({ ...section, pieces: source[index] }));
        expect(sections.filter((section) => section.nodes.length > 0).length).toBeGreaterThanOrEqual(5);
        for (const gexfInBackground of [false, true]) {
          const spliced = mkdtempSync(join(dir, "spliced-"));
          await writeGraphOutputs(spliced, { ...outputs, graph: { ...graph, sections } }, { gexfInBackground });
          for (const file of ["graph.json", "graph.gexf"]) expect(readFileSync(join(spliced, file), "utf8"), file).toBe(readFileSync(join(plain, file), "utf8"));
        }
      }
    } finally {
      cache.close();
    }
  });
});

describe("a build's pieces", () => {
  it("are left aside for a document read twice, or one whose statement an edge joins to an actor only another document names", async () => {
    // An actor whom one record quotes and another names as well: the first record no longer names them itself.
    const named = (record: (typeof records)[number]) => new Set(record.entities.map((entity) => entity.id));
    const quoted = records.flatMap((record) => record.quotes.flatMap((quote) => (quote.speaker === null ? [] : [{ record, speaker: quote.speaker }])));
    const shared = quoted.find(({ record, speaker }) => records.some((other) => other !== record && named(other).has(speaker)));
    if (shared === undefined) throw new Error("the seed corpus should have a speaker two documents name");
    const unnamed = { ...shared.record, entities: shared.record.entities.filter((entity) => entity.id !== shared.speaker) };
    const twice = records.find((record) => record !== shared.record && record.quotes.length > 0) ?? unnamed;
    const corpus = [...records.map((record) => (record === shared.record ? unnamed : record)), twice];
    const pieces = new Map(corpus.map((record) => [record.doc.id, piecesAt(recordPieces(record))]));
    const options = { builtFrom: "seed", extractorVersion: "test", officesOf: testResources().officesOf, now: () => 0 };
    const spliced = mkdtempSync(join(dir, "spliced-"));
    const encoded = mkdtempSync(join(dir, "encoded-"));
    await finishBuild(corpus, { ...options, outDir: spliced, pieces });
    await finishBuild(corpus, { ...options, outDir: encoded });
    for (const file of GRAPH_FILES) expect(readFileSync(join(spliced, file), "utf8"), file).toBe(readFileSync(join(encoded, file), "utf8"));
    expect(readFileSync(join(spliced, "graph.json"), "utf8")).toContain(`"key":"said:${shared.speaker}->statement:${shared.record.doc.id}:`);
  });

  it("give a document's mentions in their place among the edges, even where one id starts with another and '->'", async () => {
    // "a" and "a->person:": the second's mentions, mentions:document:a->person:->…, sort between
    // the first's of countries and of people.
    const renamed = records.slice(0, 3).map((record, index) => ({ ...record, doc: { ...record.doc, id: ["a", "a->person:", "b"][index] ?? "" } }));
    const options = { builtFrom: "seed", extractorVersion: "test", officesOf: testResources().officesOf, now: () => 0 };
    for (const corpus of [renamed, renamed.filter(({ doc }) => doc.id !== "a->person:")]) {
      const pieces = new Map(corpus.map((record) => [record.doc.id, piecesAt(recordPieces(record))]));
      const spliced = mkdtempSync(join(dir, "mentions-"));
      const encoded = mkdtempSync(join(dir, "mentions-encoded-"));
      await finishBuild(corpus, { ...options, outDir: spliced, pieces });
      await finishBuild(corpus, { ...options, outDir: encoded });
      for (const file of GRAPH_FILES) expect(readFileSync(join(spliced, file), "utf8"), file).toBe(readFileSync(join(encoded, file), "utf8"));
    }
  });
});
