// Merges the per-document extraction records into one directed graph: actors, documents,
// statements and events as nodes; who said what about whom, who took part in what, where it was
// reported and who held which office as edges. Pure: the caller sorts the records (the first
// evidence for a node or edge is the one kept) and passes the knowledge base in as `officesOf`.
// Positions are left at 0,0 for layoutGraph. Attribute objects are created with their keys in
// code-unit order, the order graph.json writes them in, and later updated in place, not copied: a
// 10,000-document graph has some 600,000 of them. Statements are not merged into the table with the
// rest but kept per document (built-graph.ts): a statement and its edges come from its document
// alone.
import type { Entity, Event, ExtractionRecord, Quote, Span, Stance } from "../schema/extraction.js";
import { ActorCategory, type ActorNode, type EdgeAttributes, type NodeAttributes, type NodeKind, type Relation, type StatementNode } from "../schema/graph.js";
import type { KbOffice, KbTenure } from "../schema/knowledge-base.js";
import { BuiltGraph, type KeyedEdge, type StatementSection } from "./built-graph.js";
import { GraphTable } from "./graph-table.js";
import { byCodeUnits } from "../text/code-unit-order.js";

/** One term of an office, as the knowledge base has it: `end` is the successor's first day (excluded). */
export type OfficeTerm = Pick<KbOffice, "label" | "of"> & Pick<KbTenure, "start" | "end">;

export type BuildGraphOptions = {
  name: string;
  builtFrom: string;
  extractorVersion: string;
  officesOf?: (personId: string) => OfficeTerm[];
};

/**
 * Node colours by kind (Okabe–Ito, told apart under the common colour-vision deficiencies), edge
 * colours by stance where the edge carries one, else a light grey by relation.
 */
export const PALETTE = {
  node: {
    person: "#0072b2",
    country: "#e69f00",
    organization: "#009e73",
    location: "#56b4e9",
    event: "#cc79a7",
    statement: "#f0e442",
    document: "#666666",
  } satisfies Record<NodeKind, string>,
  stance: { positive: "#009e73", negative: "#d55e00", neutral: "#999999" } satisfies Record<Stance, string>,
  relation: {
    said: "#c8c0a8",
    about: "#c8c8c8",
    reported_in: "#dddddd",
    mentions: "#e6e6e6",
    participant_in: "#d8c4d0",
    holds_role: "#b8c8d8",
    member_of: "#b8d0c4",
  } satisfies Record<Relation, string>,
};

/**
 * What a number attribute that will hold fractions holds until it is set: a position until
 * layoutGraph, a size until sizeByImportance (a statement's is its own at once). V8 stores a
 * field that first held a whole number as one, and the first fraction written into it moves every
 * object of that shape to a new one: a third of a second when a 10k build's 180,000 nodes are
 * placed. -0 is stored as a fraction is, and equals 0 and is written as 0.
 */
const UNSET = -0;

const LABEL_LENGTH = 60;
const MAX_NODE_SIZE = 30;
const MAX_EDGE_SIZE = 10;
/** The statement's overall stance is the first of these any target gets. */
const STANCE_PRECEDENCE: readonly Stance[] = ["negative", "positive", "neutral"];
const ACTOR_KINDS: ReadonlySet<NodeKind> = new Set(ActorCategory.options);

/** What one piece of evidence says about an edge; colour and size follow from it. */
type Evidence = Omit<EdgeAttributes, "color" | "size">;

/** Where evidence for an edge goes: the table, or one document's statements. */
interface EdgeStore {
  findEdgeAttributes(key: string): EdgeAttributes | undefined;
  addEdgeIfPossible(key: string, source: string, target: string, attributes: EdgeAttributes): boolean;
}

/** The records in document order: the first evidence for a node or edge is the one kept. */
export function buildGraph(records: ExtractionRecord[], options: BuildGraphOptions): BuiltGraph {
  const graph = new GraphTable();
  // All nodes first, so an edge read in one document can reach a node first seen in a later one.
  for (const record of records) addNodes(graph, record);
  // Offices before the documents' facts: the knowledge base knows the office's name and dates, a
  // document's apposition only witnesses it, and the first evidence for an edge is the one kept.
  if (options.officesOf) addOffices(graph, options.officesOf);
  for (const record of records) addEdges(graph, record);
  const sections = sameDocument(records).map((group) => statementSection(group, (key) => graph.hasNode(key)));
  sizeByImportance(graph, sections);
  graph.replaceAttributes({
    builtFrom: options.builtFrom,
    documents: graph.filterNodes((_, node) => node.kind === "document").length,
    extractorVersion: options.extractorVersion,
    name: options.name,
  });
  return new BuiltGraph(graph, sections);
}

