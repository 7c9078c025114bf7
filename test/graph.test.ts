// The merged graph and its files: merging across documents, provenance, offices, layout,
// graph.json round trip and the GEXF export (golden file, read back with graphology-gexf).
// UPDATE_GOLDEN=1 rewrites test/golden/small.gexf; read it before keeping it.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildGraph, PALETTE, type OfficeTerm } from "../src/graph/build-graph.js";
import { inFileOrder } from "../src/graph/file-order.js";
import { GraphJsonError, parseGraphJson, toGraphJson } from "../src/graph/graph-json.js";
import { layoutGraph } from "../src/graph/layout-graph.js";
import { gexfChunks } from "../src/graph/to-gexf.js";
import { packageRoot } from "../src/build/package-root.js";
import { ExtractionRecord } from "../src/schema/extraction.js";
import { byCodeUnits } from "../src/text/code-unit-order.js";
import { inGraphology, seed } from "./helpers.js";

const GOLDEN = new URL("golden/small.gexf", import.meta.url);
const INVASION = "event:assault:2022-02-24:country:RU+country:UA";
const PUTIN = "person:vladimir-putin";
// Long enough to be cut for the label, with what XML must escape and a BEL it must drop.
const TRICKY = `Peace talks are "a farce" & <security> guarantees can't wait\u0007, Putin said of the NATO plans.`;

const first = ExtractionRecord.parse({
  doc: {
    id: "a1",
    source: "corpus/a1.html",
    title: "Russia attacks Ukraine",
    published: "2022-02-24",
    authors: ["Jane Doe"],
    kind: "article",
    url: "https://example.org/a1",
    outlet: "Example News",
    boilerplate: [],
  },
  entities: [
    { id: PUTIN, type: "person", name: "Vladimir Putin", aliases: ["Putin"], mentions: [{ start: 0, end: 14 }, { start: 120, end: 125 }] },
    { id: "country:RU", type: "country", name: "Russia", aliases: [], mentions: [{ start: 20, end: 26 }] },
    { id: "country:UA", type: "country", name: "Ukraine", aliases: [], mentions: [{ start: 35, end: 42 }] },
    // A byline author with no span in the text.
    { id: "person:jane-doe", type: "person", name: "Jane Doe", aliases: [], mentions: [], role: "author" },
  ],
  quotes: [
    {
      id: "q1",
      speaker: PUTIN,
      speakerMention: { start: 120, end: 125 },
      text: TRICKY,
      start: 50,
      end: 145,
      kind: "direct",
      cue: "said",
      about: ["country:UA", "organization:nato"],
      stance: { "country:UA": "negative", "organization:nato": "negative" },
      date: "2022-02-24",
      sentence: { start: 48, end: 160 },
    },
  ],
  events: [
    { id: INVASION, type: "assault", cameo: "19", participants: ["country:RU", "country:UA"], date: "2022-02-24", place: null, start: 0, end: 45 },
  ],
  positions: [],
  facts: [
    { subject: PUTIN, relation: "holds_role", object: "country:RU", label: "President", date: "2022-02-24", start: 0, end: 14 },
    // No node stands for the object: the edge is left out.
    { subject: PUTIN, relation: "member_of", object: "organization:united-russia", label: "member", date: null, start: 0, end: 14 },
  ],
});

const second = ExtractionRecord.parse({
  doc: {
    id: "b2",
    source: "corpus/b2.html",
    title: null,
    published: "2022-03-02",
    authors: [],
    kind: "article",
    url: null,
    outlet: null,
    boilerplate: [],
  },
  entities: [
    { id: PUTIN, type: "person", name: "Putin", aliases: ["President Putin"], mentions: [{ start: 10, end: 15 }], wikidata: "Q7747" },
    { id: "country:UA", type: "country", name: "Ukraine", aliases: ["Ukraina"], mentions: [{ start: 0, end: 7 }, { start: 60, end: 67 }] },
    { id: "country:RU", type: "country", name: "Russia", aliases: [], mentions: [{ start: 80, end: 86 }] },
  ],
  quotes: [
    {
      id: "q1",
      speaker: null,
      speakerMention: null,
      text: "Talks may resume.",
      start: 20,
      end: 37,
      kind: "indirect",
      cue: "according to",
      about: ["country:UA"],
      stance: { "country:UA": "positive" },
      date: "2022-03",
      sentence: { start: 20, end: 50 },
    },
  ],
  events: [
    { id: INVASION, type: "assault", cameo: "19", participants: ["country:RU", "country:UA"], date: "2022-02-24", place: "Kyiv", start: 60, end: 90 },
  ],
  positions: [],
  facts: [],
});

