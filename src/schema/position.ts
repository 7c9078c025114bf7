// Stated positions across the corpus: what one holder said about one target, in date order,
// with every change of stance flagged; and the positions that position pages state themselves.
import { z } from "zod";
import { IsoDate, Stance } from "./extraction.js";

export const PositionStatement = z.object({
  date: IsoDate.nullable(),
  stance: Stance,
  text: z.string(),
  kind: z.enum(["direct", "indirect"]),
  doc: z.string(),
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type PositionStatement = z.infer<typeof PositionStatement>;

export const StanceChange = z.object({
  /** Indexes into `statements`: the last statement of the old stance and the first of the new. */
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  was: Stance,
  became: Stance,
});

export const StancePosition = z.object({
  holder: z.string(),
  target: z.string(),
  /** The stance most of the statements take, the latest breaking a tie. */
  stance: Stance,
  /** Dated statements first, in date order; undated ones after, in document order. */
  statements: z.array(PositionStatement),
  changes: z.array(StanceChange),
  /** Labels that position pages give this holder ("Transactional Engagement", strong). */
  labels: z.array(z.object({ label: z.string(), strength: z.string().nullable(), topic: z.string().nullable(), doc: z.string() })),
});
export type StancePosition = z.infer<typeof StancePosition>;

export const PositionsFile = z.array(StancePosition);