/** Runs of records with the same document id (a corpus can hold an article twice): adjacent, as the records are in document order. */
function sameDocument(records: ExtractionRecord[]): ExtractionRecord[][] {
  const groups: ExtractionRecord[][] = [];
  let last: string | undefined;
  for (const record of records) {
    if (record.doc.id === last) groups.at(-1)?.push(record);
    else groups.push([record]);
    last = record.doc.id;
  }
  return groups;
}

function addNodes(graph: GraphTable, { doc, entities, events }: ExtractionRecord): void {
  addFirst(graph, documentKey(doc.id), {
    authors: doc.authors,
    color: PALETTE.node.document,
    docKind: doc.kind,
    importance: 0,
    kind: "document",
    label: doc.title ?? doc.id,
    outlet: doc.outlet,
    published: doc.published,
    size: UNSET,
    source: doc.source,
    title: doc.title,
    url: doc.url,
    x: UNSET,
    y: UNSET,
  });
  for (const entity of entities) mergeActor(graph, entity);
  for (const event of events) mergeEvent(graph, doc.id, event);
}

/** A document comes whole from one record: a second one with the same id adds nothing. */
function addFirst(graph: GraphTable, key: string, node: NodeAttributes): void {
  if (!graph.hasNode(key)) graph.addNode(key, node);
}

/**
 * One document's statements and their said, about and reported_in edges, in key order. Their
 * other ends are actors and the document, all in the table already (`known` says which), and no
 * other edge can join the same two nodes, so the graph stays simple without the table's checks.
 * Of two quotes with the same span (the same document read twice) the first is kept.
 */
export function statementSection(records: ExtractionRecord[], known: (key: string) => boolean): StatementSection {
  const byKey = new Map<string, StatementNode>();
  let quotes = 0;
  for (const { doc, quotes: found } of records) {
    quotes += found.length;
    for (const quote of found) {
      const key = statementKey(doc.id, quote);
      if (byKey.has(key)) continue;
      const importance = 1 + quote.about.length;
      byKey.set(key, {
        about: quote.about,
        color: PALETTE.node.statement,
        cue: quote.cue,
        date: quote.date,
        doc: doc.id,
        end: quote.end,
        importance,
        kind: "statement",
        label: shorten(quote.text),
        quoteKind: quote.kind,
        sentenceEnd: quote.sentence.end,
        sentenceStart: quote.sentence.start,
        size: nodeSize(importance),
        speaker: quote.speaker,
        stance: overallStance(quote),
        start: quote.start,
        text: quote.text,
        x: UNSET,
        y: UNSET,
      });
    }
  }
  const linked = (node: string) => byKey.has(node) || known(node);
  const doc = records[0]?.doc.id ?? "";
  const nodes = [...byKey].sort(([a], [b]) => byCodeUnits(a, b)).map(([key, attributes]) => ({ key, attributes }));
  if (quotes > byKey.size) {
    // Quotes of one span share a statement and add their evidence up on its edges.
    const edges = statementEdges(records, linked);
    return {
      doc,
      records: records.length,
      nodes,
      edges,
      edgeCount: edges.length,
      forEachEdgeEnd: (visit) => edges.forEach(({ source, target, attributes }) => visit(attributes.relation, source, target)),
    };
  }
  // Each statement is one quote's, and which edges it has follows from its node alone.
  const forEachEdgeEnd: StatementSection["forEachEdgeEnd"] = (visit) => nodes.forEach(({ key, attributes }) => quoteEdgeEnds(key, attributes, linked, visit));
  let edgeCount = 0;
  forEachEdgeEnd(() => edgeCount++);
  let edges: KeyedEdge[] | undefined;
  return {
    doc,
    records: records.length,
    nodes,
    get edges() {
      return (edges ??= statementEdges(records, linked));
    },
    edgeCount,
    forEachEdgeEnd,
  };
}

