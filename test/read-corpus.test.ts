// Reading a corpus: every supported format, every way a file can be bad, and the walk order.
// Fixtures are written to a fresh temp folder per test; the real corpus is only read when present.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeText } from "../src/read/decode-text.js";
import { normaliseDate, parseRecord, splitAuthors } from "../src/read/parse-record.js";
import { readCorpus, type ReadResult } from "../src/read/read-corpus.js";
import type { SkippedInput, SourceDocument } from "../src/schema/document.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "actorgraph-read-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, content: string | Uint8Array): string {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function readAll(paths: string[], options?: { maxBytes?: number }): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readCorpus(paths, options)) results.push(result);
  return results;
}

function documents(results: ReadResult[]): SourceDocument[] {
  return results.flatMap((r) => (r.ok ? [r.document] : []));
}

function skipped(results: ReadResult[]): SkippedInput[] {
  return results.flatMap((r) => (r.ok ? [] : [r.skipped]));
}

async function readOneDocument(file: string): Promise<SourceDocument> {
  const results = await readAll([file]);
  expect(skipped(results)).toEqual([]);
  const [doc] = documents(results);
  if (doc === undefined) throw new Error(`no document read from ${file}`);
  return doc;
}

async function readOneSkip(file: string, options?: { maxBytes?: number }): Promise<SkippedInput> {
  const results = await readAll([file], options);
  expect(documents(results)).toEqual([]);
  const [skip] = skipped(results);
  if (skip === undefined) throw new Error(`nothing skipped for ${file}`);
  return skip;
}

describe("plain text", () => {
  it("drops a UTF-8 BOM and keeps CRLF exactly", async () => {
    const file = write("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Title line\r\n\r\nBody, café.\r\n")]));
    const doc = await readOneDocument(file);
    expect(doc.text).toBe("Title line\r\n\r\nBody, café.\r\n");
    expect(doc).toMatchObject({ id: "bom.txt", source: "bom.txt", format: "txt", title: null, published: null, authors: [] });
  });

  it("reads markdown as text", async () => {
    const doc = await readOneDocument(write("note.md", "# Heading\n\nSome *text*.\n"));
    expect(doc).toMatchObject({ format: "md", text: "# Heading\n\nSome *text*.\n", title: null });
  });

  it("skips a binary file", async () => {
    const skip = await readOneSkip(write("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])));
    expect(skip.source).toBe("image.txt");
    expect(skip.reason).toMatch(/binary/);
  });

  it("skips a Latin-1 file, naming the byte and its offset", async () => {
    const skip = await readOneSkip(write("latin1.txt", Buffer.from("Le café est fermé.", "latin1")));
    expect(skip.reason).toBe("not UTF-8: invalid byte 0xE9 at offset 6; convert it to UTF-8");
  });

  it("skips an empty or whitespace-only file", async () => {
    expect((await readOneSkip(write("empty.txt", ""))).reason).toBe("empty file");
    expect((await readOneSkip(write("blank.txt", " \r\n\t\n"))).reason).toBe("empty file");
  });

  it("skips a file over the size limit, giving size and limit", async () => {
    const skip = await readOneSkip(write("big.txt", "x".repeat(250)), { maxBytes: 100 });
    expect(skip.reason).toBe("file is 250 bytes, over the limit of 100 bytes");
  });
});

describe("decodeText", () => {
  it("rejects UTF-16", () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ ok: false, reason: "UTF-16 is not supported; save as UTF-8" });
  });

  it("counts the BOM in the offset of an invalid byte", () => {
    const result = decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3]));
    expect(result).toEqual({ ok: false, reason: "not UTF-8: invalid byte 0xC3 at offset 4; convert it to UTF-8" });
  });
});

