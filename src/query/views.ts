// The pieces every answer is made of: an actor, a source, a statement, an event, an office;
// their schemas (answers are typed from them) and how each is read off the graph.
import { z } from "zod";
import { IsoDate, Stance } from "../schema/extraction.js";
import { ActorCategory, Term, type ActorGraph, type ActorNode } from "../schema/graph.js";

export const ActorRef = z.object({ id: z.string(), name: z.string(), kind: ActorCategory });
export type ActorRef = z.infer<typeof ActorRef>;

/** Where something is written: the document and the span of its words. */
export const SourceRef = z.object({
  doc: z.string(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  /** The input file, relative to the folder the build read. */
  file: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const StatementView = z.object({
  id: z.string(),
  date: IsoDate.nullable(),
  speaker: ActorRef.nullable(),
  text: z.string(),
  quoteKind: z.enum(["direct", "indirect"]),
  cue: z.string().nullable(),
  /** Toward the actor the question is about when it names one; else the statement's overall stance. */
  stance: Stance.nullable(),
  targets: z.array(z.object({ actor: ActorRef, stance: Stance.nullable() })),
  source: SourceRef,
});
export type StatementView = z.infer<typeof StatementView>;

export const EventView = z.object({
  id: z.string(),
  type: z.string(),
  cameo: z.string(),
  date: IsoDate.nullable(),
  place: z.string().nullable(),
  participants: z.array(ActorRef),
  sources: z.array(SourceRef),
});
export type EventView = z.infer<typeof EventView>;

/** An office held (holds_role) or a membership (member_of). */
export const RoleView = z.object({
  relation: z.enum(["holds_role", "member_of"]),
  holder: ActorRef,
  of: ActorRef,
  /** The office ("President of Russia") or the membership's label. */
  label: z.string().nullable(),
  from: IsoDate.nullable(),
  until: IsoDate.nullable(),
  terms: z.array(Term),
  /** Null for a fact from the knowledge base. */
  source: SourceRef.nullable(),
});
export type RoleView = z.infer<typeof RoleView>;

/** What reading a view needs: the graph, and actors read once (an answer names the same few many times). */
export interface ViewContext {
  graph: ActorGraph;
  actor(id: string): ActorRef;
}

const ACTOR_KINDS: ReadonlySet<string> = new Set(ActorCategory.options);

export function isActor(attributes: { kind: string }): attributes is ActorNode {
  return ACTOR_KINDS.has(attributes.kind);
}

export function readActorRef(graph: ActorGraph, id: string): ActorRef {
  const node = graph.getNodeAttributes(id);
  if (!isActor(node)) throw new Error(`readActorRef: node "${id}" is a ${node.kind}, not an actor`);
  return { id, name: node.name, kind: node.kind };
}

export function readSourceRef(graph: ActorGraph, doc: string, start: number | null, end: number | null): SourceRef {
  const document = graph.getNodeAttributes(`document:${doc}`);
  if (document.kind !== "document") throw new Error(`readSourceRef: node "document:${doc}" is a ${document.kind}, not a document`);
  return { doc, title: document.title, published: document.published, file: document.source, start, end };
}

export function readStatementView({ graph, actor }: ViewContext, id: string): StatementView {
  const node = graph.getNodeAttributes(id);
  if (node.kind !== "statement") throw new Error(`readStatementView: node "${id}" is a ${node.kind}, not a statement`);
  return {
    id,
    date: node.date,
    speaker: node.speaker === null ? null : actor(node.speaker),
    text: node.text,
    quoteKind: node.quoteKind,
    cue: node.cue,
    stance: node.stance,
    targets: node.about.map((target) => ({ actor: actor(target), stance: stanceToward(graph, id, target) })),
    source: readSourceRef(graph, node.doc, node.start, node.end),
  };
}

/** The stance of a statement toward one of its targets; null when it is not about that target. */
function stanceToward(graph: ActorGraph, statement: string, target: string): Stance | null {
  const edge = graph.edge(statement, target);
  return edge === undefined ? null : graph.getEdgeAttribute(edge, "stance");
}

export function readEventView({ graph, actor }: ViewContext, id: string): EventView {
  const node = graph.getNodeAttributes(id);
  if (node.kind !== "event") throw new Error(`readEventView: node "${id}" is a ${node.kind}, not an event`);
  const sources = graph.mapOutEdges(id, (_edge, a) => (a.relation === "reported_in" && a.doc !== null ? [readSourceRef(graph, a.doc, a.start, a.end)] : [])).flat();
  return {
    id,
    type: node.eventType,
    cameo: node.cameo,
    date: node.date,
    place: node.place,
    participants: node.participants.map(actor),
    sources,
  };
}

export function readRoleView({ graph, actor }: ViewContext, edge: string): RoleView {
  const attributes = graph.getEdgeAttributes(edge);
  if (attributes.relation !== "holds_role" && attributes.relation !== "member_of") throw new Error(`readRoleView: edge "${edge}" is ${attributes.relation}, not a role`);
  return {
    relation: attributes.relation,
    holder: actor(graph.source(edge)),
    of: actor(graph.target(edge)),
    label: attributes.label,
    from: attributes.date,
    until: attributes.until,
    terms: attributes.terms,
    source: attributes.doc === null ? null : readSourceRef(graph, attributes.doc, attributes.start, attributes.end),
  };
}
