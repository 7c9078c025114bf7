// The actorgraph command line: picks the command; each command parses its own arguments,
// reads, runs the pipeline or the questions, writes and reports.
import { buildCommand } from "./cli/build-command.js";
import type { Command } from "./cli/command.js";
import { queryCommand } from "./cli/query-command.js";
import { extractCommand } from "./cli/extract-command.js";
import { mergeCommand } from "./cli/merge-command.js";
import { exportCommand } from "./cli/export-command.js";
import { serveCommand } from "./cli/serve-command.js";

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  extract: extractCommand,
  merge: mergeCommand,
  serve: serveCommand,
  query: queryCommand,
  export: exportCommand,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => c.summary);
  return `actorgraph — who said what about whom, from a folder of articles

Usage:
${lines.join("\n")}
  actorgraph COMMAND --help                 options of one command
`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`actorgraph: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`actorgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
