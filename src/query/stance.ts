// One actor's stance toward another over time, with every change of stance and the two
// statements on either side of it: the same changes positions.json flags.
import { z } from "zod";
import { Stance } from "../schema/extraction.js";
import { stanceOverTime } from "../graph/stance-over-time.js";
import type { GraphIndex } from "./graph-index.js";
import { ActorName, matchName } from "./match-name.js";
import { said } from "./said.js";
import { ActorRef, StatementView } from "./views.js";

export const StanceParams = z.strictObject({
  by: ActorName.describe("whose stance"),
  about: ActorName.describe("toward whom"),
});
export type StanceParams = z.infer<typeof StanceParams>;

export const StanceAnswer = z.object({
  by: ActorRef,
  about: ActorRef,
  /** The stance most statements take, the latest breaking a tie; neutral when nothing was said. */
  stance: Stance,
  statements: z.array(StatementView),
  changes: z.array(z.object({ was: Stance, became: Stance, from: StatementView, to: StatementView })),
});
export type StanceAnswer = z.infer<typeof StanceAnswer>;

export function stance(index: GraphIndex, params: StanceParams): StanceAnswer {
  const by = matchName(index.names, params.by);
  const about = matchName(index.names, params.about);
  const { statements } = said(index, { by, about });
  // A statement about the target with no stance read toward it says nothing for or against.
  const over = stanceOverTime(statements.map((s) => ({ ...s, stance: s.stance ?? "neutral", doc: s.source.doc, start: s.source.start ?? 0 })));
  const view = ({ doc: _doc, start: _start, ...statement }: (typeof over.statements)[number]): StatementView => statement;
  return {
    by: index.actor(by),
    about: index.actor(about),
    stance: over.stance,
    statements: over.statements.map(view),
    changes: over.changes.flatMap(({ from, to, was, became }) => {
      const [before, after] = [over.statements[from], over.statements[to]];
      return before && after ? [{ was, became, from: view(before), to: view(after) }] : [];
    }),
  };
}
