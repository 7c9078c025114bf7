// The shortest chain of direct connections from one actor to another (statements of one about
// the other, shared events, offices and memberships), each link with its evidence.
import { bidirectional } from "graphology-shortest-path";
import { z } from "zod";
import type { GraphIndex } from "./graph-index.js";
import { ActorName, matchName } from "./match-name.js";
import { ActorRef, EventView, readRoleView, RoleView, StatementView } from "./views.js";

export const PathParams = z.strictObject({
  from: ActorName.describe("where the chain starts"),
  to: ActorName.describe("where it ends"),
  evidence: z.coerce.number().int().min(1).max(100).default(3).describe("statements and events shown per link"),
});
export type PathParams = z.infer<typeof PathParams>;

export const PathLink = z.object({
  from: ActorRef,
  to: ActorRef,
  /** The first `evidence` statements and events in time order, and how many there are. */
  statements: z.array(StatementView),
  statementCount: z.number().int().nonnegative(),
  events: z.array(EventView),
  eventCount: z.number().int().nonnegative(),
  roles: z.array(RoleView),
});
export type PathLink = z.infer<typeof PathLink>;

export const PathAnswer = z.object({
  from: ActorRef,
  to: ActorRef,
  /** False when no chain joins them; links is then empty. */
  connected: z.boolean(),
  links: z.array(PathLink),
});
export type PathAnswer = z.infer<typeof PathAnswer>;

export function path(index: GraphIndex, params: PathParams): PathAnswer {
  const from = matchName(index.names, params.from);
  const to = matchName(index.names, params.to);
  const ends = { from: index.actor(from), to: index.actor(to) };
  if (from === to) return { ...ends, connected: true, links: [] };
  const chain = index.links.hasNode(from) && index.links.hasNode(to) ? bidirectional(index.links, from, to) : null;
  if (chain === null) return { ...ends, connected: false, links: [] };
  const links = chain.slice(1).map((next, i) => {
    const previous = chain[i] ?? from;
    // Consecutive nodes of a shortest path are linked.
    const link = index.linkBetween(previous, next) ?? { statements: [], events: [], roles: [] };
    return {
      from: index.actor(previous),
      to: index.actor(next),
      statements: link.statements.slice(0, params.evidence).map(index.statement),
      statementCount: link.statements.length,
      events: link.events.slice(0, params.evidence).map(index.event),
      eventCount: link.events.length,
      roles: link.roles.map((edge) => readRoleView(index, edge)),
    };
  });
  return { ...ends, connected: true, links };
}
