// The actorgraph command line: picks the command; each command parses its own arguments,
// reads, runs the pipeline or the questions, writes and reports.
import type { Command } from "./cli/command.js";

/**
 * Each command's line in the usage, and its module, loaded only when it runs: a query need not
 * load the extractor's language model and the build's threads (most of a second on a slow machine).
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: {
    summary: "  actorgraph build [PATH ...] [--out DIR]   build the graph from files and folders (default: data/corpus)",
    load: async () => (await import("./cli/build-command.js")).buildCommand,
  },
  extract: {
    summary: "  actorgraph extract < in.jsonl > out.jsonl  extract article records on stdin, for merge",
    load: async () => (await import("./cli/extract-command.js")).extractCommand,
  },
  merge: {
    summary: "  actorgraph merge SHARD ... [--out DIR]    build the graph from extract's outputs",
    load: async () => (await import("./cli/merge-command.js")).mergeCommand,
  },
  serve: {
    summary: "  actorgraph serve [OUT_DIR] [--port N]      explore a built graph in the browser (http://127.0.0.1:5173)",
    load: async () => (await import("./cli/serve-command.js")).serveCommand,
  },
  query: {
    summary: "  actorgraph query QUESTION [NAME ...]       ask a built graph: said, actor, stance, events, between, path",
    load: async () => (await import("./cli/query-command.js")).queryCommand,
  },
  export: {
    summary: "  actorgraph export rdf|neo4j [OUT_DIR]     N-Triples for a triple store, CSV for Neo4j's bulk import",
    load: async () => (await import("./cli/export-command.js")).exportCommand,
  },
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
  // Own keys only: "toString" is no command.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`actorgraph: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
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
