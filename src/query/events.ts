// Events in time order, of one actor, of one type, in a date range.
import { z } from "zod";
import { DateRange, inDateRange } from "./date-range.js";
import type { GraphIndex } from "./graph-index.js";
import { ActorName, matchName, nameForms, nearestNames, normalizeName } from "./match-name.js";
import { UnknownNameError } from "./query-errors.js";
import { ActorRef, EventView } from "./views.js";

export const EventsParams = z.strictObject({
  actor: ActorName.optional().describe("an actor who took part"),
  type: z.string().trim().min(1).optional().describe('an event type: "call", "summit", "press conference", …'),
  ...DateRange,
});
export type EventsParams = z.infer<typeof EventsParams>;

export const EventsAnswer = z.object({
  actor: ActorRef.nullable(),
  type: z.string().nullable(),
  events: z.array(EventView),
});
export type EventsAnswer = z.infer<typeof EventsAnswer>;

export function events(index: GraphIndex, params: EventsParams): EventsAnswer {
  const actor = params.actor === undefined ? null : matchName(index.names, params.actor);
  const type = params.type === undefined ? null : matchEventType(index, params.type);
  const candidates = actor === null ? index.events : (index.eventsByParticipant.get(actor) ?? []);
  const events = candidates.map((id) => index.event(id)).filter((e) => (type ?? e.type) === e.type && inDateRange(e.date, params));
  return { actor: actor === null ? null : index.actor(actor), type, events };
}

/** The known type `query` names, case- and punctuation-insensitively ("Press-Conference"). */
function matchEventType(index: GraphIndex, query: string): string {
  const type = index.eventTypes.find((t) => normalizeName(t) === normalizeName(query));
  if (type !== undefined) return type;
  throw new UnknownNameError("event type", query, nearestNames(index.eventTypes.map((type) => nameForms({ name: type, aliases: [], importance: 0 })), query));
}
