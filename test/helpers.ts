// Shared test fixtures: the real resources from data/ and seed documents run through the real pipeline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadResources, type Resources } from "../src/build/load-resources.js";
import { packageRoot } from "../src/build/package-root.js";
import { extractDocument } from "../src/extract/extract-document.js";
import type { SourceDocument } from "../src/schema/document.js";
import { ExtractionRecord } from "../src/schema/extraction.js";
import type { GraphEntries } from "../src/graph/graph-table.js";
import { inducedSubgraph } from "../src/graph/induced-subgraph.js";
import type { ActorGraph } from "../src/schema/graph.js";

let resources: Resources | undefined;
export function testResources(): Resources {
  resources ??= loadResources(join(packageRoot(), "data"));
  return resources;
}

export function sourceDocument(text: string, fields: Partial<SourceDocument> = {}): SourceDocument {
  return { id: "test", source: "test.txt", format: "txt", text, title: null, published: null, authors: [], url: null, outlet: null, ...fields };
}

/** Extracts a text (validated against the record schema, so every test checks the contract too). */
export function extract(text: string, fields: Partial<SourceDocument> = {}): ExtractionRecord {
  return ExtractionRecord.parse(extractDocument(sourceDocument(text, fields), testResources()));
}

export function seedText(file: string): string {
  return readFileSync(join(packageRoot(), "data", "corpus", file), "utf8");
}

export function seed(file: string): ExtractionRecord {
  return extract(seedText(file), { id: file, source: file });
}

/** The whole graph in graphology (which the tests use all of), nodes and edges in the same order. */
export function inGraphology(graph: GraphEntries): ActorGraph {
  const every = new Set<string>();
  graph.forEachNode((key) => every.add(key));
  return inducedSubgraph(graph, every);
}
