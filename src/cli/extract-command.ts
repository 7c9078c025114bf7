// actorgraph extract: the per-document stage alone, as a filter from article records on stdin to
// extraction records on stdout, so any batch engine can run it on shards of a corpus.
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { extractionFailure, extractionPool, defaultWorkers } from "../build/extraction-pool.js";
import { mapInOrder } from "../build/map-in-order.js";
import { packageRoot } from "../build/package-root.js";
import { readJsonlStream, type ReadResult } from "../read/read-corpus.js";
import type { SkippedInput } from "../schema/document.js";
import type { Command } from "./command.js";
import { formatSkipped } from "./format-skipped.js";
import { parseWorkers } from "./parse-workers.js";

const USAGE = `Usage: actorgraph extract [--source NAME] [--data DIR] [--workers N] < articles.jsonl > extractions.jsonl

Reads article records on stdin, one JSON object a line with the fields build reads, and writes
one line per record on stdout, in the same order: its extraction record, with the text its
offsets index in "text". Records that cannot be read or extracted are reported on stderr and
skipped. Merge the outputs with "actorgraph merge".

Records should carry an "id": one without is named NAME#LINE from its line in this input, which
differs between shards of one file.

Options:
  --source NAME  the name the records are read under (doc.source; default: stdin)
  --data DIR     knowledge base and lexicons (default: the package's data/)
  --workers N    threads extracting documents; 0 extracts in the main thread (default: one per core)
`;

export const extractCommand: Command = {
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        source: { type: "string", default: "stdin" },
        data: { type: "string" },
        workers: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const given = parseWorkers(values.workers, "extract");
    if (given === null) return 2;
    const workers = given ?? defaultWorkers();
    const pool = extractionPool(values.data ? resolve(values.data) : join(packageRoot(), "data"), workers);
    const skipped: SkippedInput[] = [];
    let extracted = 0;
    const extract = async (result: ReadResult) => {
      if (!result.ok) return { line: null, skipped: result.skipped };
      const outcome = await pool.extract(result.document);
      // The record's JSON object with one member more: the text.
      if (outcome.ok) return { line: `${outcome.json.slice(0, -1)},"text":${JSON.stringify(result.document.text)}}`, skipped: null };
      return { line: null, skipped: extractionFailure(result.document, outcome.reason) };
    };
    try {
      for await (const done of mapInOrder(readJsonlStream(process.stdin, values.source), extract, Math.max(1, 4 * workers))) {
        if (done.skipped) skipped.push(done.skipped);
        if (done.line === null) continue;
        extracted++;
        if (!process.stdout.write(`${done.line}\n`)) await new Promise((resume) => process.stdout.once("drain", resume));
      }
    } finally {
      await pool.close();
    }
    if (skipped.length) process.stderr.write(`actorgraph extract: skipped ${skipped.length}:\n${formatSkipped(skipped).join("\n")}\n`);
    // Only input that was all bad fails: an empty shard is no error for a batch engine.
    return extracted === 0 && skipped.length > 0 ? 1 : 0;
  },
};
