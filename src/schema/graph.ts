// Attributes of the merged graph's nodes and edges. graph.json (graphology's serialization) is
// validated against these on every read: by the viewer, by queries, by the GEXF exporter.
// Attributes are flat (scalars, arrays of scalars, ISO dates) so every exporter can write them.
import type { DirectedGraph } from "graphology";
import { z } from "zod";
import { IsoDate, Stance } from "./extraction.js";

const Display = {
  label: z.string(),
  x: z.number(),
  y: z.number(),
  size: z.number().positive(),
  color: z.string(),
  /** How much the node matters: mentions, statements and events it takes part in. */
  importance: z.number().nonnegative(),
};

export const ActorCategory = z.enum(["person", "country", "organization", "location"]);
export type ActorCategory = z.infer<typeof ActorCategory>;

// `kind` names the category; sigma reserves `type` for its rendering programs.
export const ActorNode = z.object({
  ...Display,
  kind: ActorCategory,
  name: z.string(),
  aliases: z.array(z.string()),
  wikidata: z.string().nullable(),
  /** author | credit for people who only wrote or photographed; actor otherwise. */
  role: z.enum(["actor", "author", "credit"]),
  mentionCount: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
});

export const StatementNode = z.object({
  ...Display,
  kind: z.literal("statement"),
  text: z.string(),
  quoteKind: z.enum(["direct", "indirect"]),
  speaker: z.string().nullable(),
  about: z.array(z.string()),
  /** The speaker's overall stance in this statement: the most negative toward any target, else positive, else neutral. */
  stance: Stance.nullable(),
  date: IsoDate.nullable(),
  cue: z.string().nullable(),
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
});

export const EventNode = z.object({
  ...Display,
  kind: z.literal("event"),
  eventType: z.string(),
  cameo: z.string(),
  date: IsoDate.nullable(),
  place: z.string().nullable(),
  participants: z.array(z.string()),
  docs: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
});

export const DocumentNode = z.object({
  ...Display,
  kind: z.literal("document"),
  source: z.string(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  authors: z.array(z.string()),
  docKind: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
});

export const NodeAttributes = z.discriminatedUnion("kind", [
  ActorNode,
  StatementNode,
  EventNode,
  DocumentNode,
]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;
export type ActorNode = z.infer<typeof ActorNode>;
export type StatementNode = z.infer<typeof StatementNode>;
export type EventNode = z.infer<typeof EventNode>;
export type DocumentNode = z.infer<typeof DocumentNode>;
export type NodeKind = NodeAttributes["kind"];

export const Relation = z.enum([
  "said", // speaker -> statement
  "about", // statement -> target actor, with stance
  "reported_in", // statement or event -> document
  "mentions", // document -> actor
  "participant_in", // actor -> event
  "holds_role", // person -> country or organization, with the office and its dates
  "member_of", // person or country -> organization
]);
export type Relation = z.infer<typeof Relation>;

/** A term of office as an ISO 8601 interval of dates: "first-day/last-day", or "first-day/.." while it lasts. */
export const Term = z.string().refine((term) => {
  const [first, last, ...rest] = term.split("/");
  return rest.length === 0 && IsoDate.safeParse(first).success && (last === ".." || IsoDate.safeParse(last).success);
}, 'an interval "first-day/last-day" or "first-day/.."');
export type Term = z.infer<typeof Term>;

export const EdgeAttributes = z.object({
  relation: Relation,
  /** Provenance: the document and the offsets the edge was read from; null for knowledge-base facts. */
  doc: z.string().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  /** When it held: the statement's or event's date, or an office's first day. */
  date: IsoDate.nullable(),
  /** Last day an office was held (holds_role), null while it lasts. */
  until: IsoDate.nullable(),
  /**
   * Each term of an office from the knowledge base (holds_role) as an ISO 8601 interval
   * "first-day/last-day", "first-day/.." while it lasts; date..until spans them all, gaps
   * included (Trump's two terms are one edge, as the graph has one edge per pair of nodes).
   */
  terms: z.array(Term).default([]),
  stance: Stance.nullable(),
  /** The office ("President of Russia"), or the cue of a statement. */
  label: z.string().nullable(),
  weight: z.number().positive(),
  color: z.string(),
  size: z.number().positive(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphAttributes = z.object({
  name: z.string(),
  builtFrom: z.string(),
  documents: z.number().int().nonnegative(),
  /** Version of the extractor, so caches and consumers can tell builds apart. */
  extractorVersion: z.string(),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

/** graphology's serialization format, as written to graph.json. */
export const SerializedGraph = z.object({
  attributes: GraphAttributes,
  options: z.object({ type: z.literal("directed"), multi: z.boolean(), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributes }),
  ),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;

/** The merged graph in graphology: what graph.json holds, read back (buildGraph makes a GraphTable, src/graph/graph-table.ts). */
export type ActorGraph = DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
