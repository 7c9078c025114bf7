#!/usr/bin/env node
// npm run eval: builds the seed and PolNeAR dev corpora with the built CLI and prints the
// scorer's tables (../shared/eval/score.mjs); PolNeAR both for all attributions and direct quotes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.env.ACTORGRAPH_SHARED ?? join(root, "..", "shared"));
const scorer = join(shared, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found; set ACTORGRAPH_SHARED to the shared/ folder`);
  process.exit(2);
}

const runs = [
  { name: "seed", corpus: "seed", gold: "seed.json", kinds: [null] },
  { name: "PolNeAR dev", corpus: "polnear-dev", gold: "polnear-dev.json", kinds: [null, "direct"] },
];
for (const run of runs) {
  const out = mkdtempSync(join(tmpdir(), "actorgraph-eval-"));
  try {
    const corpus = join(shared, "corpus", run.corpus);
    execFileSync(process.execPath, [join(root, "bin", "actorgraph.js"), "build", corpus, "--out", out, "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
    for (const kind of run.kinds) {
      console.log(`\n== ${run.name}${kind ? ` (--kind ${kind})` : ""}`);
      const args = [scorer, "--gold", join(shared, "gold", run.gold), "--corpus", corpus, "--pred", join(out, "extractions.jsonl"), ...(kind ? ["--kind", kind] : [])];
      process.stdout.write(execFileSync(process.execPath, args, { encoding: "utf8" }));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
