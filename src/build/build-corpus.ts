// The build: read a corpus (beside a large cache, in a thread of its own), extract each document
// (in worker threads, or from the extraction cache when the same extractor already did it), merge
// the records into one graph, lay it out, and write extractions.jsonl, documents.jsonl (the texts
// every offset points into), graph.json, graph.gexf, positions.json and viewer-graph.json, or keep
// the last build's graph files when they are those of the same documents (build-manifest.ts). A
// document that cannot be read or extracted is reported and skipped; it never costs the rest of
// the corpus.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { SkippedInput, SourceDocument } from "../schema/document.js";
import type { ExtractionRecord } from "../schema/extraction.js";
import type { PieceSource } from "../graph/statement-pieces.js";
import { cacheKey, cachedBytes, openExtractionCache, type ExtractionCache } from "./extraction-cache.js";
import { defaultWorkers, extractionFailure, extractionPool, type ExtractionPool } from "./extraction-pool.js";
import { openChunkedFile } from "./chunked-file.js";
import { buildFingerprint, recordBuild, unchangedBuild } from "./build-manifest.js";
import { finishBuild, type GraphSummary } from "./finish-build.js";
import { codeVersion } from "./package-root.js";
import { hashResources, loadResources } from "./load-resources.js";
import { mapInOrder } from "./map-in-order.js";
import { readHere, readInBackground, type HashedRead, type HashedReading } from "./read-in-background.js";

export interface BuildOptions {
  inputs: string[];
  outDir: string;
  /** The knowledge base and lexicons: data/ or a copy of it. */
  dataDir: string;
  extractorVersion: string;
  /** Worker threads for extraction; 0 extracts in this thread. Default: one per core. */
  workers?: number;
  /** Whether to read the corpus in a thread of its own. Default: when the cache holds READ_BESIDE_CACHE_BYTES or more. */
  readInBackground?: boolean;
  /** Called after each document, for a progress display. */
  onProgress?: (done: number, source: string) => void;
  now?: () => number;
}

export interface BuildSummary extends Omit<GraphSummary, "stageSeconds" | "documents"> {
  documents: number;
  /** Documents whose extraction came from the cache. */
  cached: number;
  /** The graph files were already those of these documents (build-manifest.ts), and were kept as they were. */
  upToDate: boolean;
  skipped: SkippedInput[];
  seconds: number;
  stageSeconds: { extract: number } & GraphSummary["stageSeconds"];
}

/**
 * Documents handed out per worker at a time. Results are taken in reading order, so a long
 * document holds back the ones after it: the window must be wide enough that the other worker
 * never runs dry behind it (a few hundred documents are a few megabytes).
 */
const IN_FLIGHT_PER_WORKER = 64;

type Extracted =
  | { ok: true; document: SourceDocument; hash: string; json: Uint8Array; documentLine: Uint8Array; record: ExtractionRecord; pieces: PieceSource; cached: boolean }
  | { ok: false; skipped: SkippedInput; source: string };

/**
 * A cache this large holds the extractions of some hundreds of documents: a build that finds them
 * there spends this thread on parsing them, and reads the corpus in another (read-in-background.ts).
 * A cold build's thread mostly waits for the extraction workers, and reads in their pauses.
 */
export const READ_BESIDE_CACHE_BYTES = 32 << 20;

export async function buildCorpus(options: BuildOptions): Promise<BuildSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const cacheDir = join(options.outDir, "cache");
  const key = cacheKey(options.extractorVersion, hashResources(options.dataDir));
  const inBackground = options.readInBackground ?? cachedBytes(cacheDir, key) >= READ_BESIDE_CACHE_BYTES;
  // Reading starts first, so that a reading thread has the first documents ready once the cache is open.
  const reading = inBackground ? readInBackground(options.inputs) : readHere(options.inputs);
  try {
    return await buildFrom(reading, { ...options, now, started, cacheDir, key });
  } finally {
    await reading.close();
  }
}

