// The extraction cache: one append-only file per output folder and cache key (extractor version
// and knowledge-base hash), one line per extracted document, "<document hash>\t<record JSON>",
// written as each document completes. A build that crashes keeps every line it finished; a torn
// last line is cut off when the cache is next opened. Files of other keys are stale and removed.
// A stored record that no longer parses is the caller's to treat as missing. Records are kept as
// the file's UTF-8 bytes, not as strings: 10,000 records are a hundred megabytes of bytes outside
// the JavaScript heap, or twice that in long-lived strings for the collector to copy and trace.
import { createHash } from "node:crypto";
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { SourceDocument } from "../schema/document.js";

export interface ExtractionCache {
  /** The stored record JSON for a document hash, in UTF-8. */
  get(documentHash: string): Buffer | undefined;
  /** Stores a record and appends it to the file at once, so a crash after this keeps it; returns the record's bytes as stored. */
  put(documentHash: string, recordJson: string): Buffer;
  /** Closes the file, first rewriting it without the entries `used` does not name, if there are any. */
  close(used: ReadonlySet<string>): void;
}

const PREFIX = "extractions-";
/** A SHA-256 in hex, then a tab. */
const HASH_LENGTH = 64;
const TAB = 9;
const LINE_BREAK = Buffer.from("\n");

/** The hash a document is cached under: everything extraction reads from it, text and metadata. */
export function hashDocument(document: SourceDocument): string {
  return createHash("sha256").update(JSON.stringify(document)).digest("hex");
}

/** The key of a cache file: extractions are reused only by the same extractor on the same knowledge base. */
export function cacheKey(extractorVersion: string, resourcesHash: string): string {
  return createHash("sha256").update(`${extractorVersion}\0${resourcesHash}`).digest("hex").slice(0, 16);
}

export function openExtractionCache(dir: string, key: string): ExtractionCache {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${PREFIX}${key}.jsonl`);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(PREFIX) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
  }
  const { entries, intactBytes } = existsSync(file) ? readEntries(file) : { entries: new Map<string, Buffer>(), intactBytes: 0 };
  const fd = openSync(file, "a");
  // Appends go after the last complete line, never onto a torn one.
  ftruncateSync(fd, intactBytes);
  return {
    get: (documentHash) => entries.get(documentHash),
    put(documentHash, recordJson) {
      const line = Buffer.from(`${documentHash}\t${recordJson}\n`);
      writeSync(fd, line);
      const record = line.subarray(HASH_LENGTH + 1, line.length - 1);
      entries.set(documentHash, record);
      return record;
    },
    close(used) {
      closeSync(fd);
      if (![...entries.keys()].every((hash) => used.has(hash))) rewriteWith(file, entries, used);
      // The records' bytes (a hundred megabytes for 10,000 documents) are not needed from here on.
      entries.clear();
    },
  };
}

/** Documents no longer in the corpus would otherwise make the file grow with every change. */
function rewriteWith(file: string, entries: Map<string, Buffer>, used: ReadonlySet<string>): void {
  const temporary = `${file}.tmp`;
  const out = openSync(temporary, "w");
  for (const [hash, record] of entries) if (used.has(hash)) writeSync(out, Buffer.concat([Buffer.from(`${hash}\t`), record, LINE_BREAK]));
  closeSync(out);
  renameSync(temporary, file);
}

/**
 * The complete entries of a cache file, and how many bytes they take from its start. Each entry
 * was written whole by one write, so only the last line can be torn: it lacks its line break.
 */
function readEntries(file: string): { entries: Map<string, Buffer>; intactBytes: number } {
  const bytes = readFileSync(file);
  const entries = new Map<string, Buffer>();
  let start = 0;
  for (let end = bytes.indexOf(10, start); end !== -1; start = end + 1, end = bytes.indexOf(10, start)) {
    if (bytes[start + HASH_LENGTH] !== TAB) continue;
    entries.set(bytes.toString("latin1", start, start + HASH_LENGTH), bytes.subarray(start + HASH_LENGTH + 1, end));
  }
  return { entries, intactBytes: start };
}