const offices: Record<string, OfficeTerm[]> = {
  [PUTIN]: [
    { label: "President of Russia", of: "country:RU", start: "2012-05-07", end: null },
    { label: "President of Russia", of: "country:RU", start: "2000-05-07", end: "2008-05-07" },
    { label: "Prime Minister of Russia", of: "country:RU", start: "2008-05-08", end: "2012-05-07" },
    { label: "Chairman", of: "organization:united-russia", start: "2008", end: "2012" },
  ],
};

function built() {
  return buildGraph([first, second], {
    name: "small",
    builtFrom: "test records",
    extractorVersion: "test",
    officesOf: (person) => offices[person] ?? [],
  });
}

/** In graphology, whose whole API the tests use. */
function build() {
  return inGraphology(built());
}

const A1_STATEMENT = "statement:a1:50-145";
const B2_STATEMENT = "statement:b2:20-37";

describe("buildGraph", () => {
  const graph = build();

  it("merges an actor across documents and aliases", () => {
    expect(graph.getNodeAttributes(PUTIN)).toMatchObject({
      kind: "person",
      name: "Vladimir Putin",
      aliases: ["President Putin", "Putin"],
      wikidata: "Q7747",
      role: "actor",
      mentionCount: 3,
      documentCount: 2,
      // 3 mentions + 3 × 1 statement said
      importance: 6,
    });
    expect(graph.getNodeAttributes("person:jane-doe")).toMatchObject({ role: "author", mentionCount: 0, documentCount: 1 });
    expect(graph.getEdgeAttributes("mentions:document:a1->person:jane-doe").weight).toBe(1);
    expect(graph.getEdgeAttributes("mentions:document:b2->country:UA").weight).toBe(2);
  });

  it("merges an event reported by two documents", () => {
    expect(graph.filterNodes((_, node) => node.kind === "event")).toEqual([INVASION]);
    expect(graph.getNodeAttributes(INVASION)).toMatchObject({
      docs: ["a1", "b2"],
      mentionCount: 2,
      place: "Kyiv",
      participants: ["country:RU", "country:UA"],
      importance: 4,
    });
    expect(graph.getEdgeAttributes(`participant_in:country:RU->${INVASION}`)).toMatchObject({ weight: 2, doc: "a1", start: 0, end: 45 });
    expect(graph.hasEdge(`reported_in:${INVASION}->document:b2`)).toBe(true);
  });

  it("keeps a statement with its speaker, targets and document, and their provenance", () => {
    expect(graph.getNodeAttributes(A1_STATEMENT)).toMatchObject({
      kind: "statement",
      label: `Peace talks are "a farce" & <security> guarantees can't…`,
      stance: "negative",
      speaker: PUTIN,
      doc: "a1",
      date: "2022-02-24",
      importance: 3,
    });
    const provenance = { doc: "a1", start: 50, end: 145, date: "2022-02-24", weight: 1 };
    expect(graph.getEdgeAttributes(`said:${PUTIN}->${A1_STATEMENT}`)).toMatchObject({ ...provenance, label: "said" });
    expect(graph.getEdgeAttributes(`about:${A1_STATEMENT}->country:UA`)).toMatchObject({
      ...provenance,
      stance: "negative",
      color: PALETTE.stance.negative,
    });
    expect(graph.getEdgeAttributes(`reported_in:${A1_STATEMENT}->document:a1`)).toMatchObject(provenance);
    // No node for NATO, no speaker for the second statement: those edges are left out.
    expect(graph.outDegree(A1_STATEMENT)).toBe(2);
    expect(graph.inDegree(B2_STATEMENT)).toBe(0);
    expect(graph.getNodeAttributes("country:UA")).toMatchObject({ aliases: ["Ukraina"], importance: 3 + 2 * 2 + 2 });
    expect(graph.getNodeAttributes("document:a1").importance).toBe(2);
  });

  it("labels a statement with its text on one line, cut at a word near 60 characters", () => {
    const labelOf = (text: string) => {
      const record = structuredClone(first);
      record.quotes = record.quotes.map((quote) => ({ ...quote, text }));
      return inGraphology(buildGraph([record], { name: "labels", builtFrom: "test records", extractorVersion: "test" })).getNodeAttributes(A1_STATEMENT).label;
    };
    expect(labelOf("  Short,\n\tand  on one line.  ")).toBe("Short, and on one line.");
    // Line breaks and runs of spaces collapse before the cut, however long the run.
    const long = `We will\n\nnot   give up ${" ".repeat(2000)}an inch of our land, not now and not ever, whatever it costs us.`;
    expect(labelOf(long)).toBe("We will not give up an inch of our land, not now and not…");
    // A cut never splits a surrogate pair: an emoji counts as one character.
    expect(labelOf(`${"😀".repeat(70)} done`)).toBe(`${"😀".repeat(59)}…`);
  });

  it("counts each document's statement edges as it makes them, a document read twice too", () => {
    const records = readdirSync(join(packageRoot(), "data", "corpus")).sort().map(seed);
    // The second of two records of one document adds its evidence to the first's edges.
    const { sections } = buildGraph([...records, records[0]!].sort((a, b) => byCodeUnits(a.doc.id, b.doc.id)), { name: "seed", builtFrom: "seed", extractorVersion: "test" });
    expect(sections.some((section) => section.records === 2 && section.edges.some(({ attributes }) => attributes.weight === 2))).toBe(true);
    for (const section of sections) {
      const ends: string[] = [];
      section.forEachEdgeEnd((relation, source, target) => ends.push(`${relation}:${source}->${target}`));
      expect(ends.sort()).toEqual(section.edges.map(({ key }) => key).sort());
      expect(section.edgeCount).toBe(section.edges.length);
    }
    expect(sections.reduce((edges, section) => edges + section.edgeCount, 0)).toBeGreaterThan(50);
  });

  it("adds every term of the offices a person held, with the document that saw it", () => {
    expect(graph.getEdgeAttributes(`holds_role:${PUTIN}->country:RU`)).toMatchObject({
      label: "President of Russia; Prime Minister of Russia",
      date: "2000-05-07",
      until: null,
      terms: ["2000-05-07/2008-05-06", "2008-05-08/2012-05-06", "2012-05-07/.."],
      doc: "a1",
      start: 0,
      end: 14,
      weight: 2,
    });
    expect(graph.outEdges(PUTIN).filter((edge) => edge.includes("united-russia"))).toEqual([]);
    expect(graph.getAttributes()).toEqual({ name: "small", builtFrom: "test records", documents: 2, extractorVersion: "test" });
  });
});

