// Writes the graph as N-Triples 1.1, one line at a time, so a caller can stream it to a file or
// a triple store however large the graph. The vocabulary is in rdf-vocabulary.ts and docs/rdf.md.
// Every node is a resource named by its key; every edge is a plain triple, and an edge that
// carries more than its two ends (a stance, an office and its terms, offsets in a document) is
// also a node of its own, named by the edge's key: N-Triples 1.1 has no RDF-star, so this is the
// qualified-relation pattern of PROV-O (prov:qualifiedDerivation → prov:Derivation).
// Deterministic: nodes, then edges, in key order; display attributes (x, y, size, colour) stay out.
import { documentKey } from "../graph/build-graph.js";
import type { IsoDate } from "../schema/extraction.js";
import type { ActorNode, ActorGraph, DocumentNode, EdgeAttributes, EventNode, NodeAttributes, Relation, StatementNode } from "../schema/graph.js";
import { AG, DEFAULT_BASE, keyIri, OWL_SAME_AS, PROV, RDF_TYPE, RDFS_LABEL, SCHEMA, WIKIDATA_ENTITY, XSD } from "./rdf-vocabulary.js";

export type NTriplesOptions = { base?: string };

/** A predicate IRI and its object, the object already written as an N-Triples term. */
type Property = [predicate: string, object: string];

type EdgeForm = {
  /** The plain triple: source property target, or target property source when `inverse`. */
  property: string;
  inverse?: boolean;
  /** Edges that carry more than their ends are also written as a node of their own. */
  qualified?: {
    /** From the edge's subject to the qualified node. */
    link: string;
    type: string;
    /** From the qualified node to the edge's object. */
    target: string;
    details(edge: EdgeAttributes, base: string): Property[];
  };
};

const ACTOR_TYPES: Record<ActorNode["kind"], string> = {
  person: SCHEMA.Person,
  country: SCHEMA.Country,
  organization: SCHEMA.Organization,
  location: SCHEMA.Place,
};

const roleDetails = (edge: EdgeAttributes, base: string): Property[] => [
  ...when(edge.label, SCHEMA.roleName, literal),
  ...when(edge.date, SCHEMA.startDate, isoDate),
  ...when(edge.until, SCHEMA.endDate, isoDate),
  ...edge.terms.map((term): Property => [AG.term, literal(term)]),
  ...when(edge.doc, PROV.wasDerivedFrom, (doc) => iri(keyIri(base, documentKey(doc)))),
  ...span(edge),
];

const EDGE_FORMS: Record<Relation, EdgeForm> = {
  // schema:creator sits on the creative work, the statement, so `said` is written backwards.
  said: { property: SCHEMA.creator, inverse: true },
  about: {
    property: SCHEMA.about,
    qualified: {
      link: AG.qualifiedAbout,
      type: AG.Aboutness,
      target: AG.target,
      details: (edge) => when(edge.stance, AG.stance, literal),
    },
  },
  reported_in: {
    property: PROV.wasDerivedFrom,
    qualified: { link: PROV.qualifiedDerivation, type: PROV.Derivation, target: PROV.entity, details: span },
  },
  mentions: { property: SCHEMA.mentions },
  participant_in: { property: AG.participantIn },
  holds_role: {
    property: AG.holdsRoleIn,
    qualified: { link: AG.qualifiedRole, type: SCHEMA.Role, target: AG.roleIn, details: roleDetails },
  },
  member_of: {
    property: SCHEMA.memberOf,
    qualified: { link: AG.qualifiedRole, type: SCHEMA.OrganizationRole, target: AG.roleIn, details: roleDetails },
  },
};

export function* toNTriples(graph: ActorGraph, { base = DEFAULT_BASE }: NTriplesOptions = {}): Generator<string> {
  for (const key of graph.nodes().sort()) {
    const subject = iri(keyIri(base, key));
    for (const [predicate, object] of nodeProperties(key, graph.getNodeAttributes(key))) {
      yield triple(subject, predicate, object);
    }
  }
  for (const key of graph.edges().sort()) {
    yield* edgeTriples(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key), base);
  }
}

function nodeProperties(key: string, node: NodeAttributes): Property[] {
  const common: Property[] = [
    [AG.key, literal(key)],
    [RDFS_LABEL, literal(node.label)],
  ];
  switch (node.kind) {
    case "statement":
      return [...common, ...statementProperties(node)];
    case "event":
      return [...common, ...eventProperties(node)];
    case "document":
      return [...common, ...documentProperties(node)];
    default:
      return [...common, ...actorProperties(node)];
  }
}

function actorProperties(node: ActorNode): Property[] {
  return [
    [RDF_TYPE, iri(ACTOR_TYPES[node.kind])],
    [SCHEMA.name, literal(node.name)],
    ...node.aliases.map((alias): Property => [SCHEMA.alternateName, literal(alias)]),
    ...when(wikidataEntity(node.wikidata), OWL_SAME_AS, iri),
    [AG.role, literal(node.role)],
    [AG.mentionCount, integer(node.mentionCount)],
    [AG.documentCount, integer(node.documentCount)],
  ];
}

