// actorgraph query: asks a built graph one question and prints the answer as a table, JSON or CSV.
// Each question's options are the keys of its parameter schema, the same as the HTTP API's.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";
import { openGraph } from "../query/open-graph.js";
import type { Paged } from "../query/paging.js";
import { AmbiguousNameError, InvalidParamsError, UnknownNameError } from "../query/query-errors.js";
import { isQuestionName, QUESTIONS, type Question } from "../query/questions.js";
import type { Command } from "./command.js";
import { actorCsv, betweenCsv, eventsCsv, pathCsv, saidCsv, stanceCsv } from "./format-csv.js";
import { formatActor, formatBetween, formatEvents, formatPath, formatSaid, formatStance } from "./format-answer.js";
import type { TableStyle } from "./format-table.js";

const USAGE = `Usage: actorgraph query QUESTION [NAME ...] [OPTIONS] [--out DIR] [--json | --csv]

Questions:
  said [--by NAME] [--about NAME] [--from DATE] [--to DATE] [--stance positive|negative|neutral] [--kind direct|indirect]
                          statements in date order; either side may be left out
  actor NAME              names, offices, mentions, whom it speaks about, events
  stance --by NAME --about NAME
                          the stance over time, every change flagged with its two statements
  events [--actor NAME] [--type TYPE] [--from DATE] [--to DATE]
  between NAME NAME       every statement, event and office that connects two actors
  path NAME NAME [--evidence N]
                          the shortest chain of connections, each link with its evidence

Names match names, aliases and ids, ignoring case and accents. Dates are YYYY, YYYY-MM or
YYYY-MM-DD; a range includes both ends.

Options:
  --out DIR     the build to ask (default: out)
  --json        the answer as JSON (what GET /api/QUESTION answers)
  --csv         the main list as CSV (actor: whom it speaks about)
  --limit N     items per list (default 100); --offset N skips the first N

Exit status: 0 answered, 1 no build or a name that fits no actor or several, 2 bad usage.
`;

interface QueryOutput<Params extends z.ZodObject, Answer extends object> {
  question: Question<Params, Answer>;
  table(answer: Paged<Answer>, style: TableStyle): string;
  csv(answer: Answer): string;
}

/** Binds a question to its printers, so each runs with its own answer type. */
function printed<Params extends z.ZodObject, Answer extends object>(output: QueryOutput<Params, Answer>): { run(argv: string[]): number } {
  return { run: (argv) => runQuestion(output, argv) };
}

const OUTPUTS = {
  said: printed({ question: QUESTIONS.said, table: formatSaid, csv: saidCsv }),
  actor: printed({ question: QUESTIONS.actor, table: formatActor, csv: actorCsv }),
  stance: printed({ question: QUESTIONS.stance, table: formatStance, csv: stanceCsv }),
  events: printed({ question: QUESTIONS.events, table: formatEvents, csv: eventsCsv }),
  between: printed({ question: QUESTIONS.between, table: formatBetween, csv: betweenCsv }),
  path: printed({ question: QUESTIONS.path, table: formatPath, csv: pathCsv }),
} satisfies Record<keyof typeof QUESTIONS, unknown>;

export const queryCommand: Command = {
  async run(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "-h") {
      process.stdout.write(USAGE);
      return name === undefined ? 2 : 0;
    }
    if (!isQuestionName(name)) {
      process.stderr.write(`actorgraph query: no question "${name}"; ask one of ${Object.keys(QUESTIONS).join(", ")}\n`);
      return 2;
    }
    return OUTPUTS[name].run(rest);
  },
};

function runQuestion<Params extends z.ZodObject, Answer extends object>(output: QueryOutput<Params, Answer>, argv: string[]): number {
  const { question } = output;
  const positionalKeys: readonly string[] = question.positionals;
  const own = Object.keys(question.params.shape).filter((key) => !positionalKeys.includes(key));
  const options: ParseArgsConfig["options"] = {
    ...Object.fromEntries(own.map((key) => [key, { type: "string" as const }])),
    out: { type: "string", default: "out" },
    json: { type: "boolean", default: false },
    csv: { type: "boolean", default: false },
    limit: { type: "string" },
    offset: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(question.name, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length > question.positionals.length) return usageError(question.name, `takes ${question.positionals.length || "no"} name${question.positionals.length === 1 ? "" : "s"}, not ${positionals.length}`);
  if (values.json && values.csv) return usageError(question.name, "--json or --csv, not both");
  const outDir = resolve(String(values.out));
  if (!existsSync(join(outDir, "graph.json"))) {
    process.stderr.write(`actorgraph query: ${outDir} has no graph.json; run "actorgraph build" first or name a build with --out\n`);
    return 1;
  }
  const params = Object.fromEntries([
    ...own.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]]])),
    ...positionals.map((value, i) => [question.positionals[i], value]),
  ]);
  try {
    const answer = openGraph(outDir).ask(question, params, { limit: values.limit, offset: values.offset });
    const style = { width: process.stdout.columns ?? 120, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
    process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : values.csv ? output.csv(answer) : `${output.table(answer, style)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InvalidParamsError) return usageError(question.name, error.message.slice(`${question.name}: `.length));
    if (error instanceof UnknownNameError || error instanceof AmbiguousNameError) {
      process.stderr.write(`actorgraph query ${question.name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usageError(question: string, message: string): number {
  process.stderr.write(`actorgraph query ${question}: ${message}\n(actorgraph query --help lists the questions and their options)\n`);
  return 2;
}
