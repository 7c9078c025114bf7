import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";

const root = packageRoot();
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli.ts"), ...args], { encoding: "utf8" });

describe("the command line", () => {
  it("lists every command without a name, and runs a command's own help, loaded on demand", () => {
    const usage = cli();
    expect(usage.status).toBe(2);
    for (const command of ["build", "extract", "merge", "serve", "query", "export"]) expect(usage.stdout).toContain(`actorgraph ${command} `);
    const help = cli("query", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: actorgraph query/);
  });

  it("names an unknown command, even one an object inherits", () => {
    for (const name of ["bulid", "toString"]) {
      const unknown = cli(name);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain(`unknown command "${name}"`);
    }
  });
});
