import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openChunkedFile } from "../src/build/chunked-file.js";

describe("openChunkedFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "chunked-"));

  it("writes pieces in order across many buffers, the writer thread's and its own, multi-byte text and bytes included", () => {
    const file = join(dir, "big.txt");
    const pieces = Array.from({ length: 60_000 }, (_, i) => `${i}: Zelenskyy said «ça va» — 😀 ${"x".repeat(i % 97)}\n`);
    // Pieces larger than a buffer, text and bytes, written past the ring after what came before them.
    pieces.splice(30_000, 0, "é".repeat(1 << 20));
    pieces.splice(45_001, 0, "ü".repeat(1 << 20));
    const out = openChunkedFile(file);
    // Every third piece goes as UTF-8 bytes, as cached records do.
    pieces.forEach((piece, i) => (i % 3 === 0 ? out.writeBytes(Buffer.from(piece)) : out.write(piece)));
    out.close();
    expect(readFileSync(file, "utf8")).toBe(pieces.join(""));
  });

  it("writes a small file, which starts no writer thread", () => {
    const file = join(dir, "small.json");
    const out = openChunkedFile(file);
    out.write("[1,");
    out.write("2]\n");
    out.close();
    expect(readFileSync(file, "utf8")).toBe("[1,2]\n");
  });

  it("replaces a file written before, leaving nothing of the old one in its folder", async () => {
    const folder = mkdtempSync(join(dir, "again-"));
    const file = join(folder, "graph.gexf");
    writeFileSync(file, "the last build's graph, longer than the new one\n".repeat(1000));
    const out = openChunkedFile(file);
    out.write("<gexf/>\n");
    out.close();
    expect(readFileSync(file, "utf8")).toBe("<gexf/>\n");
    // The old file is deleted in the background.
    await expect.poll(() => readdirSync(folder)).toEqual(["graph.gexf"]);
  });

  it("reports a failed write with the file's name instead of losing it in the writer thread", () => {
    // /dev/full accepts the open and refuses every write: ENOSPC.
    const out = openChunkedFile("/dev/full");
    expect(() => {
      for (let i = 0; i < 10_000; i++) out.write("y".repeat(1_000));
    }).toThrow(/\/dev\/full: cannot write: .*ENOSPC/);
    // Closing after the failure, as writeChunks does in `finally`, neither hangs nor throws anew; nor does closing again.
    expect(() => out.close()).not.toThrow();
    expect(() => out.close()).not.toThrow();
  });
});
