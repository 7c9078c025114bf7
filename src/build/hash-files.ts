// A content hash of files and folders: the cache's way of telling whether the extraction code
// or the knowledge base changed since an extraction was stored.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * SHA-256 (hex) over the files under `paths` whose names pass `include`, walked in sorted order;
 * each file counts by its path relative to `root` and its bytes, so a rename changes it too.
 */
export function hashFiles(root: string, paths: string[], include: (name: string) => boolean = () => true): string {
  const hash = createHash("sha256");
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (include(path)) {
      hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update("\0");
    }
  };
  for (const path of paths) visit(path);
  return hash.digest("hex");
}
