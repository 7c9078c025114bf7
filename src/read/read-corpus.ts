// The I/O edge of the pipeline: walks the given files and folders in a fixed order and yields one
// SourceDocument per readable text, record or page, or a SkippedInput saying why not. A bad file
// never ends the run: every failure becomes a skipped entry for the build summary.
import { createReadStream } from "node:fs";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { InputFormat, SkippedInput, SourceDocument } from "../schema/document.js";
import { decodeText } from "./decode-text.js";
import { parseRecord, type ParseResult } from "./parse-record.js";

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; skipped: SkippedInput };

export interface ReadOptions {
  /** Largest file read (for JSONL: largest line), in bytes. Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The extensions read (case-insensitive); files with any other extension in a folder are passed over silently. */
export const READ_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  ".txt": "txt",
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
};

export async function* readCorpus(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      yield skip(given, describeFsError(error));
      continue;
    }
    if (info.isDirectory()) {
      for (const entry of await listFolder(given)) {
        if ("reason" in entry) yield skip(entry.source, entry.reason);
        else yield* readOne(entry.file, entry.source, entry.format, maxBytes);
      }
    } else if (info.isFile()) {
      const source = path.basename(given);
      const format = formatOf(given);
      // Named on the command line, so an unknown type is reported rather than passed over.
      if (format === null) yield skip(source, `unsupported file type; reads ${Object.keys(READ_EXTENSIONS).join(" ")}`);
      else yield* readOne(given, source, format, maxBytes);
    } else {
      yield skip(given, "not a regular file or folder");
    }
  }
}

type FolderEntry = { source: string; file: string; format: InputFormat } | { source: string; reason: string };

/**
 * The readable files under `root` (and folders that could not be listed), sorted by their path
 * relative to `root`. The byte order of the UTF-8 paths is code-point order, the same on every
 * machine and locale, unlike localeCompare or JavaScript's UTF-16 `<`.
 */
async function listFolder(root: string): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  // Real paths of folders already walked, so a symbolic link back up the tree cannot loop.
  const visited = new Set<string>();

  const visit = async (folder: string, relative: string): Promise<void> => {
    const where = relative === "" ? root : relative;
    let children;
    try {
      const real = await realpath(folder);
      if (visited.has(real)) return;
      visited.add(real);
      children = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      entries.push({ source: where, reason: `cannot list folder: ${describeFsError(error)}` });
      return;
    }
    for (const child of children) {
      if (child.name.startsWith(".")) continue;
      const file = path.join(folder, child.name);
      const source = relative === "" ? child.name : `${relative}/${child.name}`;
      const format = formatOf(child.name);
      let isFolder = child.isDirectory();
      let isFile = child.isFile();
      if (child.isSymbolicLink()) {
        try {
          const target = await stat(file);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (format !== null) entries.push({ source, reason: `broken link: ${describeFsError(error)}` });
          continue;
        }
      }
      if (isFolder) await visit(file, source);
      else if (isFile && format !== null) entries.push({ source, file, format });
    }
  };

  await visit(root, "");
  return entries.sort((a, b) => Buffer.compare(Buffer.from(a.source), Buffer.from(b.source)));
}

async function* readOne(file: string, source: string, format: InputFormat, maxBytes: number): AsyncGenerator<ReadResult> {
  if (format === "jsonl") {
    yield* readJsonlStream(createReadStream(file), source, { maxBytes });
    return;
  }
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > maxBytes) {
      yield skip(source, `file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}`);
      return;
    }
    bytes = await readFile(file);
  } catch (error) {
    yield skip(source, describeFsError(error));
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield skip(source, decoded.reason);
    return;
  }
  const text = decoded.text;
  switch (format) {
    case "txt":
    case "md":
      // The title is left to the metadata stage, which looks at the first lines.
      yield {
        ok: true,
        document: { id: source, source, format, text, title: null, published: null, authors: [], url: null, outlet: null },
      };
      return;
    case "html": {
      // Loaded with the first page: the DOM and Readability take a third of a second to load,
      // which a corpus without HTML, or a rebuild from the cache, need not wait for.
      const { parseHtml } = await import("./parse-html.js");
      yield fromParse(parseHtml(text, source), source);
      return;
    }
    case "json":
      yield* readJson(text, source);
      return;
  }
}

function* readJson(text: string, source: string): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield skip(source, `not JSON: ${errorMessage(error)}`);
    return;
  }
  if (!Array.isArray(value)) {
    yield fromParse(parseRecord(value, { source }), source);
    return;
  }
  if (value.length === 0) yield skip(source, "JSON array holds no records");
  for (const [index, element] of value.entries()) {
    const parsed = parseRecord(element, { source, index });
    yield parsed.ok ? parsed : skip(source, `record ${index}: ${parsed.reason}`);
  }
}

/**
 * One record per line, streamed so a large file never sits in memory whole. The stream is read as
 * latin1, which maps every byte to one character and back: readline still splits on the newline
 * bytes (which never occur inside a UTF-8 sequence), and each line's exact bytes can be decoded
 * strictly, so one badly encoded line is skipped with its number instead of turning into U+FFFD.
 * A byte stream: a .jsonl file, or stdin for `actorgraph extract`, its records named `source`.
 */
export async function* readJsonlStream(stream: Readable, source: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  stream.setEncoding("latin1");
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let firstRecord = true;
  try {
    for await (const raw of lines) {
      line++;
      if (/^[ \t\r]*$/.test(raw)) continue;
      const at = (reason: string): ReadResult => skip(source, `line ${line}: ${reason}`, line);
      // One latin1 character per byte, so the length is the line's size on disk.
      if (raw.length > maxBytes) {
        yield at(`line is ${formatBytes(raw.length)}, over the limit of ${formatBytes(maxBytes)}`);
        continue;
      }
      const decoded = decodeText(Buffer.from(raw, "latin1"));
      if (!decoded.ok && firstRecord) {
        // The first record already is not UTF-8 text (UTF-16, Latin-1, binary): the whole file is
        // in another encoding, and one entry says so better than one per line.
        yield skip(source, `line ${line}: ${decoded.reason}; the rest of the file was not read`);
        return;
      }
      firstRecord = false;
      if (!decoded.ok) {
        yield at(decoded.reason);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(decoded.text);
      } catch (error) {
        yield at(`not JSON: ${errorMessage(error)}`);
        continue;
      }
      const parsed = parseRecord(value, { source, line });
      yield parsed.ok ? parsed : at(parsed.reason);
    }
  } catch (error) {
    // Opening or reading the file failed (permissions, a folder named *.jsonl, a disk error).
    yield line === 0 ? skip(source, describeFsError(error)) : skip(source, `after line ${line}: ${describeFsError(error)}`);
  } finally {
    lines.close();
    stream.destroy();
  }
}

function fromParse(parsed: ParseResult, source: string): ReadResult {
  return parsed.ok ? parsed : skip(source, parsed.reason);
}

function skip(source: string, reason: string, line?: number): ReadResult {
  return { ok: false, skipped: line === undefined ? { source, reason } : { source, line, reason } };
}

function formatOf(file: string): InputFormat | null {
  return READ_EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** A short reason for a file-system error: the common codes in words, the rest as Node words them. */
function describeFsError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return `permission denied (${code})`;
  if (code === "EISDIR") return "is a folder, not a file";
  return errorMessage(error);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
