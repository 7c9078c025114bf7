import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { PositionsFile } from "../src/schema/position.js";
import { ActorAnswer, AmbiguousNameError, BetweenAnswer, EventsAnswer, InvalidParamsError, openGraph, PathAnswer, QUESTIONS, queryGraph, SaidAnswer, StanceAnswer, UnknownNameError, type QueryGraph } from "../src/index.js";
import { BUILD_TIMEOUT, buildSeed, CLI } from "./seed-graph.js";

let outDir = "";
let g: QueryGraph;

beforeAll(() => {
  outDir = buildSeed().outDir;
  g = openGraph(outDir);
}, BUILD_TIMEOUT);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [...CLI, "query", ...args, "--out", outDir], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
}

describe("query library", () => {
  it("said: Trump about Putin in date order, the 13 February 2025 statements and 1 May's 'He has gone absolutely CRAZY!'", () => {
    const answer = SaidAnswer.parse(g.said({ by: "Trump", about: "Putin" }));
    expect(answer.by?.id).toBe("person:donald-trump");
    expect(answer.about?.id).toBe("person:vladimir-putin");
    const dates = answer.statements.map((s) => s.date).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort());
    const february = answer.statements.filter((s) => s.date === "2025-02-13");
    expect(february.map((s) => s.text)).toContain("I trust him on this subject. I think he’d like to see something happen.");
    expect(february.every((s) => s.stance === "positive")).toBe(true);
    const crazy = answer.statements.find((s) => s.text === "He has gone absolutely CRAZY!");
    expect(crazy).toMatchObject({ date: "2025-05-01", stance: "negative", quoteKind: "direct", speaker: { name: "Donald Trump" } });
    expect(crazy?.source).toMatchObject({ file: "004_f27fcb169ba7fe07.txt", title: "Donald Trump on Russia Relations" });
    const text = readFileSync(join(packageRoot(), "data", "corpus", crazy?.source.file ?? ""), "utf8");
    expect(text.slice(crazy?.source.start ?? 0, crazy?.source.end ?? 0)).toBe("He has gone absolutely CRAZY!");
  });

  it("said: either side may be left out, and filters by date, stance and kind", () => {
    const aboutPutin = g.said({ about: "Putin" }).statements;
    expect(new Set(aboutPutin.map((s) => s.speaker?.name)).size).toBeGreaterThan(1);
    expect(aboutPutin.every((s) => s.targets.some((t) => t.actor.id === "person:vladimir-putin"))).toBe(true);
    const may = g.said({ by: "Trump", about: "Putin", from: "2025-05", to: "2025-05" }).statements;
    expect(may.map((s) => s.date)).toEqual(["2025-05-01", "2025-05-01"]);
    const negativeDirect = g.said({ by: "Trump", about: "Putin", stance: "negative", kind: "direct" }).statements;
    expect(negativeDirect.length).toBeGreaterThan(0);
    expect(negativeDirect.every((s) => s.stance === "negative" && s.quoteKind === "direct")).toBe(true);
  });

  it("stance: flags the change from trust in February 2025 to 'gone absolutely CRAZY' in May, as positions.json does", () => {
    const answer = StanceAnswer.parse(g.stance({ by: "Donald Trump", about: "putin" }));
    const toMay = answer.changes.find((c) => c.to.date === "2025-05-01");
    expect(toMay).toMatchObject({ was: "positive", became: "negative" });
    expect(answer.statements.find((s) => s.text.startsWith("I trust him"))?.stance).toBe("positive");
    expect(answer.statements.filter((s) => s.date === "2025-05-01").map((s) => s.text)).toContain("He has gone absolutely CRAZY!");
    const positions = PositionsFile.parse(JSON.parse(readFileSync(join(outDir, "positions.json"), "utf8")));
    const position = positions.find((p) => p.holder === "person:donald-trump" && p.target === "person:vladimir-putin");
    const spans = (from: { start: number | null }, to: { start: number | null }) => `${from.start}>${to.start}`;
    expect(answer.changes.map((c) => spans(c.from.source, c.to.source))).toEqual(position?.changes.map((c) => spans(position.statements[c.from] ?? { start: null }, position.statements[c.to] ?? { start: null })));
    expect(answer.stance).toBe(position?.stance);
  });

  it("names match aliases, case- and accent-insensitively", () => {
    expect(g.actor({ name: "Zelensky" }).actor).toEqual({ id: "person:volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", kind: "person" });
    expect(g.actor({ name: "ZELÉNSKYY" }).actor.id).toBe("person:volodymyr-zelenskyy");
    expect(g.actor({ name: "lukashenko" }).actor.id).toBe("person:alexander-lukashenko");
    expect(g.actor({ name: "person:vladimir-putin" }).actor.name).toBe("Vladimir Putin");
  });

  it("an unknown name suggests the nearest ones; an ambiguous one lists its candidates", () => {
    expect(() => g.actor({ name: "Putn" })).toThrow(UnknownNameError);
    try {
      g.said({ by: "Zelenskyj" });
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownNameError);
      expect((error as UnknownNameError).suggestions[0]).toBe("Volodymyr Zelenskyy");
    }
    // A second Putin as important as the first: "Putin" no longer says which.
    const graph = g.graph.copy();
    graph.addNode("person:lyudmila-putina", { ...graph.getNodeAttributes("person:vladimir-putin"), name: "Lyudmila Putina", label: "Lyudmila Putina", aliases: ["Putin"] });
    const twoPutins = queryGraph(graph);
    expect(() => twoPutins.actor({ name: "Putin" })).toThrow(AmbiguousNameError);
    try {
      twoPutins.actor({ name: "putin" });
    } catch (error) {
      expect((error as AmbiguousNameError).candidates.map((c) => c.id).sort()).toEqual(["person:lyudmila-putina", "person:vladimir-putin"]);
    }
    expect(twoPutins.actor({ name: "Vladimir Putin" }).actor.id).toBe("person:vladimir-putin");
  });

  it("bad parameters are an InvalidParamsError that names them", () => {
    expect(() => g.said({ stance: "happy" as never })).toThrow(/stance/);
    expect(() => g.said({ by: "Trump", bye: "x" } as never)).toThrow(InvalidParamsError);
    expect(() => g.events({ from: "13 May" })).toThrow(/from/);
  });

  it("actor: names, office with dates, Wikidata id, mentions, whom it speaks about, events", () => {
    const trump = ActorAnswer.parse(g.actor({ name: "Trump" }));
    expect(trump).toMatchObject({ wikidata: "Q22686", role: "actor" });
    expect(trump.aliases).toContain("Trump");
    expect(trump.offices).toContainEqual(expect.objectContaining({ label: "President of the United States", terms: expect.arrayContaining(["2025-01-20/.."]) }));
    expect(trump.documents.length).toBe(trump.documentCount);
    expect(trump.speaksAbout.find((s) => s.actor.id === "person:vladimir-putin")?.statements).toBe(g.said({ by: "Trump", about: "Putin" }).statements.length);
    expect(trump.events.some((e) => e.type === "call" && e.date === "2025-02-12")).toBe(true);
  });

  it("events: by actor, type (as written any way) and date; an unknown type suggests one", () => {
    const answer = EventsAnswer.parse(g.events({ actor: "Putin", type: "Press-Conference" }));
    expect(answer.events.map((e) => e.date)).toEqual(["2018-07-01", "2025-03-13"]);
    expect(g.events({ from: "2025-03", to: "2025-03" }).events.every((e) => e.date?.startsWith("2025-03"))).toBe(true);
    expect(() => g.events({ type: "sumit" })).toThrow(/did you mean "summit"/);
  });

  it("between: statements both ways and shared events, in time order", () => {
    const answer = BetweenAnswer.parse(g.between({ a: "Putin", b: "Trump" }));
    const statements = answer.connections.flatMap((c) => (c.via === "statement" ? [c.statement] : []));
    expect(statements.some((s) => s.speaker?.id === "person:vladimir-putin")).toBe(true);
    expect(statements.some((s) => s.text === "He has gone absolutely CRAZY!")).toBe(true);
    expect(answer.connections.some((c) => c.via === "event" && c.event.type === "summit")).toBe(true);
  });

  it("path: the shortest chain, each link with its evidence", () => {
    const answer = PathAnswer.parse(g.path({ from: "Lukashenko", to: "Mark Rutte" }));
    expect(answer.connected).toBe(true);
    expect(answer.links.map((l) => l.to.id).at(-1)).toBe("person:mark-rutte");
    for (const link of answer.links) expect(link.statements.length + link.events.length + link.roles.length).toBeGreaterThan(0);
    expect(g.path({ from: "Putin", to: "Trump" }).links).toHaveLength(1);
  });

  it("answers the same whichever question a freshly opened graph is asked first", () => {
    // What questions look things up by is made when one first needs it: the order asked must not matter.
    const questions = [
      (q: QueryGraph) => q.path({ from: "Lukashenko", to: "Mark Rutte" }),
      (q: QueryGraph) => q.actor({ name: "Putin" }),
      (q: QueryGraph) => q.said({ by: "Trump", about: "Putin" }),
      (q: QueryGraph) => q.between({ a: "Putin", b: "Trump" }),
      (q: QueryGraph) => q.events({ actor: "Putin" }),
    ];
    const fresh = queryGraph(g.graph);
    const backwards = [...questions].reverse().map((ask) => ask(fresh));
    expect(backwards.reverse()).toEqual(questions.map((ask) => ask(g)));
  });

  it("imports as the package: import { openGraph } from \"actorgraph\"", () => {
    // Node's self-reference through package.json "exports", as a user's script would import it (needs dist/, built by npm install).
    const script = `import { openGraph } from "actorgraph"; console.log(openGraph(${JSON.stringify(outDir)}).said({ by: "Trump", about: "Putin" }).statements.length);`;
    const printed = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageRoot(), encoding: "utf8" });
    expect(Number(printed)).toBe(g.said({ by: "Trump", about: "Putin" }).statements.length);
  });
});

