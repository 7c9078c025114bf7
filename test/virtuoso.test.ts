// End to end in a real triple store: build the seed corpus and export it with the CLI, bulk-load
// the N-Triples into a Virtuoso started on loopback, and ask docs/rdf.md's queries in SPARQL.
// The answers must be the query library's (src/query, what `actorgraph query said` answers): every
// statement with a named speaker, each target and the stance toward it.
// Skipped only when Virtuoso is not installed and CI is not set: on CI a missing Virtuoso fails.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { openGraph, type QueryGraph } from "../src/query/open-graph.js";
import type { SaidAnswer } from "../src/query/said.js";
import { BUILD_TIMEOUT, buildSeed, CLI } from "./seed-graph.js";
import { findExecutable, startVirtuoso, type SparqlRow, type Virtuoso } from "./virtuoso-server.js";

const root = packageRoot();
const GRAPH = "https://actorgraph.org/graph/seed";
const executables = { server: findExecutable("virtuoso-t"), isql: findExecutable("isql-vt") };
const missing = executables.server === null || executables.isql === null;
const skip = missing && !process.env.CI;
const title = skip
  ? "Virtuoso end to end: SKIPPED, virtuoso-t or isql-vt is not on PATH (apt-get install virtuoso-opensource)"
  : "Virtuoso end to end";
if (skip) console.warn(title);

type Said = { speaker: string; statement: string; target: string; stance: string | null; date: string | null; text: string };

/** The SPARQL queries of docs/rdf.md, in order, so the documentation is what gets tested. */
function documentedQueries(): string[] {
  const docs = readFileSync(join(root, "docs", "rdf.md"), "utf8");
  return [...docs.matchAll(/```sparql\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
}

/** Who said what about whom as the query library answers it: each statement with a speaker, once per target. */
function saidByQuery(answer: SaidAnswer): Said[] {
  return answer.statements.flatMap(({ id, speaker, targets, date, text }) =>
    speaker === null
      ? []
      : targets.map((target) => ({ speaker: speaker.id, statement: id, target: target.actor.id, stance: target.stance, date, text })),
  );
}

function saidInSparql(rows: SparqlRow[]): Said[] {
  return rows.map((row) => ({
    speaker: row.speaker?.value ?? "",
    statement: row.statement?.value ?? "",
    target: row.target?.value ?? "",
    stance: row.stance?.value ?? null,
    date: row.date?.value ?? null,
    text: row.text?.value ?? "",
  }));
}

function sorted(rows: Said[]): Said[] {
  const key = (row: Said) => JSON.stringify([row.speaker, row.target, row.statement]);
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe.skipIf(skip)(title, () => {
  let outDir = "";
  let query: QueryGraph;
  let triples = 0;
  let virtuoso: Virtuoso | undefined;
  const [whoSaidWhat = "", trumpOnPutin = "", offices = ""] = documentedQueries();

  beforeAll(async () => {
    if (executables.server === null || executables.isql === null) {
      throw new Error("virtuoso-t and isql-vt must be on PATH when CI is set: apt-get install virtuoso-opensource");
    }
    ({ outDir } = buildSeed());
    query = openGraph(outDir);
    // The server's own folder: the database, and the file the bulk loader reads (DirsAllowed).
    const dir = join(outDir, "virtuoso");
    const load = join(dir, "load");
    mkdirSync(load, { recursive: true });
    const exported = execFileSync(process.execPath, [...CLI, "export", "rdf", outDir, "--to", join(load, "graph.nt")], { encoding: "utf8" });
    triples = Number(/wrote (\d+) triples/.exec(exported)?.[1]);
    virtuoso = await startVirtuoso(dir, { server: executables.server, isql: executables.isql });
    await virtuoso.load(load, "graph.nt", GRAPH);
  }, BUILD_TIMEOUT + 90_000);

  afterAll(async () => {
    await virtuoso?.stop();
    if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
  }, 30_000);

  it("holds every triple of the file", async () => {
    const [count] = (await virtuoso?.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${GRAPH}> { ?s ?p ?o } }`)) ?? [];
    expect(triples).toBeGreaterThan(1000);
    expect(Number(count?.n?.value)).toBe(triples);
  });

  it("answers who said what about whom as the query library does", async () => {
    const rows = (await virtuoso?.select(whoSaidWhat, GRAPH)) ?? [];
    const expected = saidByQuery(query.said({}));
    expect(expected.length).toBeGreaterThan(50);
    expect(sorted(saidInSparql(rows))).toEqual(sorted(expected));
    // Names come back as written, typographic quotes and all.
    expect(rows.find((row) => row.speaker?.value === "person:donald-trump")?.speakerName?.value).toBe("Donald Trump");
  });

  it("finds what Trump said about Putin, with the stance, the date and where it is written", async () => {
    const rows = (await virtuoso?.select(trumpOnPutin, GRAPH)) ?? [];
    const trust = rows.find((row) => row.text?.value.startsWith("I trust him on this subject"));
    expect(trust?.stance?.value).toBe("positive");
    expect(trust?.date).toMatchObject({ value: "2025-02-13", datatype: "http://www.w3.org/2001/XMLSchema#date" });
    expect(trust?.headline?.value).toMatch(/trusts Putin/);
    const crazy = rows.find((row) => row.text?.value === "He has gone absolutely CRAZY!");
    expect(crazy?.stance?.value).toBe("negative");
    expect(crazy?.date?.value).toBe("2025-05-01");
    expect(Number(crazy?.end?.value) - Number(crazy?.start?.value)).toBe("He has gone absolutely CRAZY!".length);
    const answer = query.said({ by: "person:donald-trump", about: "person:vladimir-putin" });
    const summary = (said: { text: string; stance: string | null; date: string | null }) => JSON.stringify([said.text, said.stance, said.date]);
    const inSparql = rows.map((row) => summary({ text: row.text?.value ?? "", stance: row.stance?.value ?? null, date: row.date?.value ?? null }));
    expect(inSparql.sort()).toEqual(answer.statements.map(summary).sort());
  });

  it("lists offices with their terms", async () => {
    const rows = (await virtuoso?.select(offices, GRAPH)) ?? [];
    const terms = rows.filter((row) => row.name?.value === "Donald Trump" && row.office?.value === "President of the United States");
    expect(terms.map((row) => row.term?.value).sort()).toEqual(["2017-01-20/2021-01-19", "2025-01-20/.."]);
  });
});
