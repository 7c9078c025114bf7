// The extraction cache file: records, document lines and pieces as stored, what survives a torn write, what a changed key throws away, and
// that unused entries are dropped when it closes.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, openExtractionCache } from "../src/build/extraction-cache.js";

const hash = (n: number) => String(n).padStart(64, "0");
/** A piece of no nodes whose edges are `text`: bytes of any kind, line breaks included (GEXF is full of them). */
function piece(text: string): Buffer {
  const header = Buffer.alloc(20);
  // Its words: nodes, edges, mentions, node bytes, edge bytes.
  header.writeUInt32LE(Buffer.byteLength(text), 16);
  return Buffer.concat([header, Buffer.from(text)]);
}
const pieces = (n: number) => ({ json: piece(`{"n":${n}}`), gexf: piece(`<node id="${n}">\n</node>\n`) });
const line = (n: number) => Buffer.from(`{"id":"d${n}","text":"Он сказал."}\n`);

describe("extraction cache", () => {
  it("keeps every complete entry and cuts a torn last one, so appends start clean", () => {
    const dir = mkdtempSync(join(tmpdir(), "actorgraph-cache-"));
    const cache = openExtractionCache(dir, "k1");
    expect(cache.put(hash(1), `{"a":1}`, line(1), pieces(1)).record.toString()).toBe(`{"a":1}`);
    cache.put(hash(2), `{"b":"é"}`, line(2), pieces(2));
    const [file = ""] = readdirSync(dir);
    // A crash in the middle of a write leaves an entry shorter than its header says.
    appendFileSync(join(dir, file), `${hash(3)}\t6\t7\t8\t9\n{"c":`);
    const reopened = openExtractionCache(dir, "k1");
    // Records and pieces come back as the bytes they were stored as.
    expect(reopened.get(hash(1))?.record.toString()).toBe(`{"a":1}`);
    expect(reopened.get(hash(2))?.record.toString()).toBe(`{"b":"é"}`);
    expect(reopened.get(hash(2))?.documentLine.equals(line(2))).toBe(true);
    expect(Buffer.from(reopened.get(hash(2))?.pieces.read("gexf", "edges") ?? []).toString()).toBe(`<node id="2">\n</node>\n`);
    expect(reopened.get(hash(3))).toBeUndefined();
    reopened.put(hash(4), `{"d":4}`, line(4), pieces(4));
    reopened.close(new Set([hash(1), hash(2), hash(4)]));
    const entry = (n: number, record: string) =>
      `${hash(n)}\t${Buffer.byteLength(record)}\t${line(n).length}\t${pieces(n).json.length}\t${pieces(n).gexf.length}\n${record}${line(n)}${pieces(n).json}${pieces(n).gexf}\n`;
    expect(readFileSync(join(dir, file), "utf8")).toBe(entry(1, `{"a":1}`) + entry(2, `{"b":"é"}`) + entry(4, `{"d":4}`));
  });

  it("reads back records longer than a read at opening takes, and the entries after them", () => {
    const dir = mkdtempSync(join(tmpdir(), "actorgraph-cache-"));
    const cache = openExtractionCache(dir, "k1");
    const long = JSON.stringify({ text: "Сказал он. ".repeat(4000) });
    cache.put(hash(1), `{"a":1}`, line(1), pieces(1));
    cache.put(hash(2), long, line(2), pieces(2));
    cache.put(hash(3), `{"c":3}`, line(3), pieces(3));
    cache.close();
    const reopened = openExtractionCache(dir, "k1");
    expect(reopened.get(hash(2))?.record.toString()).toBe(long);
    expect([1, 3].map((n) => reopened.get(hash(n))?.record.toString())).toEqual([`{"a":1}`, `{"c":3}`]);
    expect(reopened.get(hash(3))?.documentLine.equals(line(3))).toBe(true);
    expect(Buffer.from(reopened.get(hash(2))?.pieces.read("json", "edges") ?? []).toString()).toBe(`{"n":2}`);
    expect(Buffer.from(reopened.get(hash(3))?.pieces.head("json") ?? []).equals(pieces(3).json.subarray(0, 20))).toBe(true);
  });

  it("drops entries the build did not use, and the files of other keys", () => {
    const dir = mkdtempSync(join(tmpdir(), "actorgraph-cache-"));
    const old = openExtractionCache(dir, cacheKey("0.1.0+aaa", "kb1"));
    old.put(hash(1), "{}", line(1), pieces(1));
    old.close(new Set([hash(1)]));
    const current = openExtractionCache(dir, cacheKey("0.1.0+bbb", "kb1"));
    expect(current.get(hash(1))).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(1);
    current.put(hash(2), "{}", line(2), pieces(2));
    current.put(hash(3), "{}", line(3), pieces(3));
    current.close(new Set([hash(3)]));
    expect(openExtractionCache(dir, cacheKey("0.1.0+bbb", "kb1")).get(hash(2))).toBeUndefined();
    expect(cacheKey("v", "kb1")).not.toBe(cacheKey("v", "kb2"));
  });
});
