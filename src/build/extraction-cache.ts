// The extraction cache: one append-only file per output folder and cache key (extractor version
// and knowledge-base hash), one entry per extracted document, written as each document completes:
// a header line, "<document hash>\t<record bytes>\t<document line bytes>\t<graph.json piece
// bytes>\t<graph.gexf piece bytes>", then the record's JSON, the document's line in
// documents.jsonl (document-line.ts) and its statements' pieces (statement-pieces.ts), then a line
// break. A build that crashes keeps every entry it finished; a torn last one is cut off when the
// cache is next opened. Files of other keys (or of another layout) are stale and removed. A stored
// record that no longer parses is the caller's to treat as missing. Records and lines are kept as
// the file's UTF-8 bytes, not as strings: 10,000 of each are 170 megabytes of bytes outside the
// JavaScript heap, or twice that in long-lived strings for the collector to copy and trace.
// Pieces, four times as large, stay in the file until the graph files are written, and are read
// from it then, one at a time: graph.json's by the build's thread, graph.gexf's by the thread that
// writes that file, from where the build says they are.
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writevSync } from "node:fs";
import { join } from "node:path";
import { PIECE_HEAD_BYTES, pieceParts, type PiecePart, type PieceSource, type StatementPieces } from "../graph/statement-pieces.js";
import type { SourceDocument } from "../schema/document.js";

/** What the cache holds for a document: its record's JSON and its line in documents.jsonl in UTF-8, and where its statements' pieces are. */
export interface CacheEntry {
  record: Buffer;
  documentLine: Buffer;
  pieces: CachedPieces;
}

/** Bytes of a file, where another thread can read them itself (readRange). */
export interface FileRange {
  path: string;
  at: number;
  length: number;
}

/** Pieces in the cache's file: each part can be read here, or located and read by another thread. */
export interface CachedPieces extends PieceSource {
  locate(file: keyof StatementPieces, part: PiecePart): FileRange;
}

export function isCached(pieces: PieceSource): pieces is CachedPieces {
  return "locate" in pieces;
}

/** The bytes of a range, read through `fds`, the files this thread has opened, by path. */
export function readRange({ path, at, length }: FileRange, fds: Map<string, number>): Uint8Array {
  let fd = fds.get(path);
  if (fd === undefined) fds.set(path, (fd = openSync(path, "r")));
  return readAt(fd, at, length);
}

export interface ExtractionCache {
  get(documentHash: string): CacheEntry | undefined;
  /** Stores an entry and appends it to the file at once, so a crash after this keeps it; returns it as stored. */
  put(documentHash: string, recordJson: string, documentLine: Uint8Array, pieces: StatementPieces): CacheEntry;
  /**
   * Closes the file, first rewriting it without the entries `used` does not name, if it is given
   * and there are any. The entries' pieces can no longer be read.
   */
  close(used?: ReadonlySet<string>): void;
}

const PREFIX = "extractions-";
/** A SHA-256 in hex. */
const HASH_LENGTH = 64;
const LINE_BREAK = 10;
/** Longer than any header line: a hash, four lengths and their tabs. */
const HEADER_BYTES = 128;

/**
 * Where an entry's parts are in the file, and its pieces' heads once read: every part read needs
 * its piece's head, so each is read once (the JSON piece's with the record, when the file is opened).
 */
type Stored = { record: Buffer; documentLine: Buffer; json: number; jsonLength: number; gexf: number; gexfLength: number; heads: Partial<Record<keyof StatementPieces, Uint8Array>> };

/** The hash a document is cached under: everything extraction reads from it, text and metadata. */
export function hashDocument(document: SourceDocument): string {
  return createHash("sha256").update(JSON.stringify(document)).digest("hex");
}

/** What an entry holds, as its header line lists it: a file of another layout is another key's. */
const LAYOUT = "record, document line, graph.json piece, graph.gexf piece";

/** The key of a cache file: extractions are reused only by the same extractor on the same knowledge base. */
export function cacheKey(extractorVersion: string, resourcesHash: string): string {
  return createHash("sha256").update(`${LAYOUT}\0${extractorVersion}\0${resourcesHash}`).digest("hex").slice(0, 16);
}

/** How many bytes the cache of this key holds in `dir`: none when there is none. */
export function cachedBytes(dir: string, key: string): number {
  return statSync(cacheFile(dir, key), { throwIfNoEntry: false })?.size ?? 0;
}

function cacheFile(dir: string, key: string): string {
  return join(dir, `${PREFIX}${key}.bin`);
}

