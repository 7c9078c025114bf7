// actorgraph build: read files and folders, extract, write the graph and its companions.
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { buildCorpus, type BuildSummary } from "../build/build-corpus.js";
import { extractorVersion, packageRoot } from "../build/package-root.js";
import { GRAPH_FILES } from "../build/write-outputs.js";
import type { Command } from "./command.js";
import { formatSkipped } from "./format-skipped.js";
import { parseWorkers } from "./parse-workers.js";

const USAGE = `Usage: actorgraph build [PATH ...] [--out DIR] [--data DIR] [--workers N] [--quiet]

Builds the graph from files and folders (default: the bundled data/corpus):
.txt .md .html .json .jsonl. Writes extractions.jsonl, documents.jsonl, graph.json,
graph.gexf, positions.json and viewer-graph.json to --out, and keeps every document's
extraction in --out's cache/ folder, so the next build extracts only what changed.

Options:
  --out DIR     where to write the outputs (default: out)
  --data DIR    knowledge base and lexicons (default: the package's data/)
  --workers N   threads extracting documents; 0 extracts in the main thread (default: one per core)
  --quiet       no progress display
`;

export const buildCommand: Command = {
  async run(argv) {
    const { values, positionals: paths } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "out" },
        data: { type: "string" },
        workers: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const workers = parseWorkers(values.workers, "build");
    if (workers === null) return 2;
    const root = packageRoot();
    const inputs = paths.length ? paths.map((p) => resolve(p)) : [join(root, "data", "corpus")];
    const progress = !values.quiet && process.stderr.isTTY;
    const outDir = resolve(values.out);
    const summary = await buildCorpus({
      inputs,
      outDir,
      dataDir: values.data ? resolve(values.data) : join(root, "data"),
      workers,
      extractorVersion: extractorVersion(),
      onProgress: progress ? (done, source) => process.stderr.write(`\r\x1b[K  ${done} documents  ${source.slice(-60)}`) : undefined,
    });
    if (progress) process.stderr.write("\r\x1b[K");
    process.stdout.write(formatSummary(summary, outDir));
    return summary.documents === 0 ? 1 : 0;
  },
};

function formatSummary(s: BuildSummary, outDir: string): string {
  const lines = [
    `built ${s.documents} documents in ${s.seconds.toFixed(1)} s (extract ${s.stageSeconds.extract.toFixed(1)} s, graph ${s.stageSeconds.graph.toFixed(1)} s, layout ${s.stageSeconds.layout.toFixed(1)} s, write ${s.stageSeconds.write.toFixed(1)} s)`,
    `  ${s.cached} from the cache, ${s.documents - s.cached} extracted`,
    `  ${s.actors} actors, ${s.statements} statements, ${s.events} events`,
    `  skipped ${s.skipped.length}${s.skipped.length ? ":" : ""}`,
    ...formatSkipped(s.skipped),
    s.upToDate
      ? `  wrote ${join(outDir, "extractions.jsonl")}, documents.jsonl; ${GRAPH_FILES.join(", ")} were up to date, and kept (viewer: ${s.viewerNodes} nodes)`
      : `  wrote ${join(outDir, "extractions.jsonl")}, documents.jsonl, ${GRAPH_FILES.join(", ")} (viewer: ${s.viewerNodes} nodes)`,
  ];
  return `${lines.join("\n")}\n`;
}
