// Beyond one machine: `actorgraph extract` on shards of a corpus, then `actorgraph merge` of the
// shards in any order, writes the graph files one build of the corpus writes; bad input is
// reported and skipped on both sides.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../src/build/build-corpus.js";
import { mergeShards } from "../src/build/merge-shards.js";
import { extractorVersion, packageRoot } from "../src/build/package-root.js";

const root = packageRoot();
const dataDir = join(root, "data");
const seedDir = join(dataDir, "corpus");
const cli = [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli.ts")];

/** Runs `actorgraph extract` with `input` on stdin. */
function extract(input: string, source: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, [...cli, "extract", "--source", source, "--workers", "1"]);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve) => child.on("close", (code) => resolve({ stdout, stderr, code })));
}

describe("extract and merge", () => {
  it("shards merged in any order give the graph files of one build; bad records are reported and skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "actorgraph-shards-"));
    const records = readdirSync(seedDir).sort().map((file) => JSON.stringify({ id: file, text: readFileSync(join(seedDir, file), "utf8") }));
    const [first, second] = [[...records.slice(0, 3), "not json"], [`{"id":"no-text","title":"Nothing"}`, ...records.slice(3)]];
    const corpus = join(dir, "corpus.jsonl");
    writeFileSync(corpus, `${[...first, ...second].join("\n")}\n`);

    const [a, b] = await Promise.all([extract(`${first.join("\n")}\n`, "corpus.jsonl"), extract(`${second.join("\n")}\n`, "corpus.jsonl")]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr).toMatch(/corpus\.jsonl:4: .*not JSON/);
    expect(b.stderr).toMatch(/corpus\.jsonl:1: .*record has no text/);
    expect(a.stdout.trim().split("\n").map((line) => JSON.parse(line).doc.id)).toEqual(records.slice(0, 3).map((r) => JSON.parse(r).id));
    const shards = [join(dir, "a.jsonl"), join(dir, "b.jsonl")];
    writeFileSync(shards[0] ?? "", a.stdout);
    writeFileSync(shards[1] ?? "", `${b.stdout}{"doc":{"id":"broken"}}\n`);

    const version = extractorVersion();
    const built = join(dir, "built");
    await buildCorpus({ inputs: [corpus], outDir: built, dataDir, workers: 0, extractorVersion: version });
    const merged = join(dir, "merged");
    const summary = await mergeShards({ shards: [...shards].reverse(), outDir: merged, dataDir, builtFrom: corpus, extractorVersion: version });
    expect(summary.documents).toBe(5);
    expect(summary.skipped).toEqual([expect.objectContaining({ source: shards[1], line: 3, reason: expect.stringMatching(/^not an extraction record/) })]);
    for (const file of ["graph.json", "graph.gexf", "positions.json", "viewer-graph.json"]) {
      expect(readFileSync(join(merged, file), "utf8"), file).toBe(readFileSync(join(built, file), "utf8"));
    }
    // The same documents and texts, in the shards' order; a record's line is its line in its shard.
    const sorted = (file: string, out: string) =>
      readFileSync(join(out, file), "utf8").trim().split("\n").map((line) => JSON.stringify(JSON.parse(line), (key, value) => (key === "line" ? undefined : value))).sort();
    expect(sorted("documents.jsonl", merged)).toEqual(sorted("documents.jsonl", built));
    expect(sorted("extractions.jsonl", merged)).toEqual(sorted("extractions.jsonl", built));
  }, 180_000);
});
