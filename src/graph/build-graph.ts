// Merges the per-document extraction records into one directed graph: actors, documents,
// statements and events as nodes; who said what about whom, who took part in what, where it was
// reported and who held which office as edges. Pure: the caller sorts the records (the first
// evidence for a node or edge is the one kept) and passes the knowledge base in as `officesOf`.
// Positions are left at 0,0 for layoutGraph.
import { DirectedGraph } from "graphology";
import type { Entity, Event, ExtractionRecord, Quote, Span, Stance } from "../schema/extraction.js";
import {
  ActorCategory,
  type ActorGraph,
  type ActorNode,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type NodeKind,
  type Relation,
} from "../schema/graph.js";
import type { KbOffice, KbTenure } from "../schema/knowledge-base.js";

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

const LABEL_LENGTH = 60;
const MAX_NODE_SIZE = 30;
const MAX_EDGE_SIZE = 10;
/** The statement's overall stance is the first of these any target gets. */
const STANCE_PRECEDENCE: readonly Stance[] = ["negative", "positive", "neutral"];
const ACTOR_KINDS: ReadonlySet<NodeKind> = new Set(ActorCategory.options);

/** What one piece of evidence says about an edge; colour and size follow from it. */
type Evidence = Omit<EdgeAttributes, "color" | "size">;

export function buildGraph(records: ExtractionRecord[], options: BuildGraphOptions): ActorGraph {
  const graph: ActorGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  // All nodes first, so an edge read in one document can reach a node first seen in a later one.
  for (const record of records) addNodes(graph, record);
  // Offices before the documents' facts: the knowledge base knows the office's name and dates, a
  // document's apposition only witnesses it, and the first evidence for an edge is the one kept.
  if (options.officesOf) addOffices(graph, options.officesOf);
  for (const record of records) addEdges(graph, record);
  sizeByImportance(graph);
  graph.replaceAttributes({
    name: options.name,
    builtFrom: options.builtFrom,
    documents: graph.filterNodes((_, node) => node.kind === "document").length,
    extractorVersion: options.extractorVersion,
  });
  return graph;
}

function addNodes(graph: ActorGraph, { doc, entities, quotes, events }: ExtractionRecord): void {
  addFirst(graph, documentKey(doc.id), {
    label: doc.title ?? doc.id,
    ...unplaced(),
    color: PALETTE.node.document,
    kind: "document",
    source: doc.source,
    title: doc.title,
    published: doc.published,
    authors: doc.authors,
    docKind: doc.kind,
    url: doc.url,
    outlet: doc.outlet,
  });
  for (const entity of entities) mergeActor(graph, entity);
  for (const quote of quotes) {
    addFirst(graph, statementKey(doc.id, quote), {
      label: shorten(quote.text),
      ...unplaced(),
      color: PALETTE.node.statement,
      kind: "statement",
      text: quote.text,
      quoteKind: quote.kind,
      speaker: quote.speaker,
      about: quote.about,
      stance: STANCE_PRECEDENCE.find((stance) => Object.values(quote.stance).includes(stance)) ?? null,
      date: quote.date,
      cue: quote.cue,
      doc: doc.id,
      start: quote.start,
      end: quote.end,
      sentenceStart: quote.sentence.start,
      sentenceEnd: quote.sentence.end,
    });
  }
  for (const event of events) mergeEvent(graph, doc.id, event);
}

/** Documents and statements come whole from one record: a second one with the same key adds nothing. */
function addFirst(graph: ActorGraph, key: string, node: NodeAttributes): void {
  if (!graph.hasNode(key)) graph.addNode(key, node);
}

function mergeActor(graph: ActorGraph, entity: Entity): void {
  const known = graph.hasNode(entity.id) ? graph.getNodeAttributes(entity.id) : undefined;
  if (known === undefined) {
    graph.addNode(entity.id, {
      label: entity.name,
      ...unplaced(),
      color: PALETTE.node[entity.type],
      kind: entity.type,
      name: entity.name,
      aliases: otherNames(entity.name, [], entity),
      wikidata: entity.wikidata,
      role: entity.role,
      mentionCount: entity.mentions.length,
      // Counted from the `mentions` edges once they are in, so a document counts once.
      documentCount: 0,
    });
  } else if (isActor(known)) {
    graph.replaceNodeAttributes(entity.id, {
      ...known,
      aliases: otherNames(known.name, known.aliases, entity),
      wikidata: known.wikidata ?? entity.wikidata,
      role: known.role === "actor" || entity.role === "actor" ? "actor" : known.role,
      mentionCount: known.mentionCount + entity.mentions.length,
    });
  }
}

/** Every name the documents use for the actor besides the one it is shown under. */
function otherNames(name: string, aliases: string[], entity: Entity): string[] {
  return [...new Set([...aliases, ...entity.aliases, entity.name])].filter((alias) => alias !== name).sort();
}

function mergeEvent(graph: ActorGraph, docId: string, event: Event): void {
  const known = graph.hasNode(event.id) ? graph.getNodeAttributes(event.id) : undefined;
  if (known === undefined) {
    graph.addNode(event.id, {
      label: event.date === null ? event.type : `${event.type} ${event.date}`,
      ...unplaced(),
      color: PALETTE.node.event,
      kind: "event",
      eventType: event.type,
      cameo: event.cameo,
      date: event.date,
      place: event.place,
      participants: [...new Set(event.participants)].sort(),
      docs: [docId],
      mentionCount: 1,
    });
  } else if (known.kind === "event") {
    graph.replaceNodeAttributes(event.id, {
      ...known,
      place: known.place ?? event.place,
      participants: [...new Set([...known.participants, ...event.participants])].sort(),
      docs: known.docs.includes(docId) ? known.docs : [...known.docs, docId],
      mentionCount: known.mentionCount + 1,
    });
  }
}

