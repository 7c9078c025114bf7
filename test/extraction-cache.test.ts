// The extraction cache file: what survives a torn write, what a changed key throws away, and
// that unused entries are dropped when it closes.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, openExtractionCache } from "../src/build/extraction-cache.js";

const hash = (n: number) => String(n).padStart(64, "0");

describe("extraction cache", () => {
  it("keeps every complete line and cuts a torn last one, so appends start clean", () => {
    const dir = mkdtempSync(join(tmpdir(), "actorgraph-cache-"));
    const cache = openExtractionCache(dir, "k1");
    expect(cache.put(hash(1), `{"a":1}`).toString()).toBe(`{"a":1}`);
    cache.put(hash(2), `{"b":"é"}`);
    const [file = ""] = readdirSync(dir);
    // A crash in the middle of a write leaves a line without its end.
    appendFileSync(join(dir, file), `${hash(3)}\t{"c":`);
    const reopened = openExtractionCache(dir, "k1");
    // The records come back as the UTF-8 bytes they were stored as.
    expect(reopened.get(hash(1))?.toString()).toBe(`{"a":1}`);
    expect(reopened.get(hash(2))?.toString()).toBe(`{"b":"é"}`);
    expect(reopened.get(hash(3))).toBeUndefined();
    reopened.put(hash(4), `{"d":4}`);
    reopened.close(new Set([hash(1), hash(2), hash(4)]));
    expect(readFileSync(join(dir, file), "utf8")).toBe(`${hash(1)}\t{"a":1}\n${hash(2)}\t{"b":"é"}\n${hash(4)}\t{"d":4}\n`);
  });

  it("drops entries the build did not use, and the files of other keys", () => {
    const dir = mkdtempSync(join(tmpdir(), "actorgraph-cache-"));
    const old = openExtractionCache(dir, cacheKey("0.1.0+aaa", "kb1"));
    old.put(hash(1), "{}");
    old.close(new Set([hash(1)]));
    const current = openExtractionCache(dir, cacheKey("0.1.0+bbb", "kb1"));
    expect(current.get(hash(1))).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(1);
    current.put(hash(2), "{}");
    current.put(hash(3), "{}");
    current.close(new Set([hash(3)]));
    expect(openExtractionCache(dir, cacheKey("0.1.0+bbb", "kb1")).get(hash(2))).toBeUndefined();
    expect(cacheKey("v", "kb1")).not.toBe(cacheKey("v", "kb2"));
  });
});
