// actorgraph merge: the graph from extraction files (what `actorgraph extract` wrote, on any
// number of machines, or a build's extractions.jsonl), with the same outputs as one build of the
// same documents. A line that is not JSON or not an extraction record is reported and skipped.
import { createReadStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { SkippedInput } from "../schema/document.js";
import type { ExtractionRecord } from "../schema/extraction.js";
import { ShardRecord } from "../schema/shard-record.js";
import { openChunkedFile } from "./chunked-file.js";
import { documentLine } from "./document-line.js";
import { finishBuild, type GraphSummary } from "./finish-build.js";
import { loadResources } from "./load-resources.js";

export interface MergeOptions {
  shards: string[];
  outDir: string;
  dataDir: string;
  /** graph.json's builtFrom: the build's inputs, for a graph.json byte-identical to the build's. */
  builtFrom: string;
  extractorVersion: string;
  now?: () => number;
}

export interface MergeSummary extends GraphSummary {
  /** Documents with no text in their shard, so not in documents.jsonl. */
  withoutText: number;
  skipped: SkippedInput[];
  seconds: number;
  readSeconds: number;
}

export async function mergeShards(options: MergeOptions): Promise<MergeSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  mkdirSync(options.outDir, { recursive: true });
  const extractions = openChunkedFile(join(options.outDir, "extractions.jsonl"));
  const texts = openChunkedFile(join(options.outDir, "documents.jsonl"));
  const records: ExtractionRecord[] = [];
  const skipped: SkippedInput[] = [];
  let withoutText = 0;
  try {
    for (const shard of options.shards) {
      for await (const line of readShard(shard, skipped)) {
        const { text, ...record } = line.raw;
        records.push(line.record);
        // The record as it was written, its members in their order, so extractions.jsonl has the build's lines.
        extractions.write(`${JSON.stringify(record)}\n`);
        if (typeof text !== "string") withoutText++;
        else texts.write(documentLine(line.record.doc, text));
      }
    }
  } finally {
    extractions.close();
    texts.close();
  }
  const read = now();
  const graph = await finishBuild(records, {
    outDir: options.outDir,
    builtFrom: options.builtFrom,
    extractorVersion: options.extractorVersion,
    officesOf: loadResources(options.dataDir).officesOf,
    now,
  });
  return { ...graph, withoutText, skipped, seconds: (now() - started) / 1000, readSeconds: (read - started) / 1000 };
}

/** The valid lines of one shard: the record as validated, and as written. Bad lines go to `skipped`. */
async function* readShard(shard: string, skipped: SkippedInput[]): AsyncGenerator<{ record: ExtractionRecord; raw: Record<string, unknown> }> {
  const lines = createInterface({ input: createReadStream(shard, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim() === "") continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        skipped.push({ source: shard, line: number, reason: `not JSON: ${(error as Error).message}` });
        continue;
      }
      const parsed = ShardRecord.safeParse(raw);
      if (!parsed.success) {
        skipped.push({ source: shard, line: number, reason: `not an extraction record: ${z.prettifyError(parsed.error)}` });
        continue;
      }
      const { text: _, ...record } = parsed.data;
      // The schema just accepted it as a record: an object.
      yield { record, raw: raw as Record<string, unknown> };
    }
  } catch (error) {
    skipped.push({ source: shard, reason: `cannot read: ${(error as Error).message}` });
  } finally {
    lines.close();
  }
}
