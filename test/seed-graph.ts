// The seed corpus (data/corpus) built into a temporary folder by the CLI, as a user would, and
// its graph: exporters are tested on what `actorgraph build` really writes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/build/package-root.js";
import { parseGraphJson } from "../src/graph/graph-json.js";
import type { ActorGraph } from "../src/schema/graph.js";

const root = packageRoot();
/** The CLI from its sources, so no compiled dist/ is needed. */
export const CLI = [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli.ts")];

/** For the hook that builds: extraction under tsx takes seconds per document. */
export const BUILD_TIMEOUT = 120_000;

/** Builds into a new temporary folder, which the caller removes. */
export function buildSeed(): { outDir: string; graph: ActorGraph } {
  const outDir = mkdtempSync(join(tmpdir(), "actorgraph-seed-"));
  execFileSync(process.execPath, [...CLI, "build", join(root, "data", "corpus"), "--out", outDir, "--workers", "0", "--quiet"], { stdio: "pipe" });
  const file = join(outDir, "graph.json");
  return { outDir, graph: parseGraphJson(readFileSync(file, "utf8"), file) };
}

/** The seed build's graph alone; its folder is removed. */
export function seedGraph(): ActorGraph {
  const { outDir, graph } = buildSeed();
  rmSync(outDir, { recursive: true, force: true });
  return graph;
}