describe("layoutGraph", () => {
  const json = (graph: ReturnType<typeof built>) => toGraphJson(inGraphology(graph));

  it("gives the same positions on every run", () => {
    const graph = built();
    const once = json(layoutGraph(graph, { seed: 7 }));
    expect(json(layoutGraph(built(), { seed: 7 }))).toBe(once);
    expect(json(layoutGraph(graph, { seed: 8 }))).not.toBe(once);
    // In place, and from seeded positions whatever the graph held before.
    expect(json(layoutGraph(graph, { seed: 7 }))).toBe(once);
    const laidOut = layoutGraph(graph);
    laidOut.forEachNode((_, { x, y }) => {
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
    });
  });

  it("puts a statement outside the core next to its speaker, or its document when it has none, in a direction its key alone decides", () => {
    const offset = (records: ExtractionRecord[], statement: string, anchor: string) => {
      const graph = buildGraph(records, { name: "small", builtFrom: "test records", extractorVersion: "test" });
      // Everything but the statements moved by ForceAtlas2.
      const laidOut = inGraphology(layoutGraph(graph, { core: new Set(graph.table.nodes()) }));
      const [from, to] = [laidOut.getNodeAttributes(anchor), laidOut.getNodeAttributes(statement)];
      return { distance: Math.hypot(to.x - from.x, to.y - from.y) / from.size, angle: Math.atan2(to.y - from.y, to.x - from.x) };
    };
    const spoken = offset([first, second], A1_STATEMENT, PUTIN);
    expect(spoken.distance).toBeGreaterThan(0.99);
    expect(spoken.distance).toBeLessThan(3.01);
    const unattributed = offset([first, second], B2_STATEMENT, "document:b2");
    expect(unattributed.distance).toBeGreaterThan(0.99);
    expect(unattributed.distance).toBeLessThan(3.01);
    // Without the other document Putin is placed elsewhere and smaller, but the statement keeps its bearing from him.
    expect(offset([first], A1_STATEMENT, PUTIN).angle).toBeCloseTo(spoken.angle, 2);
  });
});