/** The statements' edges, each statement's key from its quote's span as statementSection made it; the edges of quotes of one span add up. */
function statementEdges(records: ExtractionRecord[], linked: (node: string) => boolean): KeyedEdge[] {
  const edges = new Map<string, KeyedEdge>();
  const section: EdgeStore = {
    findEdgeAttributes: (key) => edges.get(key)?.attributes,
    addEdgeIfPossible(key, source, target, attributes) {
      if (edges.has(key) || !linked(source) || !linked(target)) return false;
      edges.set(key, { key, source, target, attributes });
      return true;
    },
  };
  for (const { doc, quotes } of records) {
    const document = documentKey(doc.id);
    for (const quote of quotes) {
      const statement = statementKey(doc.id, quote);
      if (quote.speaker !== null) {
        addEvidence(section, quote.speaker, statement, readIn("said", doc.id, quote, quote.date, { label: quote.cue }));
      }
      for (const target of quote.about) {
        addEvidence(section, statement, target, readIn("about", doc.id, quote, quote.date, { stance: quote.stance[target] ?? null }));
      }
      addEvidence(section, statement, document, readIn("reported_in", doc.id, quote, quote.date));
    }
  }
  for (const { attributes } of edges.values()) attributes.size = edgeSize(attributes.weight);
  return [...edges.values()].sort((a, b) => byCodeUnits(a.key, b.key));
}

/** The edges statementEdges gives the statement of one quote, as relation, source and target: each whose ends are both nodes, a target named twice once. */
function quoteEdgeEnds(key: string, { speaker, about, doc }: StatementNode, linked: (node: string) => boolean, visit: (relation: Relation, source: string, target: string) => void): void {
  if (speaker !== null && linked(speaker)) visit("said", speaker, key);
  about.forEach((target, index) => {
    if (about.indexOf(target) === index && linked(target)) visit("about", key, target);
  });
  if (linked(documentKey(doc))) visit("reported_in", key, documentKey(doc));
}

/** The statement's stance: the first of STANCE_PRECEDENCE any of its targets gets. */
function overallStance({ stance }: Quote): Stance | null {
  const stances = Object.values(stance);
  return STANCE_PRECEDENCE.find((candidate) => stances.includes(candidate)) ?? null;
}

function mergeActor(graph: GraphTable, entity: Entity): void {
  const known = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : undefined;
  if (known === undefined) {
    graph.addNode(entity.id, {
      aliases: otherNames(entity.name, [], entity),
      color: PALETTE.node[entity.type],
      // Counted from the `mentions` edges once they are in, so a document counts once.
      documentCount: 0,
      importance: 0,
      kind: entity.type,
      label: entity.name,
      mentionCount: entity.mentions.length,
      name: entity.name,
      role: entity.role,
      size: UNSET,
      wikidata: entity.wikidata,
      x: UNSET,
      y: UNSET,
    });
  } else if (isActor(known)) {
    known.aliases = otherNames(known.name, known.aliases, entity);
    known.wikidata = known.wikidata ?? entity.wikidata;
    known.role = known.role === "actor" || entity.role === "actor" ? "actor" : known.role;
    known.mentionCount += entity.mentions.length;
  }
}

/** Every name the documents use for the actor besides the one it is shown under. */
function otherNames(name: string, aliases: string[], entity: Entity): string[] {
  return [...new Set([...aliases, ...entity.aliases, entity.name])].filter((alias) => alias !== name).sort();
}

function mergeEvent(graph: GraphTable, docId: string, event: Event): void {
  const known = graph.hasNode(event.id) ? graph.getNodeAttributes(event.id) : undefined;
  if (known === undefined) {
    graph.addNode(event.id, {
      cameo: event.cameo,
      color: PALETTE.node.event,
      date: event.date,
      docs: [docId],
      eventType: event.type,
      importance: 0,
      kind: "event",
      label: event.date === null ? event.type : `${event.type} ${event.date}`,
      mentionCount: 1,
      participants: [...new Set(event.participants)].sort(),
      place: event.place,
      size: UNSET,
      x: UNSET,
      y: UNSET,
    });
  } else if (known.kind === "event") {
    known.place = known.place ?? event.place;
    known.participants = [...new Set([...known.participants, ...event.participants])].sort();
    if (!known.docs.includes(docId)) known.docs.push(docId);
    known.mentionCount += 1;
  }
}

function addOffices(graph: GraphTable, officesOf: (personId: string) => OfficeTerm[]): void {
  const people = graph.filterNodes((_, node) => node.kind === "person");
  for (const person of people) {
    // The graph holds one edge per pair of nodes, so every term of the offices a person held in
    // one country or organization goes on one edge, and `terms` keeps the gaps between them.
    const termsByHolder = new Map<string, OfficeTerm[]>();
    for (const term of officesOf(person)) termsByHolder.set(term.of, [...(termsByHolder.get(term.of) ?? []), term]);
    for (const [of, terms] of termsByHolder) {
      const lastDays = terms.flatMap((term) => (term.end === null ? [] : [lastDay(term.end)])).sort();
      addEvidence(graph, person, of, {
        ...noProvenance("holds_role"),
        label: [...new Set(terms.map((term) => term.label))].sort().join("; "),
        date: terms.map((term) => term.start).sort()[0] ?? null,
        until: lastDays.length < terms.length ? null : (lastDays.at(-1) ?? null),
        terms: terms.map((term) => `${term.start}/${term.end === null ? ".." : lastDay(term.end)}`).sort(),
      });
    }
  }
}

