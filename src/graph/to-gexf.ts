// Writes the graph as GEXF 1.3 for Gephi, by hand rather than with graphology-gexf, which writes
// no spells, objects as "[object Object]" and dates with toString(). Dated statements, events and
// edges get spells so Gephi's timeline can filter on them; undated ones get none and always show.
// Attributes are declared from the zod schemas, so a field added there is exported with its type.
// Deterministic: nodes and edges in the files' order (file-order.ts), attributes in key order, no
// clock. Each element is built as one string, with no intermediate arrays: a 10,000-document
// graph has some 600,000 elements.
import type { ZodType } from "zod";
import { attributeTypes, type AttributeScalar } from "../schema/attribute-types.js";
import type { IsoDate } from "../schema/extraction.js";
import { EdgeAttributes, NodeAttributes, type GraphAttributes } from "../schema/graph.js";
import { inKeyOrder, type GraphListing } from "./file-order.js";
import { hasPieces, joinChunks, pieceNodes, positionsOf, type PieceFormat } from "./statement-pieces.js";
import type { GraphReader } from "./graph-table.js";

type GexfScalar = "string" | "integer" | "double" | "boolean";
type GexfType = GexfScalar | `list${GexfScalar}`;
/** Each declared attribute's GEXF type and the start of its <attvalue> line, made once. */
type Declared = Map<string, { type: GexfType; opening: string }>;
/** A time interval, both ends inclusive; no end while it lasts. */
type Spell = { start: string; end: string | null };

// Dates as strings: GEXF's date type would drop the precision of "2025" and "2025-03".
const SCALARS: Record<AttributeScalar, GexfScalar> = {
  string: "string",
  date: "string",
  integer: "integer",
  number: "double",
  boolean: "boolean",
};

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Kept as references: a parser turns a literal tab or line break in an attribute into a space.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
// Characters XML 1.0 does not allow at all, unpaired surrogates included.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything xml() changes: most texts have none of it and are returned as they are. */
const SPECIAL = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

// Written as GEXF's own label, weight and viz elements rather than as attributes.
const NODE_ATTRIBUTES = declare(NodeAttributes, ["label", "x", "y", "size", "color"]);
const EDGE_ATTRIBUTES = declare(EdgeAttributes, ["label", "weight", "size", "color"]);

export function toGexf(graph: GraphReader): string {
  return joinChunks(gexfChunks(inKeyOrder(graph)));
}

/** graph.gexf's statements as pieces (statement-pieces.ts): a node's position is near its end. */
export const GEXF_PIECES: PieceFormat = {
  node: ({ key, attributes }) => gexfNode(key, attributes),
  edge: ({ key, source, target, attributes }) => gexfEdge(key, source, target, attributes),
  separator: "",
  position: `<viz:position x="0" y="0" z="0"/>`,
  number: String,
};

/** The GEXF document element by element, for writing a large graph as a stream; a statement section that has its pieces is spliced from them. */
export function* gexfChunks(graph: GraphListing): Generator<string | Uint8Array> {
  yield gexfOpening(graph.attributes);
  for (const { key, attributes } of graph.nodes()) yield gexfNode(key, attributes);
  for (const section of graph.sections) {
    if (hasPieces(section)) yield* pieceNodes(section.pieces.read("gexf", "nodes"), positionsOf(section), GEXF_PIECES);
    else for (const { key, attributes } of section.nodes) yield gexfNode(key, attributes);
  }
  yield GEXF_BETWEEN;
  for (const edge of graph.edges()) yield "mentionsOf" in edge ? edge.mentionsOf.pieces.read("gexf", "mentions") : gexfEdge(edge.key, edge.source, edge.target, edge.attributes);
  for (const section of graph.sections) {
    if (hasPieces(section)) yield section.pieces.read("gexf", "edges");
    else for (const { key, source, target, attributes } of section.edges) yield gexfEdge(key, source, target, attributes);
  }
  yield GEXF_CLOSING;
}

/** Everything before the first node: the header, the attribute declarations, and the opening of <nodes>. */
export function gexfOpening({ name, builtFrom, documents, extractorVersion }: GraphAttributes): string {
  return block([
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
    `  <meta>`,
    `    <creator>actorgraph ${xml(extractorVersion)}</creator>`,
    `    <description>${xml(`${name}: ${documents} documents from ${builtFrom}`)}</description>`,
    `  </meta>`,
    `  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">`,
    ...declarations("node", NODE_ATTRIBUTES),
    ...declarations("edge", EDGE_ATTRIBUTES),
    `    <nodes>`,
  ]);
}

/** One <node> element, its line break included. */
export function gexfNode(key: string, node: NodeAttributes): string {
  return `      <node id="${xml(key)}" label="${xml(node.label)}">\n` +
    attvalues(node, NODE_ATTRIBUTES) +
    ("date" in node && node.date !== null ? daySpells(node.date) : "") +
    color(node.color) +
    `        <viz:position x="${node.x}" y="${node.y}" z="0"/>\n` +
    `        <viz:size value="${node.size}"/>\n` +
    `      </node>\n`;
}