describe("graph.json", () => {
  const json = toGraphJson(inGraphology(layoutGraph(built())));

  it("round-trips", () => {
    expect(toGraphJson(parseGraphJson(json, "out/graph.json"))).toBe(json);
  });

  it("rejects a corrupted file, naming it", () => {
    const corrupted = json.replace(`"kind":"statement"`, `"kind":"speech"`);
    expect(() => parseGraphJson(corrupted, "out/graph.json")).toThrow(GraphJsonError);
    expect(() => parseGraphJson(corrupted, "out/graph.json")).toThrow(/^out\/graph\.json: not a valid graph\.json:\n/);
    expect(() => parseGraphJson(json.slice(0, -10), "out/graph.json")).toThrow(/^out\/graph\.json: not JSON/);
    const dangling = JSON.stringify({ ...JSON.parse(json), nodes: [] });
    expect(() => parseGraphJson(dangling, "out/graph.json")).toThrow(/^out\/graph\.json: not a valid graph\.json: .*not found/);
  });
});

describe("graph.gexf", () => {
  // As the build writes it: the table's nodes and edges by key, then each document's statements.
  const xml = [...gexfChunks(inFileOrder(layoutGraph(built())))].join("");

  it("matches the golden file", () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, xml);
    expect(xml).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("reads back with graphology-gexf", () => {
    const graph = build();
    const parsed = gexf.parse(DirectedGraph, xml);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttributes(PUTIN)).toMatchObject({ kind: "person", aliases: ["President Putin", "Putin"] });
    // The control character is dropped, everything else comes back as it was.
    expect(parsed.getNodeAttribute(A1_STATEMENT, "text")).toBe(TRICKY.replace("\u0007", ""));
    expect(parsed.getEdgeAttributes(`holds_role:${PUTIN}->country:RU`)).toMatchObject({ label: "President of Russia; Prime Minister of Russia", weight: 2 });
  });

  it("writes spells for dated statements, events and offices", () => {
    const escaped = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const element = (id: string) => new RegExp(`<(node|edge) id="${escaped(id)}"[^>]*>[\\s\\S]*?</\\1>`).exec(xml)?.[0] ?? "";
    expect(element(A1_STATEMENT)).toContain(`<spell start="2022-02-24" end="2022-02-24"/>`);
    expect(element(B2_STATEMENT)).toContain(`<spell start="2022-03-01" end="2022-03-31"/>`);
    expect(element(INVASION)).toContain(`<spell start="2022-02-24" end="2022-02-24"/>`);
    expect(element(`holds_role:${PUTIN}-&gt;country:RU`)).toContain(
      [
        `<spell start="2000-05-07" end="2008-05-06"/>`,
        `<spell start="2008-05-08" end="2012-05-06"/>`,
        `<spell start="2012-05-07"/>`,
      ].join("\n          "),
    );
    expect(element(PUTIN)).not.toContain("<spell");
  });

  it("escapes text and drops characters XML does not allow", () => {
    expect(xml).toContain(`Peace talks are &quot;a farce&quot; &amp; &lt;security&gt; guarantees can&apos;t wait, Putin`);
    expect(xml).not.toContain("\u0007");
  });
});