describe("JSON", () => {
  it("reads a record with scraper field names", async () => {
    const file = write(
      "news-please.json",
      JSON.stringify({
        headline: "Leaders meet",
        maintext: "The two leaders met.\nThey talked.",
        date_publish: "2019-07-15 10:20:00",
        authors: "By Jane Doe and John Roe",
        source_name: "Example News",
        link: "https://example.com/a",
      }),
    );
    const doc = await readOneDocument(file);
    expect(doc).toEqual({
      id: "news-please.json",
      source: "news-please.json",
      format: "json",
      text: "The two leaders met.\nThey talked.",
      title: "Leaders meet",
      published: "2019-07-15",
      authors: ["Jane Doe", "John Roe"],
      url: "https://example.com/a",
      outlet: "Example News",
    });
  });

  it("reads each element of a top-level array, ids from the record or #index", async () => {
    const file = write(
      "batch.json",
      JSON.stringify([
        { id: 7, title: "First", text: "One." },
        { title: "Second", content: "Two." },
        { title: "Third, no body" },
      ]),
    );
    const results = await readAll([file]);
    expect(documents(results).map((d) => [d.id, d.text])).toEqual([
      ["7", "One."],
      ["batch.json#1", "Two."],
    ]);
    expect(skipped(results)).toEqual([
      { source: "batch.json", reason: "record 2: record has no text (looked for text, maintext, content, body, article)" },
    ]);
  });

  it("skips a record without text", async () => {
    const skip = await readOneSkip(write("notext.json", JSON.stringify({ title: "Only a title", text: "   " })));
    expect(skip).toEqual({ source: "notext.json", reason: "record has no text (looked for text, maintext, content, body, article)" });
  });

  it("skips malformed JSON with the parser's message", async () => {
    const skip = await readOneSkip(write("broken.json", '{"title": "x", '));
    expect(skip.reason).toMatch(/^not JSON: /);
  });

  it("reads JSONL line by line, skipping only the malformed line with its number", async () => {
    const lines = [
      JSON.stringify({ id: "a", text: "Alpha." }),
      JSON.stringify({ text: "Beta.", date: "July 15, 2019" }),
      '{"id": "c", "text": "Gamma." oops',
      "",
      JSON.stringify({ id: "d", text: "Delta." }),
    ];
    // With a BOM and CRLF line ends, as Windows tools write it.
    const results = await readAll([write("records.jsonl", "\uFEFF" + lines.join("\r\n") + "\n")]);
    expect(documents(results).map((d) => [d.id, d.line, d.format, d.text, d.published])).toEqual([
      ["a", 1, "jsonl", "Alpha.", null],
      ["records.jsonl#2", 2, "jsonl", "Beta.", "2019-07-15"],
      ["d", 5, "jsonl", "Delta.", null],
    ]);
    const [bad] = skipped(results);
    expect(skipped(results)).toHaveLength(1);
    expect(bad?.source).toBe("records.jsonl");
    expect(bad?.line).toBe(3);
    expect(bad?.reason).toMatch(/^line 3: not JSON: /);
  });

  it("applies the size limit per JSONL line and reports a badly encoded line", async () => {
    const file = write(
      "mixed.jsonl",
      Buffer.concat([
        Buffer.from(JSON.stringify({ id: "ok", text: "Fine." }) + "\n"),
        Buffer.from(JSON.stringify({ id: "long", text: "y".repeat(200) }) + "\n"),
        Buffer.from('{"id": "latin", "text": "caf\xe9"}\n', "latin1"),
      ]),
    );
    const results = await readAll([file], { maxBytes: 100 });
    expect(documents(results).map((d) => d.id)).toEqual(["ok"]);
    expect(skipped(results).map((s) => [s.line, s.reason])).toEqual([
      [2, expect.stringMatching(/^line 2: line is \d+ bytes, over the limit of 100 bytes$/)],
      [3, "line 3: not UTF-8: invalid byte 0xE9 at offset 28; convert it to UTF-8"],
    ]);
  });
});

describe("HTML", () => {
  const page = `<!doctype html>
<html><head>
<title>Leaders meet in Helsinki for summit talks | Example News</title>
<meta property="article:published_time" content="2019-07-15T23:30:00-05:00">
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/helsinki">
<script>var tracking = "should never appear";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport menu</a></li></ul></nav>
<article>
<h1>Leaders meet in Helsinki for summit talks</h1>
<p>The two   presidents met on Monday in the Finnish capital for talks that lasted nearly two hours, officials said after the meeting ended.</p>
<p>Reporters were <b>kept</b> outside the room while the leaders spoke through interpreters, and no agreement was announced by either side afterwards.</p>
<p>Analysts said the summit would be judged by what follows rather than by the statements made at the press conference that closed the day.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>`;

  it("reads the article, not the navigation, with title, date, author, url and outlet", async () => {
    const doc = await readOneDocument(write("page.html", page));
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("Leaders meet in Helsinki for summit talks");
    expect(doc.published).toBe("2019-07-15");
    expect(doc.authors).toEqual(["Jane Doe"]);
    expect(doc.url).toBe("https://example.com/helsinki");
    expect(doc.outlet).toBe("Example News");
    expect(doc.text).not.toMatch(/Sport menu|Copyright|tracking/);
    const paragraphs = doc.text.split("\n\n");
    expect(paragraphs).toContain(
      "The two presidents met on Monday in the Finnish capital for talks that lasted nearly two hours, officials said after the meeting ended.",
    );
    expect(paragraphs.at(-1)).toMatch(/^Analysts said/);
  });

  it("falls back to the body text of a fragment, and skips a page without text", async () => {
    const doc = await readOneDocument(write("fragment.htm", "<p>Short note.</p><p>Second   one.</p>"));
    expect(doc.text).toBe("Short note.\n\nSecond one.");
    const skip = await readOneSkip(write("scripts.html", "<html><body><script>x()</script></body></html>"));
    expect(skip.reason).toMatch(/no text/);
  });
});