// Each run starts the CLI from its sources under tsx: a few seconds apiece.
describe("actorgraph query", { timeout: 120_000 }, () => {
  it("--json prints the answer the library gives, with its page", () => {
    const run = cli("said", "--by", "Trump", "--about", "Putin", "--json");
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(g.ask(QUESTIONS.said, { by: "Trump", about: "Putin" }));
    expect(printed.page).toEqual({ offset: 0, limit: 100, totals: { statements: printed.statements.length } });
  });

  it("prints a table with the quotes and their sources, and CSV for scripts", () => {
    const table = cli("stance", "--by", "Trump", "--about", "Putin");
    expect(table.status).toBe(0);
    expect(table.stdout).toContain("Donald Trump on Vladimir Putin");
    expect(table.stdout).toContain("Changes of stance");
    expect(table.stdout).toContain("“He has gone absolutely");
    expect(table.stdout).toMatch(/^ +CRAZY!”$/m);
    expect(table.stdout).not.toContain("\x1b[");
    const csv = cli("said", "--by", "Trump", "--about", "Putin", "--to", "2025-02-13", "--csv");
    const lines = csv.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe("date,speaker_id,speaker,stance,kind,text,targets,target_stances,doc,title,published,file,start,end");
    expect(lines.some((l) => l.startsWith("2025-02-13,person:donald-trump,Donald Trump,positive,direct,I trust him on this subject."))).toBe(true);
  });

  it("an unknown name exits non-zero with a suggestion; bad options exit 2", () => {
    const unknown = cli("actor", "Zelenskyj");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('did you mean "Volodymyr Zelenskyy"');
    expect(cli("said", "--stance", "happy").status).toBe(2);
    expect(cli("said", "--bye", "Trump").status).toBe(2);
    expect(cli("nonsense").status).toBe(2);
    expect(cli("between", "Trump").status).toBe(2);
  });
});
