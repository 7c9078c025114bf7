// What the last build wrote, so that a build of the same documents with the same code and
// knowledge base, whose graph files nobody has touched since, keeps them instead of writing the
// same bytes again: the graph files are a pure function of the set of documents, the code, the
// knowledge base and the inputs' names (graph.json's builtFrom). `OUT/cache/build.json`.
import { createHash } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { GRAPH_FILES } from "./write-outputs.js";

const BuildManifest = z.object({
  /** What the graph files were made from (`buildFingerprint`). */
  fingerprint: z.string(),
  graph: z.object({ actors: z.number(), statements: z.number(), events: z.number(), viewerNodes: z.number() }),
  /** Each graph file's size and modification time as the build left it. */
  files: z.record(z.string(), z.object({ size: z.number(), mtimeMs: z.number() })),
});
export type BuildManifest = z.infer<typeof BuildManifest>;

const FILE = "build.json";

/** A hash of everything the graph files follow from; the documents by their hashes, in any order. */
export function buildFingerprint(parts: { codeVersion: string; cacheKey: string; builtFrom: string; documentHashes: string[] }): string {
  const documents = [...parts.documentHashes].sort().join("\n");
  return createHash("sha256").update(`${parts.codeVersion}\0${parts.cacheKey}\0${parts.builtFrom}\0${documents}`).digest("hex");
}

/** The last build's manifest when it was made from `fingerprint` and its graph files are as it left them. */
export function unchangedBuild(cacheDir: string, outDir: string, fingerprint: string): BuildManifest | undefined {
  let manifest: BuildManifest;
  try {
    manifest = BuildManifest.parse(JSON.parse(readFileSync(join(cacheDir, FILE), "utf8")));
  } catch {
    // None yet, or not one this build can read: the files are written anew.
    return undefined;
  }
  if (manifest.fingerprint !== fingerprint) return undefined;
  const intact = GRAPH_FILES.every((name) => {
    const written = manifest.files[name];
    const now = statSync(join(outDir, name), { throwIfNoEntry: false });
    return written !== undefined && now !== undefined && now.size === written.size && now.mtimeMs === written.mtimeMs;
  });
  return intact ? manifest : undefined;
}

/** Records the graph files just written. */
export function recordBuild(cacheDir: string, outDir: string, fingerprint: string, graph: BuildManifest["graph"]): void {
  const files = Object.fromEntries(
    GRAPH_FILES.map((name) => {
      const { size, mtimeMs } = statSync(join(outDir, name));
      return [name, { size, mtimeMs }];
    }),
  );
  writeFileSync(join(cacheDir, FILE), `${JSON.stringify({ fingerprint, graph, files } satisfies BuildManifest)}\n`);
}
