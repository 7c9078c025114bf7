// The N-Triples export: literal escaping, every line parsed back with n3's strict N-Triples
// parser, and the triples the vocabulary (docs/rdf.md) promises for the seed build.
import { DataFactory, Parser, Store, type Quad } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { AG, keyIri, OWL_SAME_AS, PROV, RDF_TYPE, SCHEMA, XSD } from "../src/export/rdf-vocabulary.js";
import { literal, toNTriples } from "../src/export/to-ntriples.js";
import type { ActorGraph } from "../src/schema/graph.js";
import { BUILD_TIMEOUT, seedGraph } from "./seed-graph.js";

const { namedNode } = DataFactory;
const BASE = "https://actorgraph.org/id/";
const TRUMP = namedNode(keyIri(BASE, "person:donald-trump"));
const PUTIN = namedNode(keyIri(BASE, "person:vladimir-putin"));
// What a literal must escape, a control character, UTF-8 of two and four bytes, a lone surrogate.
const TRICKY = 'He said "no" \\ twice\nthen\r\tleft\u0007 — Zoë 🇺🇦 \uD800.';

function parse(lines: string[]): Quad[] {
  return new Parser({ format: "N-Triples" }).parse(lines.join(""));
}

describe("literal", () => {
  it("escapes quotes, backslashes, line ends, tabs and control characters, and keeps UTF-8 raw", () => {
    expect(literal('a"b\\c\nd\re\tf\u0007g\u007F')).toBe('"a\\"b\\\\c\\nd\\re\\tf\\u0007g\\u007F"');
    expect(literal("Zoë — 🇺🇦")).toBe('"Zoë — 🇺🇦"');
  });

  it("writes a lone surrogate, which UTF-8 cannot hold, as U+FFFD", () => {
    expect(literal("a\uD800b\uDC00")).toBe('"a\\uFFFDb\\uFFFD"');
  });
});

describe("toNTriples on the seed build", () => {
  let graph: ActorGraph;
  let lines: string[];
  let store: Store;
  const objects = (subject: string, predicate: string) =>
    store.getObjects(namedNode(subject), namedNode(predicate), null).map((term) => term.value).sort();

  beforeAll(() => {
    graph = seedGraph();
    lines = [...toNTriples(graph)];
    store = new Store(parse(lines));
  }, BUILD_TIMEOUT);

  it("writes one distinct triple per line, each of which parses", () => {
    expect(lines.every((line) => line.endsWith(" .\n") && line.indexOf("\n") === line.length - 1)).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
    expect(store.size).toBe(lines.length);
  });

  it("gives actors their schema.org class, names, aliases and Wikidata id", () => {
    const russia = keyIri(BASE, "country:RU");
    expect(objects(russia, RDF_TYPE)).toEqual([SCHEMA.Country]);
    expect(objects(russia, SCHEMA.name)).toEqual(["Russia"]);
    expect(objects(russia, SCHEMA.alternateName)).toContain("Kremlin");
    expect(objects(keyIri(BASE, "organization:bbc"), OWL_SAME_AS)).toEqual(["http://www.wikidata.org/entity/Q9531"]);
    expect(objects(TRUMP.value, AG.key)).toEqual(["person:donald-trump"]);
  });

  it("answers who said what about whom: Trump on Putin, with the stance toward him and the date", () => {
    const said = store.getSubjects(namedNode(SCHEMA.creator), TRUMP, null).flatMap((statement) => {
      const toPutin = store
        .getObjects(statement, namedNode(AG.qualifiedAbout), null)
        .filter((aboutness) => store.countQuads(aboutness, namedNode(AG.target), PUTIN, null) > 0);
      return toPutin.map((aboutness) => ({
        text: objects(statement.value, SCHEMA.text)[0],
        date: store.getObjects(statement, namedNode(SCHEMA.dateCreated), null)[0],
        stance: objects(aboutness.value, AG.stance)[0],
      }));
    });
    const trust = said.find((s) => s.text?.startsWith("I trust him on this subject"));
    expect(trust?.stance).toBe("positive");
    expect(trust?.date).toMatchObject({ value: "2025-02-13", datatype: { value: XSD.date } });
    const crazy = said.find((s) => s.text === "He has gone absolutely CRAZY!");
    expect(crazy?.stance).toBe("negative");
    expect(crazy?.date?.value).toBe("2025-05-01");
    // Each of them is also a plain schema:about triple.
    for (const statement of store.getSubjects(namedNode(SCHEMA.creator), TRUMP, null)) {
      expect(objects(statement.value, SCHEMA.about).length).toBe(objects(statement.value, AG.qualifiedAbout).length);
    }
  });

  it("derives every statement from its document, with its offsets", () => {
    for (const key of graph.filterNodes((_, node) => node.kind === "statement")) {
      const node = graph.getNodeAttributes(key);
      if (node.kind !== "statement") continue;
      const iri = keyIri(BASE, key);
      expect(objects(iri, RDF_TYPE)).toEqual([SCHEMA.Quotation, PROV.Entity]);
      expect(objects(iri, PROV.wasDerivedFrom)).toEqual([keyIri(BASE, `document:${node.doc}`)]);
      expect(objects(iri, AG.start)).toEqual([String(node.start)]);
      expect(objects(iri, AG.end)).toEqual([String(node.end)]);
      const [derivation] = objects(iri, PROV.qualifiedDerivation);
      expect(objects(derivation ?? "", PROV.entity)).toEqual([keyIri(BASE, `document:${node.doc}`)]);
    }
  });

  it("writes offices as schema:Role with the office, its dates and each term", () => {
    const [role, ...more] = objects(TRUMP.value, AG.qualifiedRole).filter((r) =>
      objects(r, AG.roleIn).includes(keyIri(BASE, "country:US")),
    );
    expect(more).toEqual([]);
    expect(objects(role ?? "", RDF_TYPE)).toEqual([SCHEMA.Role]);
    expect(objects(role ?? "", SCHEMA.roleName)).toEqual(["President of the United States"]);
    expect(objects(role ?? "", AG.term)).toEqual(["2017-01-20/2021-01-19", "2025-01-20/.."]);
    expect(objects(TRUMP.value, AG.holdsRoleIn)).toContain(keyIri(BASE, "country:US"));
  });

  it("types partial dates by their precision", () => {
    const years = store.getObjects(null, namedNode(SCHEMA.startDate), null).filter((date) => /^\d{4}$/.test(date.value));
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((date) => date.termType === "Literal" && date.datatype.value === XSD.gYear)).toBe(true);
  });

  it("is deterministic and puts every node under --base", () => {
    expect([...toNTriples(graph)]).toEqual(lines);
    const base = "https://example.org/news/id/";
    const subjects = new Set(parse([...toNTriples(graph, { base })]).map((quad) => quad.subject.value));
    expect([...subjects].every((subject) => subject.startsWith(base))).toBe(true);
  });

  it("round-trips any text through a strict parser", () => {
    const copy = graph.copy();
    const key = copy.findNode((_, node) => node.kind === "statement") ?? "";
    copy.updateNodeAttributes(key, (node) => (node.kind === "statement" ? { ...node, text: TRICKY } : node));
    const parsed = new Store(parse([...toNTriples(copy)]));
    const [text] = parsed.getObjects(namedNode(keyIri(BASE, key)), namedNode(SCHEMA.text), null);
    expect(text?.value).toBe(TRICKY.replace("\uD800", "\uFFFD"));
  });
});
