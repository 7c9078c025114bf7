// The build: read a corpus, extract each document, merge the records into one graph, lay it
// out, and write extractions.jsonl, documents.jsonl (the texts every offset points into),
// graph.json, graph.gexf and positions.json. A document that cannot be read or extracted is
// reported and skipped; it never costs the rest of the corpus.
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import type { DocumentText, SkippedInput } from "../schema/document.js";
import type { ExtractionRecord } from "../schema/extraction.js";
import { extractDocument } from "../extract/extract-document.js";
import { buildGraph } from "../graph/build-graph.js";
import { derivePositions } from "../graph/derive-positions.js";
import { toGraphJson } from "../graph/graph-json.js";
import { layoutGraph } from "../graph/layout-graph.js";
import { toGexf } from "../graph/to-gexf.js";
import { readCorpus } from "../read/read-corpus.js";
import type { Resources } from "./load-resources.js";

export interface BuildOptions {
  inputs: string[];
  outDir: string;
  resources: Resources;
  extractorVersion: string;
  /** Called after each document, for a progress display. */
  onProgress?: (done: number, source: string) => void;
  now?: () => number;
}

export interface BuildSummary {
  documents: number;
  skipped: SkippedInput[];
  actors: number;
  statements: number;
  events: number;
  seconds: number;
  stageSeconds: { extract: number; graph: number; layout: number; write: number };
}

export async function buildCorpus(options: BuildOptions): Promise<BuildSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  mkdirSync(options.outDir, { recursive: true });
  const extractions = createWriteStream(join(options.outDir, "extractions.jsonl"));
  const texts = createWriteStream(join(options.outDir, "documents.jsonl"));
  const records: ExtractionRecord[] = [];
  const skipped: SkippedInput[] = [];

  for await (const result of readCorpus(options.inputs)) {
    if (!result.ok) {
      skipped.push(result.skipped);
      continue;
    }
    const document = result.document;
    try {
      const record = extractDocument(document, options.resources);
      records.push(record);
      if (!extractions.write(`${JSON.stringify(record)}\n`)) await once(extractions, "drain");
      const text: DocumentText = { id: record.doc.id, source: document.source, title: record.doc.title, published: record.doc.published, text: document.text };
      if (!texts.write(`${JSON.stringify(text)}\n`)) await once(texts, "drain");
    } catch (error) {
      // A bug on one document is reported with the document, not a lost build.
      skipped.push({ source: document.source, ...(document.line ? { line: document.line } : {}), reason: `extraction failed: ${(error as Error).message}` });
    }
    options.onProgress?.(records.length + skipped.length, document.source);
  }
  extractions.end();
  texts.end();
  await Promise.all([once(extractions, "finish"), once(texts, "finish")]);
  const extracted = now();

  const graph = buildGraph(records, {
    name: "actorgraph",
    builtFrom: options.inputs.join(", "),
    extractorVersion: options.extractorVersion,
    officesOf: options.resources.officesOf,
  });
  const built = now();
  layoutGraph(graph);
  const laidOut = now();
  writeFileSync(join(options.outDir, "graph.json"), toGraphJson(graph));
  writeFileSync(join(options.outDir, "graph.gexf"), toGexf(graph));
  writeFileSync(join(options.outDir, "positions.json"), `${JSON.stringify(derivePositions(records))}\n`);
  const written = now();

  const count = (kind: (k: string) => boolean) => graph.filterNodes((_, a) => kind(String(a.kind))).length;
  return {
    documents: records.length,
    skipped,
    actors: count((k) => ["person", "country", "organization", "location"].includes(k)),
    statements: count((k) => k === "statement"),
    events: count((k) => k === "event"),
    seconds: (written - started) / 1000,
    stageSeconds: {
      extract: (extracted - started) / 1000,
      graph: (built - extracted) / 1000,
      layout: (laidOut - built) / 1000,
      write: (written - laidOut) / 1000,
    },
  };
}
