// Where the package's own data/ lives, whether running from src/ (tests, tsx) or dist/src/, and
// the versions of the extractor and of all the code that run from there.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashFiles } from "./hash-files.js";

export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "actorgraph") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("actorgraph: cannot find the package root (package.json named actorgraph)");
    dir = parent;
  }
}

/**
 * The folders (beside this one) whose code decides what the cache keeps of a document: its
 * extraction record, and its statements' pieces, which the graph files' encoders in graph/ make.
 */
const EXTRACTION_CODE = ["extract", "text", "kb", "schema", "graph"];

/**
 * The package version and a hash of the extraction code that is running (the .ts sources under
 * tsx, the compiled .js under dist) and of the installed versions of the runtime dependencies
 * (wink-nlp's model, chrono-node): "0.1.0+3fa2c9d1e0b4". It changes whenever extraction could
 * give another record, or the graph files' encoders other bytes for its statements, so cached
 * extractions of an older extractor are not reused.
 */
export function extractorVersion(): string {
  return versionOf(EXTRACTION_CODE);
}

/** The same over all the code that is running: it changes whenever a build could write other files. */
export function codeVersion(): string {
  const sources = dirname(dirname(fileURLToPath(import.meta.url)));
  return versionOf(readdirSync(sources).filter((name) => statSync(join(sources, name)).isDirectory()));
}

/** The package version and a hash of the code in `folders` (beside this one's) and of the installed runtime dependencies. */
function versionOf(folders: string[]): string {
  const root = packageRoot();
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; dependencies?: Record<string, string> };
  const sources = dirname(dirname(fileURLToPath(import.meta.url)));
  const code = hashFiles(sources, folders.map((folder) => join(sources, folder)), (name) => /(?<!\.d)\.[cm]?[jt]s$/.test(name));
  const installed = Object.keys(manifest.dependencies ?? {}).sort().map((name) => `${name}@${installedVersion(root, name)}`);
  const hash = createHash("sha256").update([code, ...installed].join("\n")).digest("hex");
  return `${manifest.version}+${hash.slice(0, 12)}`;
}

function installedVersion(root: string, name: string): string {
  const manifest = join(root, "node_modules", name, "package.json");
  return existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, "utf8")).version) : "missing";
}
