// Vitest's global setup: every temporary file of the run goes under one folder, removed when the
// run ends. Tests, and the CLI processes they start, make their folders with os.tmpdir(), which
// reads TMPDIR; test workers are started after this and inherit it. Without it, each run of the
// suite left some forty folders in /tmp, and nothing ever removed them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "actorgraph-test-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
