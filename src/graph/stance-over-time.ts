// A holder's stance toward one target over time: statements in time order, the stance most of
// them take, and every change of stance. Shared by positions.json and the `stance` query, so both
// flag the same changes.
import type { Stance } from "../schema/extraction.js";
import { byCodeUnits } from "../text/code-unit-order.js";

/** Where and when a statement was made: what time order needs. */
export interface Timed {
  date: string | null;
  doc: string;
  start: number;
}

export interface TimedStance extends Timed {
  stance: Stance;
}

export interface StanceChangeAt {
  /** Indexes into the ordered statements: the last statement of the old stance and the first of the new. */
  from: number;
  to: number;
  was: Stance;
  became: Stance;
}

export function stanceOverTime<S extends TimedStance>(statements: S[]): { statements: S[]; stance: Stance; changes: StanceChangeAt[] } {
  const ordered = inTimeOrder(statements);
  return { statements: ordered, stance: overallStance(ordered), changes: changesOf(ordered) };
}

/** Dated statements first, in date order (then document and offset); undated ones after, in document order. */
export function inTimeOrder<S extends Timed>(statements: S[]): S[] {
  const dated = statements.filter((s) => s.date !== null).sort((a, b) => byCodeUnits(a.date ?? "", b.date ?? "") || byCodeUnits(a.doc, b.doc) || a.start - b.start);
  return [...dated, ...statements.filter((s) => s.date === null)];
}

/** A change is a dated statement whose polar stance differs from the last polar one before it; neutral statements change nothing. */
function changesOf(statements: TimedStance[]): StanceChangeAt[] {
  const changes: StanceChangeAt[] = [];
  let last: { index: number; stance: Stance } | null = null;
  statements.forEach((s, index) => {
    if (s.date === null || s.stance === "neutral") return;
    if (last && last.stance !== s.stance) changes.push({ from: last.index, to: index, was: last.stance, became: s.stance });
    last = { index, stance: s.stance };
  });
  return changes;
}

/** The stance most statements take; a tie goes to the latest polar statement (statements in time order). */
export function overallStance(statements: { stance: Stance }[]): Stance {
  const count = (stance: Stance) => statements.filter((s) => s.stance === stance).length;
  const positive = count("positive");
  const negative = count("negative");
  if (positive === negative) return [...statements].reverse().find((s) => s.stance !== "neutral")?.stance ?? "neutral";
  return positive > negative ? "positive" : "negative";
}
