// actorgraph export: the built graph as N-Triples for a triple store, or as CSV files for
// Neo4j's bulk import, streamed to disk.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_BASE } from "../export/rdf-vocabulary.js";
import { toNeo4jCsv, type CsvFile } from "../export/to-neo4j-csv.js";
import { toNTriples } from "../export/to-ntriples.js";
import { writeLines } from "../export/write-lines.js";
import { parseGraphJson } from "../graph/graph-json.js";
import type { ActorGraph } from "../schema/graph.js";
import type { Command } from "./command.js";

const USAGE = `Usage: actorgraph export rdf [OUT_DIR] [--to FILE] [--base IRI]
       actorgraph export neo4j [OUT_DIR] [--to DIR]

Exports the graph built in OUT_DIR (default: out):
  rdf     N-Triples for a triple store (default: OUT_DIR/graph.nt); vocabulary in docs/rdf.md
  neo4j   CSV files for neo4j-admin database import (default: OUT_DIR/neo4j/), and the
          command line that imports them

Options:
  --to PATH     where to write
  --base IRI    rdf: the namespace of node IRIs (default: ${DEFAULT_BASE})
`;

// An absolute IRI ending where a key can follow, without what N-Triples forbids in an IRI.
const BASE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*[/#:]$/i;

export const exportCommand: Command = {
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        to: { type: "string" },
        base: { type: "string", default: DEFAULT_BASE },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const [format, dir = "out", ...extra] = positionals;
    if ((format !== "rdf" && format !== "neo4j") || extra.length > 0) {
      process.stderr.write(`actorgraph export: expected "rdf" or "neo4j" and at most one OUT_DIR, got "${positionals.join(" ")}"\n\n${USAGE}`);
      return 2;
    }
    if (!BASE_IRI.test(values.base)) {
      process.stderr.write(`actorgraph export: --base must be an absolute IRI ending in "/", "#" or ":", not "${values.base}"\n`);
      return 2;
    }
    const outDir = resolve(dir);
    const graphFile = join(outDir, "graph.json");
    if (!existsSync(graphFile)) {
      process.stderr.write(`actorgraph export: ${outDir} has no graph.json; run "actorgraph build" first\n`);
      return 1;
    }
    const graph = parseGraphJson(readFileSync(graphFile, "utf8"), graphFile);
    if (format === "rdf") {
      await exportRdf(graph, resolve(values.to ?? join(outDir, "graph.nt")), values.base);
    } else {
      await exportNeo4j(graph, resolve(values.to ?? join(outDir, "neo4j")));
    }
    return 0;
  },
};

async function exportRdf(graph: ActorGraph, file: string, base: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const triples = await writeLines(file, toNTriples(graph, { base }));
  process.stdout.write(`wrote ${triples} triples to ${file}\n`);
}

async function exportNeo4j(graph: ActorGraph, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const files = toNeo4jCsv(graph);
  for (const file of files) await writeLines(join(dir, file.name), file.lines);
  process.stdout.write(
    `wrote ${graph.order} nodes and ${graph.size} relationships to ${dir}\n` +
      `import them into an empty database (Neo4j 5, database stopped) with:\n${importCommand(dir, files)}\n`,
  );
}

function importCommand(dir: string, files: CsvFile[]): string {
  const options = files.map((file) => `  --${file.section}=${shellWord(join(dir, file.name))}`);
  return ["neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true", ...options].join(" \\\n");
}

function shellWord(text: string): string {
  return /^[\w./:-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
