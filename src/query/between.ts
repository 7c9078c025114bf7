// Everything that connects two actors directly, in time order: what each said about the other,
// the events both took part in, and an office or membership one holds in the other.
import { z } from "zod";
import { IsoDate } from "../schema/extraction.js";
import type { GraphIndex } from "./graph-index.js";
import { byDateFirst } from "./order.js";
import { ActorName, matchName } from "./match-name.js";
import { said } from "./said.js";
import { ActorRef, EventView, readRoleView, RoleView, StatementView } from "./views.js";

export const BetweenParams = z.strictObject({
  a: ActorName.describe("one actor"),
  b: ActorName.describe("the other actor"),
});
export type BetweenParams = z.infer<typeof BetweenParams>;

export const Connection = z.discriminatedUnion("via", [
  z.object({ via: z.literal("statement"), date: IsoDate.nullable(), statement: StatementView }),
  z.object({ via: z.literal("event"), date: IsoDate.nullable(), event: EventView }),
  z.object({ via: z.literal("role"), date: IsoDate.nullable(), role: RoleView }),
]);
export type Connection = z.infer<typeof Connection>;

export const BetweenAnswer = z.object({ a: ActorRef, b: ActorRef, connections: z.array(Connection) });
export type BetweenAnswer = z.infer<typeof BetweenAnswer>;

export function between(index: GraphIndex, params: BetweenParams): BetweenAnswer {
  const a = matchName(index.names, params.a);
  const b = matchName(index.names, params.b);
  const link = index.linkBetween(a, b);
  const statements = [...said(index, { by: a, about: b }).statements, ...said(index, { by: b, about: a }).statements];
  const connections: Connection[] = [
    ...statements.map((statement) => ({ via: "statement" as const, date: statement.date, statement })),
    ...(link?.events ?? []).map((id) => ({ via: "event" as const, date: index.event(id).date, event: index.event(id) })),
    ...(link?.roles ?? []).map((edge) => ({ via: "role" as const, date: index.graph.getEdgeAttribute(edge, "date"), role: readRoleView(index, edge) })),
  ];
  // A stable sort keeps each kind's own time order (statements by document and offset) within a date.
  return { a: index.actor(a), b: index.actor(b), connections: connections.sort((x, y) => byDateFirst(x.date, y.date)) };
}