function statementProperties(node: StatementNode): Property[] {
  return [
    [RDF_TYPE, iri(SCHEMA.Quotation)],
    [RDF_TYPE, iri(PROV.Entity)],
    [SCHEMA.text, literal(node.text)],
    [AG.quoteKind, literal(node.quoteKind)],
    ...when(node.stance, AG.stance, literal),
    ...when(node.date, SCHEMA.dateCreated, isoDate),
    ...when(node.cue, AG.cue, literal),
    [AG.start, integer(node.start)],
    [AG.end, integer(node.end)],
    [AG.sentenceStart, integer(node.sentenceStart)],
    [AG.sentenceEnd, integer(node.sentenceEnd)],
  ];
}

function eventProperties(node: EventNode): Property[] {
  return [
    [RDF_TYPE, iri(SCHEMA.Event)],
    [AG.eventType, literal(node.eventType)],
    [AG.cameo, literal(node.cameo)],
    ...when(node.date, SCHEMA.startDate, isoDate),
    ...when(node.place, SCHEMA.location, literal),
    [AG.mentionCount, integer(node.mentionCount)],
  ];
}

function documentProperties(node: DocumentNode): Property[] {
  return [
    [RDF_TYPE, iri(node.docKind === "article" ? SCHEMA.NewsArticle : SCHEMA.CreativeWork)],
    [RDF_TYPE, iri(PROV.Entity)],
    [AG.source, literal(node.source)],
    [AG.docKind, literal(node.docKind)],
    ...when(node.title, SCHEMA.headline, literal),
    ...when(node.published, SCHEMA.datePublished, isoDate),
    ...node.authors.map((author): Property => [SCHEMA.author, literal(author)]),
    ...when(node.url, SCHEMA.url, (url) => typed(url, XSD.anyURI)),
    ...when(node.outlet, SCHEMA.publisher, literal),
  ];
}

function* edgeTriples(key: string, source: string, target: string, edge: EdgeAttributes, base: string): Generator<string> {
  const form = EDGE_FORMS[edge.relation];
  const [subject, object] = form.inverse ? [target, source] : [source, target];
  yield triple(iri(keyIri(base, subject)), form.property, iri(keyIri(base, object)));
  if (form.qualified === undefined) return;
  const { link, type, target: toObject, details } = form.qualified;
  const qualified = iri(keyIri(base, key));
  yield triple(iri(keyIri(base, subject)), link, qualified);
  yield triple(qualified, RDF_TYPE, iri(type));
  yield triple(qualified, AG.key, literal(key));
  yield triple(qualified, toObject, iri(keyIri(base, object)));
  for (const [predicate, value] of details(edge, base)) yield triple(qualified, predicate, value);
}

/** The offsets in the document the edge was read from. */
function span(edge: EdgeAttributes): Property[] {
  return [...when(edge.start, AG.start, integer), ...when(edge.end, AG.end, integer)];
}

/** Only a well-formed item id becomes an IRI: anything else could make the line unparseable. */
function wikidataEntity(id: string | null): string | null {
  return id !== null && /^Q\d+$/.test(id) ? `${WIKIDATA_ENTITY}${id}` : null;
}

function when<Value>(value: Value | null, predicate: string, term: (value: Value) => string): Property[] {
  return value === null ? [] : [[predicate, term(value)]];
}

function triple(subject: string, predicate: string, object: string): string {
  return `${subject} <${predicate}> ${object} .\n`;
}

/** IRIs come from keyIri, the vocabulary and checked Wikidata ids, so none holds a character N-Triples forbids. */
function iri(value: string): string {
  return `<${value}>`;
}

/** The date's own precision: a day is an xsd:date, a month an xsd:gYearMonth, a year an xsd:gYear. */
function isoDate(date: IsoDate): string {
  const datatype = date.length === 10 ? XSD.date : date.length === 7 ? XSD.gYearMonth : XSD.gYear;
  return typed(date, datatype);
}

function integer(value: number): string {
  return typed(String(value), XSD.integer);
}

function typed(lexical: string, datatype: string): string {
  return `${literal(lexical)}^^<${datatype}>`;
}

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
// What a string literal cannot hold raw (quote, backslash, line ends), other control characters
// (legal raw, but some loaders choke on them), and lone surrogates, which UTF-8 cannot encode.
const ESCAPED = /["\\\n\r\t]|[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string literal: everything else, non-ASCII included, is written as UTF-8, as N-Triples 1.1 allows. */
export function literal(text: string): string {
  return `"${text.replace(ESCAPED, (char) => ESCAPES[char] ?? uchar(char))}"`;
}

function uchar(char: string): string {
  const code = char.charCodeAt(0);
  // A lone surrogate is no character at all: U+FFFD keeps the text's length, so offsets still fit.
  const scalar = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
  return `\\u${scalar.toString(16).toUpperCase().padStart(4, "0")}`;
}