/** The last day in office, from the knowledge base's end: the successor's first day, excluded. */
function lastDay(end: string): string {
  // A month or year has no day to step back from, and its spell runs to its own last day.
  if (end.length < "YYYY-MM-DD".length) return end;
  const [year = 0, month = 1, day = 1] = end.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

function addEdges(graph: GraphTable, record: ExtractionRecord): void {
  const { doc, events, facts } = record;
  const document = documentKey(doc.id);
  addMentions(graph, record);
  for (const event of events) {
    for (const participant of event.participants) {
      addEvidence(graph, participant, event.id, readIn("participant_in", doc.id, event, event.date));
    }
    addEvidence(graph, event.id, document, readIn("reported_in", doc.id, event, event.date));
  }
  for (const fact of facts) {
    addEvidence(
      graph,
      fact.subject,
      fact.object,
      // The document witnesses the role on its date only; when it began and ended is not said.
      readIn(fact.relation, doc.id, fact, fact.date, { label: fact.label, until: fact.relation === "holds_role" ? fact.date : null }),
    );
  }
}

/** The document's `mentions` of each entity it names. */
function addMentions(graph: EdgeStore, { doc, entities }: ExtractionRecord): void {
  const document = documentKey(doc.id);
  for (const entity of entities) {
    // An entity listed without a span (a byline's author) is still named by the document.
    const first = entity.mentions[0];
    addEvidence(graph, document, entity.id, readIn("mentions", doc.id, first ?? null, null, { weight: Math.max(1, entity.mentions.length) }));
  }
}

/**
 * One record's `mentions` edges, in key order, as the merged graph holds them when no other
 * record has the same document: each joins its document to an entity, so no other does.
 */
export function documentMentions(record: ExtractionRecord): KeyedEdge[] {
  const edges = new Map<string, KeyedEdge>();
  addMentions(
    {
      findEdgeAttributes: (key) => edges.get(key)?.attributes,
      addEdgeIfPossible(key, source, target, attributes) {
        edges.set(key, { key, source, target, attributes });
        return true;
      },
    },
    record,
  );
  for (const { attributes } of edges.values()) attributes.size = edgeSize(attributes.weight);
  return [...edges.values()].sort((a, b) => byCodeUnits(a.key, b.key));
}

/** Evidence read in a document; `more` sets what the relation adds. Built in one literal: a merge makes a million of them. */
function readIn(relation: Relation, doc: string, span: Span | null, date: string | null, more: EvidenceDetails = {}): Evidence {
  return {
    date,
    doc,
    end: span?.end ?? null,
    label: more.label ?? null,
    relation,
    stance: more.stance ?? null,
    start: span?.start ?? null,
    terms: [],
    until: more.until ?? null,
    weight: more.weight ?? 1,
  };
}

type EvidenceDetails = Partial<Pick<Evidence, "label" | "stance" | "until" | "weight">>;

function noProvenance(relation: Relation): Evidence {
  return { date: null, doc: null, end: null, label: null, relation, stance: null, start: null, terms: [], until: null, weight: 1 };
}

/**
 * Adds the edge, or adds the evidence's weight to it when it is already there, keeping the first
 * evidence's attributes; provenance comes from the first evidence that has one. An edge whose
 * endpoints are not both nodes, or whose pair already has an edge of another relation (the graph
 * is simple), is left out.
 */
function addEvidence(graph: EdgeStore, source: string, target: string, evidence: Evidence): void {
  const key = `${evidence.relation}:${source}->${target}`;
  const known = graph.findEdgeAttributes(key);
  if (known === undefined) {
    const { date, doc, end, label, relation, stance, start, terms, until, weight } = evidence;
    const color = stance === null ? PALETTE.relation[relation] : PALETTE.stance[stance];
    graph.addEdgeIfPossible(key, source, target, { color, date, doc, end, label, relation, size: UNSET, stance, start, terms, until, weight });
    return;
  }
  if (known.doc === null) {
    known.doc = evidence.doc;
    known.start = evidence.start;
    known.end = evidence.end;
  }
  known.weight += evidence.weight;
}

/** Importance from what each node takes part in; sizes follow it. A statement's is its own (statementSection). */
function sizeByImportance(graph: GraphTable, sections: StatementSection[]): void {
  const fromStatements = new Map<string, Record<Relation, number>>();
  for (const section of sections) {
    section.forEachEdgeEnd((relation, source, target) => {
      const end = COUNTED_END[relation];
      if (end !== null) countOf(fromStatements, end === "source" ? source : target)[relation]++;
    });
  }
  graph.forEachNode((key, node) => {
    const count = countEdges(graph, key, fromStatements.get(key));
    switch (node.kind) {
      case "statement":
        // Not in the table: a statement's importance is its own (statementSection).
        break;
      case "event":
        node.importance = node.mentionCount + node.participants.length;
        break;
      case "document":
        node.importance = count.reported_in;
        break;
      default:
        node.importance = node.mentionCount + 3 * count.said + 2 * count.about + 2 * count.participant_in;
        node.documentCount = count.mentions;
    }
    node.size = nodeSize(node.importance);
  });
  graph.forEachEdge((_, edge) => {
    edge.size = edgeSize(edge.weight);
  });
}

function nodeSize(importance: number): number {
  return Math.min(MAX_NODE_SIZE, 3 + 2 * Math.sqrt(importance));
}

function edgeSize(weight: number): number {
  return Math.min(MAX_EDGE_SIZE, 1 + Math.log2(weight));
}

/** The end of an edge that importance counts it for: who speaks and takes part, what is spoken about, mentioned or reported. */
const COUNTED_END: Record<Relation, "source" | "target" | null> = {
  said: "source",
  participant_in: "source",
  about: "target",
  mentions: "target",
  reported_in: "target",
  holds_role: null,
  member_of: null,
};

function countOf(counts: Map<string, Record<Relation, number>>, key: string): Record<Relation, number> {
  let count = counts.get(key);
  if (count === undefined) counts.set(key, (count = noEdges()));
  return count;
}

function noEdges(): Record<Relation, number> {
  return { said: 0, participant_in: 0, about: 0, mentions: 0, reported_in: 0, holds_role: 0, member_of: 0 };
}

/** How many edges of each relation the node is the counted end of, the statements' edges (`counted`) included. */
function countEdges(graph: GraphTable, key: string, counted: Record<Relation, number> | undefined): Record<Relation, number> {
  const count = { ...(counted ?? noEdges()) };
  graph.forEachOutEdge(key, (_, { relation }) => {
    if (COUNTED_END[relation] === "source") count[relation]++;
  });
  graph.forEachInEdge(key, (_, { relation }) => {
    if (COUNTED_END[relation] === "target") count[relation]++;
  });
  return count;
}

function isActor(node: NodeAttributes): node is ActorNode {
  return ACTOR_KINDS.has(node.kind);
}

/** The key of a document's node. */
export function documentKey(docId: string): string {
  return `document:${docId}`;
}

function statementKey(docId: string, quote: Quote): string {
  return `statement:${docId}:${quote.start}-${quote.end}`;
}

/** A label for the statement: its text on one line, cut at a word near LABEL_LENGTH characters. */
function shorten(text: string): string {
  // Code points, so the cut never splits a surrogate pair. One is at most two code units, so the
  // label's are all in the first 2 × LABEL_LENGTH + 1 units: quotes run to thousands.
  const head = collapsedHead(text, 2 * LABEL_LENGTH + 1);
  // Without surrogates a code point is a code unit, and the string is cut as it is.
  const chars = SURROGATE.test(head) ? Array.from(head) : head;
  if (chars.length <= LABEL_LENGTH) return head;
  const cut = typeof chars === "string" ? chars.slice(0, LABEL_LENGTH - 1) : chars.slice(0, LABEL_LENGTH - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * text.replace(/\s+/g, " ").trim().slice(0, length), from as much of the text as that needs. A
 * prefix collapses to a prefix of the whole's collapse, so once it gives more than `length` units
 * the trim at the end can no longer reach them.
 */
function collapsedHead(text: string, length: number): string {
  for (let read = 4 * length; read < text.length; read *= 2) {
    const head = collapseSpaces(text.slice(0, read)).trimStart();
    if (head.length > length) return head.slice(0, length);
  }
  return collapseSpaces(text).trim().slice(0, length);
}

/** Whitespace other than a lone space: what collapsing changes. Most quotes have none, and testing is cheaper than replacing. */
const UNCOLLAPSED = /[^\S ]|\s\s/;

function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, " ") : text;
}
