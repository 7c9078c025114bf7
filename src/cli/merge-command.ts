// actorgraph merge: the graph and its companions from extraction files written by
// `actorgraph extract` (or a build's extractions.jsonl), as one build of the same documents.
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { mergeShards, type MergeSummary } from "../build/merge-shards.js";
import { extractorVersion, packageRoot } from "../build/package-root.js";
import { GRAPH_FILES } from "../build/write-outputs.js";
import type { Command } from "./command.js";
import { formatSkipped } from "./format-skipped.js";

const USAGE = `Usage: actorgraph merge SHARD ... [--out DIR] [--data DIR] [--built-from TEXT]

Builds the graph from extraction files (JSONL, as "actorgraph extract" writes them) and writes
what "actorgraph build" writes: extractions.jsonl, documents.jsonl, graph.json, graph.gexf,
positions.json and viewer-graph.json. The shards may come in any order: the graph files are
the same as one build's of the same documents (graph.json's builtFrom aside; --built-from sets it).

Options:
  --out DIR          where to write the outputs (default: out)
  --data DIR         knowledge base (offices held), as the extraction used (default: the package's data/)
  --built-from TEXT  what graph.json says it was built from (default: the shards' paths)
`;

export const mergeCommand: Command = {
  async run(argv) {
    const { values, positionals: shards } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "out" },
        data: { type: "string" },
        "built-from": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help || shards.length === 0) {
      process.stdout.write(USAGE);
      return values.help ? 0 : 2;
    }
    const outDir = resolve(values.out);
    const paths = shards.map((shard) => resolve(shard));
    const summary = await mergeShards({
      shards: paths,
      outDir,
      dataDir: values.data ? resolve(values.data) : join(packageRoot(), "data"),
      builtFrom: values["built-from"] ?? paths.join(", "),
      extractorVersion: extractorVersion(),
    });
    process.stdout.write(formatSummary(summary, outDir));
    return summary.documents === 0 ? 1 : 0;
  },
};

function formatSummary(s: MergeSummary, outDir: string): string {
  const lines = [
    `merged ${s.documents} documents in ${s.seconds.toFixed(1)} s (read ${s.readSeconds.toFixed(1)} s, graph ${s.stageSeconds.graph.toFixed(1)} s, layout ${s.stageSeconds.layout.toFixed(1)} s, write ${s.stageSeconds.write.toFixed(1)} s)`,
    `  ${s.actors} actors, ${s.statements} statements, ${s.events} events`,
    ...(s.withoutText ? [`  ${s.withoutText} documents came without their text and are not in documents.jsonl`] : []),
    `  skipped ${s.skipped.length}${s.skipped.length ? ":" : ""}`,
    ...formatSkipped(s.skipped),
    `  wrote ${join(outDir, "extractions.jsonl")}, documents.jsonl, ${GRAPH_FILES.join(", ")} (viewer: ${s.viewerNodes} nodes)`,
  ];
  return `${lines.join("\n")}\n`;
}
