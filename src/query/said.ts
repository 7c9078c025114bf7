// What was said, by whom, about whom: the statements in time order, either side optional.
import { z } from "zod";
import { Stance } from "../schema/extraction.js";
import { DateRange, inDateRange } from "./date-range.js";
import type { GraphIndex } from "./graph-index.js";
import { ActorName, matchName } from "./match-name.js";
import { ActorRef, StatementView } from "./views.js";

export const SaidParams = z.strictObject({
  by: ActorName.optional().describe("the speaker"),
  about: ActorName.optional().describe("an actor the statements are about"),
  ...DateRange,
  stance: Stance.optional().describe("toward --about when given, else the statement's overall stance"),
  kind: z.enum(["direct", "indirect"]).optional().describe("direct quotes or reported speech"),
});
export type SaidParams = z.infer<typeof SaidParams>;

export const SaidAnswer = z.object({
  by: ActorRef.nullable(),
  about: ActorRef.nullable(),
  statements: z.array(StatementView),
});
export type SaidAnswer = z.infer<typeof SaidAnswer>;

export function said(index: GraphIndex, params: SaidParams): SaidAnswer {
  const by = params.by === undefined ? null : matchName(index.names, params.by);
  const about = params.about === undefined ? null : matchName(index.names, params.about);
  const walked = candidates(index, by, about);
  const statements = walked.flatMap((id) => {
    const view = index.statement(id);
    const target = view.targets.find((t) => t.actor.id === about);
    if ((by !== null && view.speaker?.id !== by) || (about !== null && target === undefined)) return [];
    const stance = target ? target.stance : view.stance;
    const kept = inDateRange(view.date, params) && (params.stance ?? stance) === stance && (params.kind ?? view.quoteKind) === view.quoteKind;
    return kept ? [{ ...view, stance }] : [];
  });
  return { by: by === null ? null : index.actor(by), about: about === null ? null : index.actor(about), statements };
}

/** Statements that may match, in time order: the shorter list of the speaker's and the target's when both are named. */
function candidates(index: GraphIndex, by: string | null, about: string | null): string[] {
  const spoken = by === null ? undefined : (index.statementsBySpeaker.get(by) ?? []);
  const heard = about === null ? undefined : (index.statementsByTarget.get(about) ?? []);
  if (spoken && heard) return spoken.length < heard.length ? spoken : heard;
  return spoken ?? heard ?? index.statements;
}
