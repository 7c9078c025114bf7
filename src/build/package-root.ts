// Where the package's own data/ lives, whether running from src/ (tests, tsx) or dist/src/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

export function extractorVersion(): string {
  return String(JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version);
}
