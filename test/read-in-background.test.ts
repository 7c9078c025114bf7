// Reading in a thread of its own: the same documents, skips and order as readCorpus, each with
// the hash the extraction cache keys it by, across many batches; and a read stopped part-way
// ends its thread instead of hanging the build.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashDocument } from "../src/build/extraction-cache.js";
import { readInBackground, type HashedRead } from "../src/build/read-in-background.js";
import { readCorpus } from "../src/read/read-corpus.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "actorgraph-background-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Enough records for many batches, a bad line among them, a folder and a missing path. */
function corpus(): string[] {
  const records = Array.from({ length: 700 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Record ${i}`, text: `Minister ${i} said on Monday that the talks would go on. `.repeat(1 + (i % 7)) }));
  records.splice(350, 0, "{not json");
  writeFileSync(path.join(dir, "records.jsonl"), `${records.join("\n")}\n`);
  mkdirSync(path.join(dir, "pages"));
  writeFileSync(path.join(dir, "pages", "b.txt"), "The second page.\n");
  writeFileSync(path.join(dir, "pages", "a.md"), "# The first page\n\nIts text.\n");
  return [path.join(dir, "records.jsonl"), path.join(dir, "pages"), path.join(dir, "missing.jsonl")];
}

describe("reading in the background", () => {
  it("gives what readCorpus gives, in its order, each document with its cache hash", async () => {
    const inputs = corpus();
    const expected: HashedRead[] = [];
    for await (const result of readCorpus(inputs)) expected.push(result.ok ? { ...result, hash: hashDocument(result.document) } : result);
    const got: HashedRead[] = [];
    for await (const result of readInBackground(inputs)) got.push(result);
    expect(got).toEqual(expected);
    expect(got.filter((r) => r.ok)).toHaveLength(702);
    expect(got.filter((r) => !r.ok).map((r) => !r.ok && r.skipped.source)).toEqual(["records.jsonl", path.join(dir, "missing.jsonl")]);
  });

  it("ends its thread when the reader stops part-way", async () => {
    const reading = readInBackground(corpus());
    const first: string[] = [];
    for await (const result of reading) {
      if (result.ok) first.push(result.document.id);
      if (first.length === 3) break;
    }
    expect(first).toEqual(["r0", "r1", "r2"]);
    // Breaking out returned the generator, which ended the thread; closing again does nothing.
    await reading.close();
  });

  it("ends its thread when closed before anything was read", async () => {
    const reading = readInBackground(corpus());
    await reading.close();
    await expect(reading.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
