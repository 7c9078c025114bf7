// Incremental builds: a build that finds documents in the extraction cache writes what a full
// build writes; a new extractor reuses nothing; and a build killed half-way keeps what it finished.
import { spawn } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../src/build/build-corpus.js";
import { extractorVersion, packageRoot } from "../src/build/package-root.js";

const root = packageRoot();
const dataDir = join(root, "data");
const seedDir = join(dataDir, "corpus");
const OUTPUTS = ["extractions.jsonl", "documents.jsonl", "graph.json", "graph.gexf", "positions.json", "viewer-graph.json"];
const temporary = (name: string) => mkdtempSync(join(tmpdir(), `actorgraph-${name}-`));
const build = (inputs: string[], outDir: string, extractorVersion = "test") => buildCorpus({ inputs, outDir, dataDir, workers: 0, extractorVersion });

function expectSameOutputs(a: string, b: string): void {
  for (const file of OUTPUTS) expect(readFileSync(join(a, file), "utf8"), file).toBe(readFileSync(join(b, file), "utf8"));
}

/** The seed documents `copies` times over, as JSONL records with ids of their own. */
function seedRecords(copies: number): string {
  const files = readdirSync(seedDir).sort();
  const lines = Array.from({ length: copies }, (_, copy) => files.map((file) => JSON.stringify({ id: `${copy}-${file}`, text: readFileSync(join(seedDir, file), "utf8") })));
  const file = join(temporary("records"), "records.jsonl");
  writeFileSync(file, `${lines.flat().join("\n")}\n`);
  return file;
}

describe("incremental build", () => {
  it("extracts only the new document, and writes what a full build writes", async () => {
    const corpus = temporary("corpus");
    const [last, ...rest] = readdirSync(seedDir).sort().reverse();
    for (const file of rest) copyFileSync(join(seedDir, file), join(corpus, file));
    const incremental = temporary("incremental");
    expect((await build([corpus], incremental)).cached).toBe(0);
    copyFileSync(join(seedDir, last ?? ""), join(corpus, last ?? ""));
    const again = await build([corpus], incremental);
    expect({ documents: again.documents, cached: again.cached }).toEqual({ documents: 5, cached: 4 });
    const full = temporary("full");
    await build([corpus], full);
    expectSameOutputs(incremental, full);
    // Another extractor (changed code, another knowledge base) reuses nothing.
    expect((await build([corpus], incremental, "test-2")).cached).toBe(0);
  }, 120_000);

  it("reads the corpus in a thread of its own when asked (as beside a large cache), and writes the same", async () => {
    const corpus = temporary("beside");
    for (const file of readdirSync(seedDir).sort().slice(0, 3)) copyFileSync(join(seedDir, file), join(corpus, file));
    writeFileSync(join(corpus, "broken.json"), "{not json");
    const here = temporary("read-here");
    const first = await build([corpus], here);
    const beside = temporary("read-beside");
    const inputs = [corpus, seedRecords(2)];
    const cold = await buildCorpus({ inputs, outDir: beside, dataDir, workers: 0, extractorVersion: "test", readInBackground: true });
    const warm = await buildCorpus({ inputs, outDir: beside, dataDir, workers: 0, extractorVersion: "test", readInBackground: true });
    await build(inputs, here);
    expect(first.skipped.map(({ source }) => source)).toEqual(["broken.json"]);
    expect({ skipped: cold.skipped, cached: cold.cached }).toEqual({ skipped: first.skipped, cached: 0 });
    expect({ skipped: warm.skipped, cached: warm.cached, upToDate: warm.upToDate }).toEqual({ skipped: first.skipped, cached: cold.documents, upToDate: true });
    expectSameOutputs(beside, here);
  }, 120_000);

  it("keeps graph files that are already those of the same documents, and writes them again when one was touched", async () => {
    const corpus = temporary("same");
    for (const file of readdirSync(seedDir).sort().slice(0, 3)) copyFileSync(join(seedDir, file), join(corpus, file));
    const out = temporary("kept");
    const first = await build([corpus], out);
    const written = statSync(join(out, "graph.json")).mtimeMs;
    const again = await build([corpus], out);
    expect({ upToDate: again.upToDate, cached: again.cached, statements: again.statements, viewerNodes: again.viewerNodes }).toEqual({ upToDate: true, cached: 3, statements: first.statements, viewerNodes: first.viewerNodes });
    expect(statSync(join(out, "graph.json")).mtimeMs).toBe(written);
    // A graph file changed by hand, or gone, is written anew; so are all of them for other inputs' names (graph.json's builtFrom).
    writeFileSync(join(out, "viewer-graph.json"), "{}");
    expect((await build([corpus], out)).upToDate).toBe(false);
    expect(readFileSync(join(out, "viewer-graph.json"), "utf8")).not.toBe("{}");
    expect((await build([corpus], out)).upToDate).toBe(true);
    expect((await build([`${corpus}/`], out)).upToDate).toBe(false);
    const full = temporary("kept-full");
    await build([`${corpus}/`], full);
    expectSameOutputs(out, full);
  }, 120_000);

  it("keeps what a killed build finished, torn last entry and all, and the next build finishes the rest", async () => {
    const corpus = seedRecords(4);
    const out = temporary("killed");
    // tsx as a loader of this process, not tsx's CLI, which runs the build in a child of its own that a kill would miss.
    const cli = ["--import", import.meta.resolve("tsx"), join(root, "src", "cli.ts")];
    const child = spawn(process.execPath, [...cli, "build", corpus, "--out", out, "--quiet", "--workers", "0"], { stdio: "ignore" });
    const cacheFile = () => {
      const dir = join(out, "cache");
      const [name] = existsSync(dir) ? readdirSync(dir) : [];
      return name === undefined ? null : join(dir, name);
    };
    const finished = () => {
      const file = cacheFile();
      // Each entry starts with a header line: the document's hash and four lengths.
      return file === null ? 0 : (readFileSync(file, "latin1").match(/^[0-9a-f]{64}\t\d+\t\d+\t\d+\t\d+$/gm) ?? []).length;
    };
    while (finished() < 3) {
      expect(child.exitCode, "the build ended before it could be killed").toBeNull();
      await new Promise((resume) => setTimeout(resume, 50));
    }
    child.kill("SIGKILL");
    await new Promise((resume) => child.once("exit", resume));
    const kept = finished();
    expect(kept).toBeLessThan(20);
    appendFileSync(cacheFile() ?? "", `${"f".repeat(64)}\t400\t300\t10\t10\n{"doc":{"id":`);

    // The version the CLI used: the hash of the same sources, as vitest runs them from src/ as tsx does.
    const resumed = await build([corpus], out, extractorVersion());
    expect({ documents: resumed.documents, cached: resumed.cached }).toEqual({ documents: 20, cached: kept });
    const full = temporary("full");
    await build([corpus], full, extractorVersion());
    expectSameOutputs(out, full);
  }, 180_000);
});