describe("paths and order", () => {
  it("reports a path that does not exist", async () => {
    const missing = path.join(dir, "nope");
    expect(await readAll([missing])).toEqual([{ ok: false, skipped: { source: missing, reason: "no such file or directory" } }]);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file", async () => {
    const file = write("locked.txt", "secret");
    chmodSync(file, 0o000);
    expect((await readOneSkip(file)).reason).toBe("permission denied (EACCES)");
  });

  it("walks a nested folder in code-point order of relative paths, skipping hidden and other files", async () => {
    for (const name of ["b/z.txt", "a-c.md", "a/b.txt", "B.txt", "a/.hidden.txt", ".git/x.txt", "a/notes.pdf", "Z.TXT", "é.txt", "a/b/c.json"]) {
      write(path.join("corpus", name), name.endsWith(".json") ? JSON.stringify({ text: "c" }) : `text of ${name}`);
    }
    const sources = documents(await readAll([path.join(dir, "corpus")])).map((d) => d.source);
    expect(sources).toEqual(["B.txt", "Z.TXT", "a-c.md", "a/b.txt", "a/b/c.json", "b/z.txt", "é.txt"]);
  });

  it("uses the base name as source for a file given directly", async () => {
    const doc = await readOneDocument(write("deep/down/story.txt", "Text."));
    expect(doc.source).toBe("story.txt");
  });
});

describe("record fields", () => {
  it("normalises the common date forms and never invents one", () => {
    expect(normaliseDate("2019-07-15")).toBe("2019-07-15");
    expect(normaliseDate("2019-07-15T10:20:00Z")).toBe("2019-07-15");
    expect(normaliseDate("July 15, 2019")).toBe("2019-07-15");
    expect(normaliseDate("15 July 2019")).toBe("2019-07-15");
    expect(normaliseDate("Mon, 15 Jul 2019 10:20:00 GMT")).toBe("2019-07-15");
    expect(normaliseDate("2019-07")).toBe("2019-07");
    expect(normaliseDate("2019")).toBe("2019");
    expect(normaliseDate("10/18/16")).toBe("2016-10-18");
    expect(normaliseDate("4/12/19")).toBeNull(); // April 12 or 4 December: not guessed
    expect(normaliseDate("2019-02-30")).toBeNull();
    expect(normaliseDate("yesterday")).toBeNull();
    expect(normaliseDate("")).toBeNull();
  });

  it("splits bylines into names", () => {
    expect(splitAuthors("By Jane Doe and John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(splitAuthors('Katie Pavlich, "Cortney OBrien"')).toEqual(["Katie Pavlich", "Cortney OBrien"]);
    expect(splitAuthors("Alexander Anderson")).toEqual(["Alexander Anderson"]);
  });

  it("takes authors from an array and the outlet from a publisher object", () => {
    const result = parseRecord(
      { text: "Body.", author: ["A. Writer", "B. Writer"], publisher: { name: "Reuters" } },
      { source: "x.json" },
    );
    expect(result).toMatchObject({ ok: true, document: { authors: ["A. Writer", "B. Writer"], outlet: "Reuters" } });
  });

  it("rejects a record that is not an object", () => {
    expect(parseRecord("just a string", { source: "x.jsonl", line: 4 })).toEqual({
      ok: false,
      reason: "record is not a JSON object (got a string)",
    });
  });
});

const INTL = "/work/shared/corpus/intl";
describe.skipIf(!existsSync(INTL))("the real intl corpus", () => {
  it("reads title, date and text of the first three records as the records give them", async () => {
    const files = readdirSync(INTL)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .slice(0, 3)
      .map((name) => path.join(INTL, name));
    const docs = documents(await readAll(files));
    expect(docs).toHaveLength(3);
    for (const [i, doc] of docs.entries()) {
      const raw: unknown = JSON.parse(readFileSync(files[i] ?? "", "utf8"));
      expect(raw).toMatchObject({ id: doc.id, title: doc.title, text: doc.text, source: doc.outlet });
      expect(doc.title).not.toBe("");
      expect(doc.text.length).toBeGreaterThan(200);
      // These three carry "date": null in the corpus; a date must then stay null, not be invented.
      expect(raw).toMatchObject({ date: doc.published });
    }
  });
});
