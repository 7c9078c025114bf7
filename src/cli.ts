// The actorgraph command line: parses arguments, reads, runs the pipeline, writes, reports.
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { buildCorpus, type BuildSummary } from "./build/build-corpus.js";
import { loadResources } from "./build/load-resources.js";
import { extractorVersion, packageRoot } from "./build/package-root.js";

const USAGE = `actorgraph — who said what about whom, from a folder of articles

Usage:
  actorgraph build [PATH ...] [--out DIR]   build the graph from files and folders (default: the bundled data/corpus)
                                            .txt .md .html .json .jsonl; writes extractions.jsonl, graph.json, graph.gexf, positions.json
  actorgraph --help

Options:
  --out DIR     where to write the outputs (default: out)
  --data DIR    knowledge base and lexicons (default: the package's data/)
  --quiet       no progress display
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", default: "out" },
      data: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command !== "build") {
    process.stderr.write(`actorgraph: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const root = packageRoot();
  const inputs = paths.length ? paths.map((p) => resolve(p)) : [join(root, "data", "corpus")];
  const resources = loadResources(values.data ? resolve(values.data) : join(root, "data"));
  const progress = !values.quiet && process.stderr.isTTY;
  const summary = await buildCorpus({
    inputs,
    outDir: resolve(values.out),
    resources,
    extractorVersion: extractorVersion(),
    onProgress: progress ? (done, source) => process.stderr.write(`\r\x1b[K  ${done} documents  ${source.slice(-60)}`) : undefined,
  });
  if (progress) process.stderr.write("\r\x1b[K");
  process.stdout.write(formatSummary(summary, resolve(values.out)));
  return summary.documents === 0 ? 1 : 0;
}

function formatSummary(s: BuildSummary, outDir: string): string {
  const lines = [
    `built ${s.documents} documents in ${s.seconds.toFixed(1)} s (extract ${s.stageSeconds.extract.toFixed(1)} s, graph ${s.stageSeconds.graph.toFixed(1)} s, layout ${s.stageSeconds.layout.toFixed(1)} s, write ${s.stageSeconds.write.toFixed(1)} s)`,
    `  ${s.actors} actors, ${s.statements} statements, ${s.events} events`,
    `  skipped ${s.skipped.length}${s.skipped.length ? ":" : ""}`,
    ...s.skipped.slice(0, 50).map((k) => `    ${k.source}${k.line ? `:${k.line}` : ""}: ${k.reason}`),
    ...(s.skipped.length > 50 ? [`    … and ${s.skipped.length - 50} more`] : []),
    `  wrote ${join(outDir, "extractions.jsonl")}, graph.json, graph.gexf, positions.json`,
  ];
  return `${lines.join("\n")}\n`;
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