function addOffices(graph: ActorGraph, officesOf: (personId: string) => OfficeTerm[]): void {
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

function addEdges(graph: ActorGraph, { doc, entities, quotes, events, facts }: ExtractionRecord): void {
  const document = documentKey(doc.id);
  for (const entity of entities) {
    // An entity listed without a span (a byline's author) is still named by the document.
    const first = entity.mentions[0];
    addEvidence(graph, document, entity.id, {
      ...readIn("mentions", doc.id, first ?? null, null),
      weight: Math.max(1, entity.mentions.length),
    });
  }
  for (const quote of quotes) {
    const statement = statementKey(doc.id, quote);
    if (quote.speaker !== null) {
      addEvidence(graph, quote.speaker, statement, { ...readIn("said", doc.id, quote, quote.date), label: quote.cue });
    }
    for (const target of quote.about) {
      addEvidence(graph, statement, target, {
        ...readIn("about", doc.id, quote, quote.date),
        stance: quote.stance[target] ?? null,
      });
    }
    addEvidence(graph, statement, document, readIn("reported_in", doc.id, quote, quote.date));
  }
  for (const event of events) {
    for (const participant of event.participants) {
      addEvidence(graph, participant, event.id, readIn("participant_in", doc.id, event, event.date));
    }
    addEvidence(graph, event.id, document, readIn("reported_in", doc.id, event, event.date));
  }
  for (const fact of facts) {
    addEvidence(graph, fact.subject, fact.object, {
      ...readIn(fact.relation, doc.id, fact, fact.date),
      label: fact.label,
      // The document witnesses the role on its date only; when it began and ended is not said.
      until: fact.relation === "holds_role" ? fact.date : null,
    });
  }
}

function readIn(relation: Relation, doc: string, span: Span | null, date: string | null): Evidence {
  return { ...noProvenance(relation), doc, start: span?.start ?? null, end: span?.end ?? null, date };
}

function noProvenance(relation: Relation): Evidence {
  return { relation, doc: null, start: null, end: null, date: null, until: null, terms: [], stance: null, label: null, weight: 1 };
}

/**
 * Adds the edge, or adds the evidence's weight to it when it is already there, keeping the first
 * evidence's attributes; provenance comes from the first evidence that has one. An edge whose
 * endpoints are not both nodes, or whose pair already has an edge of another relation (the graph
 * is simple), is left out.
 */
function addEvidence(graph: ActorGraph, source: string, target: string, evidence: Evidence): void {
  if (!graph.hasNode(source) || !graph.hasNode(target)) return;
  const key = `${evidence.relation}:${source}->${target}`;
  if (!graph.hasEdge(key)) {
    if (graph.hasDirectedEdge(source, target)) return;
    const color = evidence.stance === null ? PALETTE.relation[evidence.relation] : PALETTE.stance[evidence.stance];
    graph.addDirectedEdgeWithKey(key, source, target, { ...evidence, color, size: 1 });
    return;
  }
  const known = graph.getEdgeAttributes(key);
  const provenance = known.doc === null ? { doc: evidence.doc, start: evidence.start, end: evidence.end } : {};
  graph.replaceEdgeAttributes(key, { ...known, ...provenance, weight: known.weight + evidence.weight });
}

/** Importance from what each node takes part in; sizes follow it. */
function sizeByImportance(graph: ActorGraph): void {
  graph.updateEachNodeAttributes((key, node) => {
    const outgoing = countByRelation(graph.outEdges(key), graph);
    const incoming = countByRelation(graph.inEdges(key), graph);
    switch (node.kind) {
      case "statement":
        return sized({ ...node, importance: 1 + node.about.length });
      case "event":
        return sized({ ...node, importance: node.mentionCount + node.participants.length });
      case "document":
        return sized({ ...node, importance: incoming.reported_in });
      default: {
        const importance =
          node.mentionCount + 3 * outgoing.said + 2 * incoming.about + 2 * outgoing.participant_in;
        return sized({ ...node, importance, documentCount: incoming.mentions });
      }
    }
  });
  graph.updateEachEdgeAttributes((_, edge) => ({
    ...edge,
    size: Math.min(MAX_EDGE_SIZE, 1 + Math.log2(edge.weight)),
  }));
}

function sized<Node extends NodeAttributes>(node: Node): Node {
  return { ...node, size: Math.min(MAX_NODE_SIZE, 3 + 2 * Math.sqrt(node.importance)) };
}

function countByRelation(edges: string[], graph: ActorGraph): Record<Relation, number> {
  const counts = { said: 0, about: 0, reported_in: 0, mentions: 0, participant_in: 0, holds_role: 0, member_of: 0 };
  for (const edge of edges) counts[graph.getEdgeAttribute(edge, "relation")] += 1;
  return counts;
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

/** Display fields until sizeByImportance and layoutGraph set them. */
function unplaced() {
  return { x: 0, y: 0, size: 1, importance: 0 };
}

/** A label for the statement: its text on one line, cut at a word near LABEL_LENGTH characters. */
function shorten(text: string): string {
  // Code points, so the cut never splits a surrogate pair.
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  if (chars.length <= LABEL_LENGTH) return chars.join("");
  const cut = chars.slice(0, LABEL_LENGTH - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
