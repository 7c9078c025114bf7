// Statements around an actor, read from the graph: what they said (said edges), what was said
// about them (about edges, with the stance toward them), and what one said about another.
import type { Stance } from "../../src/schema/extraction.js";
import type { ActorGraph, StatementNode } from "../../src/schema/graph.js";

export interface StatementEntry {
  key: string;
  statement: StatementNode;
  /** Toward the actor the list is about; the statement's overall stance in a list of what someone said. */
  stance: Stance | null;
}

export function saidBy(graph: ActorGraph, actor: string): StatementEntry[] {
  const entries: StatementEntry[] = [];
  graph.forEachOutEdge(actor, (_edge, edge, _source, target, _sourceNode, targetNode) => {
    if (edge.relation === "said" && targetNode.kind === "statement") {
      entries.push({ key: target, statement: targetNode, stance: targetNode.stance });
    }
  });
  return inTimeOrder(entries);
}

export function saidAbout(graph: ActorGraph, actor: string): StatementEntry[] {
  const entries: StatementEntry[] = [];
  graph.forEachInEdge(actor, (_edge, edge, source, _target, sourceNode) => {
    if (edge.relation === "about" && sourceNode.kind === "statement") {
      entries.push({ key: source, statement: sourceNode, stance: edge.stance });
    }
  });
  return inTimeOrder(entries);
}

/** Everything `speaker` said about `target`, with the stance toward `target`, oldest first. */
export function saidByAbout(graph: ActorGraph, speaker: string, target: string): StatementEntry[] {
  return saidAbout(graph, target).filter((entry) => entry.statement.speaker === speaker);
}

export interface Counterpart {
  actor: string;
  count: number;
}

/** The actors `actor` spoke about and those who spoke about `actor`, most statements first: the pairs worth a timeline. */
export function counterparts(graph: ActorGraph, actor: string): Counterpart[] {
  const counts = new Map<string, number>();
  const add = (other: string | null) => {
    if (other !== null && other !== actor) counts.set(other, (counts.get(other) ?? 0) + 1);
  };
  for (const { statement } of saidBy(graph, actor)) statement.about.forEach(add);
  for (const { statement } of saidAbout(graph, actor)) add(statement.speaker);
  return [...counts]
    .map(([other, count]) => ({ actor: other, count }))
    .sort((a, b) => b.count - a.count || (a.actor < b.actor ? -1 : 1));
}

/** Oldest first, undated last; then in document order, so a text's statements keep their sequence. */
function inTimeOrder(entries: StatementEntry[]): StatementEntry[] {
  const sortKey = ({ statement }: StatementEntry) => `${statement.date ?? "~"}\u0000${statement.doc}\u0000${String(statement.start).padStart(10, "0")}`;
  return entries.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/**
 * The two actors an edge stands between, for a click on it: a statement's speaker and its target
 * (about and said edges), or the ends of an edge between actors (offices, memberships).
 */
export function pairOfEdge(graph: ActorGraph, edge: string): [string, string] | null {
  const source = graph.source(edge);
  const target = graph.target(edge);
  const sourceNode = graph.getNodeAttributes(source);
  const targetNode = graph.getNodeAttributes(target);
  const relation = graph.getEdgeAttribute(edge, "relation");
  if (relation === "about" && sourceNode.kind === "statement") {
    return sourceNode.speaker === null ? null : [sourceNode.speaker, target];
  }
  if (relation === "said" && targetNode.kind === "statement") {
    const [firstTarget] = targetNode.about;
    return firstTarget === undefined ? null : [source, firstTarget];
  }
  return relation === "holds_role" || relation === "member_of" ? [source, target] : null;
}