export function openExtractionCache(dir: string, key: string): ExtractionCache {
  mkdirSync(dir, { recursive: true });
  const file = cacheFile(dir, key);
  // Any other file of ours is of another key, or of an older layout (.jsonl, records alone).
  for (const name of readdirSync(dir)) {
    if (name.startsWith(PREFIX) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
  }
  // Read and appended to: the pieces are read back from it when the graph files are written.
  const fd = openSync(file, existsSync(file) ? "r+" : "w+");
  const { entries, intactBytes } = readEntries(fd);
  // Appends go after the last complete entry, never onto a torn one.
  ftruncateSync(fd, intactBytes);
  let size = intactBytes;
  const read = (at: number, length: number) => readAt(fd, at, length);
  const asEntry = (stored: Stored): CacheEntry => {
    const where = (piece: keyof StatementPieces) => (piece === "json" ? { at: stored.json, length: stored.jsonLength } : { at: stored.gexf, length: stored.gexfLength });
    const head = (piece: keyof StatementPieces) => {
      const { at, length } = where(piece);
      return (stored.heads[piece] ??= read(at, Math.min(PIECE_HEAD_BYTES, length)));
    };
    const locate = (piece: keyof StatementPieces, which: PiecePart): FileRange => {
      const { at, length } = where(piece);
      const [start, end] = pieceParts(head(piece), length)[which];
      return { path: file, at: at + start, length: end - start };
    };
    return {
      record: stored.record,
      documentLine: stored.documentLine,
      pieces: {
        read(piece, which) {
          const { at, length } = locate(piece, which);
          return read(at, length);
        },
        head,
        locate,
      },
    };
  };
  return {
    get(documentHash) {
      const stored = entries.get(documentHash);
      return stored === undefined ? undefined : asEntry(stored);
    },
    put(documentHash, recordJson, line, { json, gexf }) {
      const record = Buffer.from(recordJson);
      const documentLine = Buffer.from(line.buffer, line.byteOffset, line.byteLength);
      const header = Buffer.from(`${documentHash}\t${record.length}\t${line.length}\t${json.length}\t${gexf.length}\n`, "latin1");
      writeEntry(file, fd, [header, record, line, json, gexf], size);
      const pieces = size + header.length + record.length + line.length;
      const heads = { json: json.slice(0, PIECE_HEAD_BYTES), gexf: gexf.slice(0, PIECE_HEAD_BYTES) };
      const stored = { record, documentLine, json: pieces, jsonLength: json.length, gexf: pieces + json.length, gexfLength: gexf.length, heads };
      size = stored.gexf + gexf.length + 1;
      entries.set(documentHash, stored);
      return asEntry(stored);
    },
    close(used) {
      try {
        if (used !== undefined && ![...entries.keys()].every((hash) => used.has(hash))) rewriteWith(file, entries, used, read);
      } finally {
        closeSync(fd);
        entries.clear();
      }
    },
  };
}

const ENTRY_END = Uint8Array.of(LINE_BREAK);

/**
 * An entry's parts and its line break, in one call (at `position`, or where the file is), so a
 * crash tears this entry at most; from the parts as they are, not copied into one buffer first
 * (the 10k corpus's cache is 920 MB). A short write (a full disk) fails the build: the next entry
 * would otherwise land inside this one.
 */
function writeEntry(file: string, fd: number, parts: Uint8Array[], position?: number): void {
  const buffers = [...parts, ENTRY_END];
  const length = buffers.reduce((sum, part) => sum + part.length, 0);
  const written = writevSync(fd, buffers, position);
  if (written !== length) throw new Error(`${file}: wrote ${written} of an entry's ${length} bytes (is the disk full?)`);
}

/** Documents no longer in the corpus would otherwise make the file grow with every change. */
function rewriteWith(file: string, entries: Map<string, Stored>, used: ReadonlySet<string>, read: (at: number, length: number) => Uint8Array): void {
  const temporary = `${file}.tmp`;
  const out = openSync(temporary, "w");
  try {
    for (const [hash, { record, documentLine, json, jsonLength, gexf, gexfLength }] of entries) {
      if (!used.has(hash)) continue;
      const header = Buffer.from(`${hash}\t${record.length}\t${documentLine.length}\t${jsonLength}\t${gexfLength}\n`, "latin1");
      writeEntry(temporary, out, [header, record, documentLine, read(json, jsonLength), read(gexf, gexfLength)]);
    }
  } finally {
    closeSync(out);
  }
  renameSync(temporary, file);
}

/**
 * The complete entries of a cache file, and how many bytes they take from its start. Each entry
 * was written whole by one write, so only the last can be torn: it ends before its lengths say.
 * Only headers, records, lines and the JSON pieces' heads are read; the rest of the pieces stays in the file.
 */
function readEntries(fd: number): { entries: Map<string, Stored>; intactBytes: number } {
  const size = fstatSync(fd).size;
  const entries = new Map<string, Stored>();
  let start = 0;
  while (start < size) {
    const head = readAt(fd, start, Math.min(HEADER_BYTES, size - start));
    const lineEnd = head.indexOf(LINE_BREAK);
    if (lineEnd === -1) break;
    const [hash = "", ...lengths] = Buffer.from(head.buffer, head.byteOffset, lineEnd).toString("latin1").split("\t");
    const [record = -1, line = -1, json = -1, gexf = -1] = lengths.map((length) => (/^\d+$/.test(length) ? Number(length) : -1));
    if (hash.length !== HASH_LENGTH || lengths.length !== 4 || Math.min(record, line, json, gexf) < 0) break;
    const body = start + lineEnd + 1;
    const pieces = body + record + line;
    const end = pieces + json + gexf;
    if (end >= size || readAt(fd, end, 1)[0] !== LINE_BREAK) break;
    // The record, the line and the head of the JSON piece after them, in one read.
    const bytes = readAt(fd, body, record + line + Math.min(PIECE_HEAD_BYTES, json));
    entries.set(hash, {
      record: Buffer.from(bytes.buffer, 0, record),
      documentLine: Buffer.from(bytes.buffer, record, line),
      json: pieces,
      jsonLength: json,
      gexf: pieces + json,
      gexfLength: gexf,
      heads: { json: bytes.subarray(record + line) },
    });
    start = end + 1;
  }
  return { entries, intactBytes: start };
}

/** `length` bytes of the file from `at`, in a buffer of their own (so a worker is sent just them). */
function readAt(fd: number, at: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let done = 0; done < length; ) {
    const got = readSync(fd, bytes, done, length - done, at + done);
    if (got === 0) throw new Error(`the extraction cache ends before an entry it listed (at byte ${at + done})`);
    done += got;
  }
  return bytes;
}
