import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../src/build/build-corpus.js";
import { packageRoot } from "../src/build/package-root.js";
import { parseGraphJson } from "../src/graph/graph-json.js";
import { ExtractionRecord } from "../src/schema/extraction.js";

const root = packageRoot();
const seedDir = join(root, "data", "corpus");
const dataDir = join(root, "data");
const OUTPUTS = ["extractions.jsonl", "documents.jsonl", "graph.json", "graph.gexf", "positions.json", "viewer-graph.json"];

function corpusWithBadFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), "actorgraph-build-"));
  copyFileSync(join(seedDir, "000_7dc1d3c8e85c7c77.txt"), join(dir, "good.txt"));
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 society said nothing.", "latin1"));
  writeFileSync(join(dir, "empty.md"), "");
  writeFileSync(join(dir, "broken.json"), "{ not json");
  writeFileSync(join(dir, "records.jsonl"), `${JSON.stringify({ id: "a", title: "One", text: "Mr Smith said the plan was good." })}\nnot json\n${JSON.stringify({ id: "c", title: "No text" })}\n`);
  return dir;
}

describe("build", () => {
  it("reports and skips bad files, builds the rest, and counts both", async () => {
    const out = mkdtempSync(join(tmpdir(), "actorgraph-out-"));
    const summary = await buildCorpus({ inputs: [corpusWithBadFiles()], outDir: out, dataDir, workers: 0, extractorVersion: "test" });
    expect(summary.documents).toBe(2);
    const reasons = summary.skipped.map((s) => `${s.source}${s.line ? `:${s.line}` : ""} ${s.reason}`);
    expect(reasons).toHaveLength(6);
    expect(reasons.find((r) => r.startsWith("binary.txt"))).toMatch(/binary/i);
    expect(reasons.find((r) => r.startsWith("latin1.txt"))).toMatch(/UTF-8/);
    expect(reasons.find((r) => r.startsWith("empty.md"))).toMatch(/empty/);
    expect(reasons.find((r) => r.startsWith("broken.json"))).toMatch(/JSON/);
    expect(reasons.find((r) => r.startsWith("records.jsonl:2"))).toMatch(/JSON/);
    expect(reasons.find((r) => r.startsWith("records.jsonl:3"))).toMatch(/no text/);
    const records = readFileSync(join(out, "extractions.jsonl"), "utf8").trim().split("\n").map((l) => ExtractionRecord.parse(JSON.parse(l)));
    expect(records.map((r) => r.doc.source)).toEqual(["good.txt", "records.jsonl"]);
  });

  it("writes byte-identical outputs for the same corpus, in this thread or in workers, a graph.json that validates and a GEXF with spells that parses", async () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), "actorgraph-a-")), mkdtempSync(join(tmpdir(), "actorgraph-b-"))];
    await buildCorpus({ inputs: [seedDir], outDir: a, dataDir, workers: 0, extractorVersion: "test" });
    await buildCorpus({ inputs: [seedDir], outDir: b, dataDir, workers: 2, extractorVersion: "test" });
    for (const file of OUTPUTS) expect(readFileSync(join(a, file))).toEqual(readFileSync(join(b, file)));
    // A small graph is the viewer's whole.
    expect(readFileSync(join(a, "viewer-graph.json"))).toEqual(readFileSync(join(a, "graph.json")));
    const graph = parseGraphJson(readFileSync(join(a, "graph.json"), "utf8"), "graph.json");
    expect(graph.hasNode("person:donald-trump")).toBe(true);
    const xml = readFileSync(join(a, "graph.gexf"), "utf8");
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toMatch(/<spell start="2025-02-13" end="2025-02-13"\/>/);
    const parsed = gexf.parse(Graph, xml);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
  }, 120_000);

  it("the CLI exits 0 with a summary, and non-zero only when nothing could be read", () => {
    const cli = [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli.ts")];
    const out = mkdtempSync(join(tmpdir(), "actorgraph-cli-"));
    const ok = execFileSync(process.execPath, [...cli, "build", corpusWithBadFiles(), "--out", out, "--quiet", "--workers", "0"], { encoding: "utf8" });
    expect(ok).toMatch(/built 2 documents/);
    expect(ok).toMatch(/skipped 6/);
    const nothing = mkdtempSync(join(tmpdir(), "actorgraph-none-"));
    mkdirSync(join(nothing, "sub"));
    writeFileSync(join(nothing, "sub", "empty.txt"), "  \n");
    const failed = spawnSync(process.execPath, [...cli, "build", nothing, "--out", out, "--quiet", "--workers", "0"], { encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/sub\/empty\.txt: .*empty/);
  });
});