export const GEXF_BETWEEN = block([`    </nodes>`, `    <edges>`]);

/** One <edge> element, its line break included. */
export function gexfEdge(key: string, source: string, target: string, edge: EdgeAttributes): string {
  const label = edge.label === null ? "" : ` label="${xml(edge.label)}"`;
  return `      <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}"${label} weight="${edge.weight}">\n` +
    attvalues(edge, EDGE_ATTRIBUTES) +
    edgeSpells(edge) +
    color(edge.color) +
    `        <viz:thickness value="${edge.size}"/>\n` +
    `      </edge>\n`;
}

export const GEXF_CLOSING = block([`    </edges>`, `  </graph>`, `</gexf>`]);

/** One element's lines as one piece: fewer, larger pieces for the writer. */
function block(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/** Offices span their terms (or date..until); anything else dated spans its date. */
function edgeSpells(edge: EdgeAttributes): string {
  if (edge.terms.length > 0) {
    return spells(
      edge.terms.map((term) => {
        const [first = "", last = ".."] = term.split("/");
        return period(first, last === ".." ? null : last);
      }),
    );
  }
  if (edge.date === null) return "";
  return edge.relation === "holds_role" ? spells([period(edge.date, edge.until)]) : daySpells(edge.date);
}

/** The <spells> of something dated `date` alone; remembered, as a corpus has a few thousand dates and half a million dated elements. */
function daySpells(date: IsoDate): string {
  let text = DAY_SPELLS.get(date);
  if (text === undefined) {
    text = spells([period(date, date)]);
    if (DAY_SPELLS.size < MAX_REMEMBERED) DAY_SPELLS.set(date, text);
  }
  return text;
}

const DAY_SPELLS = new Map<string, string>();

/** From the first day of `first` to the last day of `last`: a month spans the month, a year the year. */
function period(first: IsoDate, last: IsoDate | null): Spell {
  // "2022" + "-01-01" and "2022-03" + "-01-01" cut to ten characters give the period's first day.
  return { start: `${first}-01-01`.slice(0, 10), end: last === null ? null : lastDayOf(last) };
}

function lastDayOf(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, "0")}`;
}

/** The <spells> element and its line break, or nothing. */
function spells(list: Spell[]): string {
  if (list.length === 0) return "";
  let items = "";
  for (const { start, end } of list) items += `          <spell start="${start}"${end === null ? "" : ` end="${end}"`}/>\n`;
  return `        <spells>\n${items}        </spells>\n`;
}

/** The <attvalues> element and its line break, or nothing. */
function attvalues(attributes: Record<string, unknown>, declared: Declared): string {
  let values = "";
  for (const [name, { opening }] of declared) {
    const value = attributes[name];
    // A missing value is GEXF's null: Gephi leaves the cell empty. Empty lists are left out too,
    // or every edge would carry terms="[]".
    if (value === null || value === undefined) continue;
    if (typeof value === "string") values += `${opening}${xml(value)}"/>\n`;
    else if (Array.isArray(value)) values += value.length === 0 ? "" : `${opening}${xml(format(value))}"/>\n`;
    // Numbers and booleans have nothing to escape.
    else values += `${opening}${String(value)}"/>\n`;
  }
  return values === "" ? "" : `        <attvalues>\n${values}        </attvalues>\n`;
}

/** Lists as Gephi writes and reads them: [a, "b, c"], strings quoted with \ escapes. */
function format(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (typeof item === "string" ? `"${item.replace(/["\\]/g, "\\$&")}"` : String(item))).join(", ")}]`;
  }
  return String(value);
}

/** The <viz:color> line of a colour, or nothing; remembered, as a graph has a dozen colours. */
function color(hex: string): string {
  let line = COLOR_LINES.get(hex);
  if (line === undefined) {
    const rgb = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    const [r, g, b] = (rgb?.slice(1) ?? []).map((pair) => Number.parseInt(pair, 16));
    line = rgb === null ? "" : `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`;
    if (COLOR_LINES.size < MAX_REMEMBERED) COLOR_LINES.set(hex, line);
  }
  return line;
}

const COLOR_LINES = new Map<string, string>();
/** Colours are the palette's and dates a few thousand; a graph from elsewhere could have any number. */
const MAX_REMEMBERED = 10_000;

function declarations(kind: "node" | "edge", declared: Declared): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...[...declared].map(([name, { type }]) => `      <attribute id="${xml(name)}" title="${xml(name)}" type="${type}"/>`),
    `    </attributes>`,
  ];
}

/** Every field of the schema but the ones written otherwise, sorted, with its GEXF type. */
function declare(schema: ZodType, writtenOtherwise: string[]): Declared {
  const declared = attributeTypes(schema, writtenOtherwise, "toGexf");
  return new Map(
    [...declared].map(([name, { scalar, list }]) => {
      const type: GexfType = list ? `list${SCALARS[scalar]}` : SCALARS[scalar];
      return [name, { type, opening: `          <attvalue for="${xml(name)}" value="` }] as const;
    }),
  );
}

function xml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(ILLEGAL, "").replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}
