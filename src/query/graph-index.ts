// What questions look things up by: statements by speaker and by target and events by
// participant (each in time order), made when a graph is opened; names, the documents naming each
// actor, the actor-to-actor links paths run over, and the views of statements and events answers
// are made of, made when a question first needs them.
import { UndirectedGraph } from "graphology";
import { inTimeOrder } from "../graph/stance-over-time.js";
import type { ActorGraph } from "../schema/graph.js";
import { indexNames, type NameIndex } from "./match-name.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { byDateFirst } from "./order.js";
import { isActor, readActorRef, readEventView, readSourceRef, readStatementView, type EventView, type SourceRef, type StatementView, type ViewContext } from "./views.js";

/** What links two actors directly: statements of one about the other, events both took part in, offices and memberships. */
export interface ActorLink {
  statements: string[];
  events: string[];
  roles: string[];
}

export interface GraphIndex extends ViewContext {
  names: NameIndex;
  /** Statement ids in time order: all, by speaker, by target. */
  statements: string[];
  statementsBySpeaker: Map<string, string[]>;
  statementsByTarget: Map<string, string[]>;
  /** Event ids in time order: all and by participant; the types events have. */
  events: string[];
  eventsByParticipant: Map<string, string[]>;
  eventTypes: string[];
  /** The documents that name each actor, the most mentions first (offsets: the first mention). */
  mentionedIn: Map<string, (SourceRef & { mentions: number })[]>;
  links: UndirectedGraph<Record<string, never>, ActorLink>;
  /** What links two actors directly; undefined when nothing does. */
  linkBetween(a: string, b: string): ActorLink | undefined;
  statement(id: string): StatementView;
  event(id: string): EventView;
}

export function indexGraph(graph: ActorGraph): GraphIndex {
  const actors: Parameters<typeof indexNames>[0] = [];
  const statements: { id: string; date: string | null; doc: string; start: number }[] = [];
  const events: { id: string; date: string | null }[] = [];
  graph.forEachNode((id, node) => {
    if (isActor(node)) actors.push({ id, name: node.name, kind: node.kind, aliases: node.aliases, importance: node.importance });
    else if (node.kind === "statement") statements.push({ id, date: node.date, doc: node.doc, start: node.start });
    else if (node.kind === "event") events.push({ id, date: node.date });
  });
  const statementsInOrder = inTimeOrder(statements).map((s) => s.id);
  const eventsInOrder = events.sort((a, b) => byDateFirst(a.date, b.date) || byCodeUnits(a.id, b.id)).map((e) => e.id);

  const statementsBySpeaker = new Map<string, string[]>();
  const statementsByTarget = new Map<string, string[]>();
  for (const id of statementsInOrder) {
    const node = graph.getNodeAttributes(id);
    if (node.kind !== "statement") continue;
    if (node.speaker !== null) push(statementsBySpeaker, node.speaker, id);
    for (const target of node.about) push(statementsByTarget, target, id);
  }
  const eventsByParticipant = new Map<string, string[]>();
  const eventTypes = new Set<string>();
  for (const id of eventsInOrder) {
    const node = graph.getNodeAttributes(id);
    if (node.kind !== "event") continue;
    eventTypes.add(node.eventType);
    for (const participant of node.participants) push(eventsByParticipant, participant, id);
  }

  // What only some questions need is made when one first asks, and kept: a command that asks
  // one question does not pay for the rest, and `serve` answers its first of each kind a little
  // later. A view is read once, the first time an answer holds it.
  const actorRefs = new Map(actors.map(({ id, name, kind }) => [id, { id, name, kind }]));
  const actor = (id: string) => actorRefs.get(id) ?? readActorRef(graph, id);
  const context = { graph, actor };
  const statementViews = new Map<string, StatementView>();
  const eventViews = new Map<string, EventView>();
  const names = once(() => indexNames(actors));
  const mentionedIn = once(() => mentionsByActor(graph));
  const links = once(() => linkActors(graph, statementsInOrder, eventsInOrder));
  return {
    graph,
    get names() {
      return names();
    },
    statements: statementsInOrder,
    statementsBySpeaker,
    statementsByTarget,
    events: eventsInOrder,
    eventsByParticipant,
    eventTypes: [...eventTypes].sort(),
    get mentionedIn() {
      return mentionedIn();
    },
    get links() {
      return links();
    },
    linkBetween(a, b) {
      const linked = links();
      return a !== b && linked.hasNode(a) && linked.hasNode(b) && linked.hasEdge(a, b) ? linked.getEdgeAttributes(a, b) : undefined;
    },
    actor,
    statement: (id) => remembered(statementViews, id, () => readStatementView(context, id)),
    event: (id) => remembered(eventViews, id, () => readEventView(context, id)),
  };
}

function once<Value>(make: () => Value): () => Value {
  let made: { value: Value } | undefined;
  return () => (made ??= { value: make() }).value;
}

function remembered<Value>(views: Map<string, Value>, id: string, read: () => Value): Value {
  let view = views.get(id);
  if (view === undefined) views.set(id, (view = read()));
  return view;
}

/** The documents that name each actor, the most mentions first. */
function mentionsByActor(graph: ActorGraph): GraphIndex["mentionedIn"] {
  const mentionedIn: GraphIndex["mentionedIn"] = new Map();
  graph.forEachEdge((_edge, a, _document, actorId) => {
    if (a.relation === "mentions" && a.doc !== null) push(mentionedIn, actorId, { ...readSourceRef(graph, a.doc, a.start, a.end), mentions: a.weight });
  });
  for (const documents of mentionedIn.values()) documents.sort((x, y) => y.mentions - x.mentions || byDateFirst(y.published, x.published) || byCodeUnits(x.doc, y.doc));
  return mentionedIn;
}

function linkActors(graph: ActorGraph, statements: string[], events: string[]): GraphIndex["links"] {
  const links: GraphIndex["links"] = new UndirectedGraph();
  const link = (a: string, b: string): ActorLink | undefined => {
    if (a === b) return undefined;
    links.mergeNode(a);
    links.mergeNode(b);
    const edge = links.edge(a, b) ?? links.addEdge(a, b, { statements: [], events: [], roles: [] });
    return links.getEdgeAttributes(edge);
  };
  for (const id of statements) {
    const node = graph.getNodeAttributes(id);
    if (node.kind !== "statement" || node.speaker === null) continue;
    for (const target of node.about) link(node.speaker, target)?.statements.push(id);
  }
  for (const id of events) {
    const node = graph.getNodeAttributes(id);
    if (node.kind !== "event") continue;
    node.participants.forEach((a, i) => node.participants.slice(i + 1).forEach((b) => link(a, b)?.events.push(id)));
  }
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.relation === "holds_role" || attributes.relation === "member_of") link(source, target)?.roles.push(edge);
  });
  return links;
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}