async function buildFrom(reading: HashedReading, options: BuildOptions & { now: () => number; started: number; cacheDir: string; key: string }): Promise<BuildSummary> {
  const { now, started, cacheDir, key } = options;
  mkdirSync(options.outDir, { recursive: true });
  const resources = loadResources(options.dataDir);
  const workers = options.workers ?? defaultWorkers();
  const pool = extractionPool(options.dataDir, workers, resources);
  const cache = openExtractionCache(cacheDir, key);
  const extractions = openChunkedFile(join(options.outDir, "extractions.jsonl"));
  const texts = openChunkedFile(join(options.outDir, "documents.jsonl"));
  const records: ExtractionRecord[] = [];
  const pieces = new Map<string, PieceSource>();
  const skipped: SkippedInput[] = [];
  /** Every document's hash, a document read twice twice: what the graph files follow from. */
  const hashes: string[] = [];
  const used = new Set<string>();
  let cached = 0;

  let finished = false;
  try {
    try {
      const extract = (result: HashedRead) => extractOrReuse(result, pool, cache);
      for await (const result of mapInOrder(reading, extract, Math.max(1, workers * IN_FLIGHT_PER_WORKER))) {
        if (!result.ok) {
          skipped.push(result.skipped);
        } else {
          const { record } = result;
          records.push(record);
          pieces.set(record.doc.id, result.pieces);
          hashes.push(result.hash);
          used.add(result.hash);
          if (result.cached) cached++;
          extractions.writeBytes(result.json);
          extractions.write("\n");
          texts.writeBytes(result.documentLine);
        }
        options.onProgress?.(records.length + skipped.length, result.ok ? result.document.source : result.source);
      }
    } finally {
      await pool.close();
      extractions.close();
      texts.close();
    }
    const extracted = now();

    const builtFrom = options.inputs.join(", ");
    const fingerprint = buildFingerprint({ codeVersion: codeVersion(), cacheKey: key, builtFrom, documentHashes: hashes });
    const kept = unchangedBuild(cacheDir, options.outDir, fingerprint);
    const graph: GraphSummary = kept
      ? { documents: records.length, ...kept.graph, stageSeconds: { graph: 0, layout: 0, write: 0 } }
      : await finishBuild(records, { outDir: options.outDir, builtFrom, extractorVersion: options.extractorVersion, officesOf: resources.officesOf, pieces, now });
    const { actors, statements, events, viewerNodes } = graph;
    if (!kept) recordBuild(cacheDir, options.outDir, fingerprint, { actors, statements, events, viewerNodes });
    finished = true;
    return {
      ...graph,
      documents: records.length,
      cached,
      upToDate: kept !== undefined,
      skipped,
      seconds: (now() - started) / 1000,
      stageSeconds: { extract: (extracted - started) / 1000, ...graph.stageSeconds },
    };
  } finally {
    // The graph files are written from the cache's pieces, so it closes after them; what a
    // failed build did not reach is still the corpus's, and stays.
    cache.close(finished ? used : undefined);
  }
}

/** The document's record from the cache, else from the pool (stored in the cache as soon as it is done). */
async function extractOrReuse(result: HashedRead, pool: ExtractionPool, cache: ExtractionCache): Promise<Extracted> {
  if (!result.ok) return { ok: false, skipped: result.skipped, source: result.skipped.source };
  const { document, hash } = result;
  const stored = cache.get(hash);
  const reused = stored === undefined ? undefined : parseJson(stored.record);
  if (stored !== undefined && reused !== undefined) return { ok: true, document, hash, json: stored.record, documentLine: stored.documentLine, record: reused, pieces: stored.pieces, cached: true };
  const outcome = await pool.extract(document);
  if (!outcome.ok) return { ok: false, skipped: extractionFailure(document, outcome.reason), source: document.source };
  const entry = cache.put(hash, outcome.json, outcome.documentLine, outcome.pieces);
  return { ok: true, document, hash, json: entry.record, documentLine: entry.documentLine, record: JSON.parse(outcome.json), pieces: entry.pieces, cached: false };
}

/** A stored record that does not parse (a damaged cache) is extracted again. */
function parseJson(bytes: Buffer): ExtractionRecord | undefined {
  try {
    // The cache only holds what extractDocument returned, under the key of the extractor that wrote it.
    // Decoded here, the string lives only as long as the parse: young garbage, cheap to collect.
    return JSON.parse(bytes.toString("utf8")) as ExtractionRecord;
  } catch {
    return undefined;
  }
}
