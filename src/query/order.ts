// Orders answers sort by: plain comparisons of code units (code-unit-order.ts), machine-independent
// and, on lists of thousands, much faster than localeCompare.
import { byCodeUnits } from "../text/code-unit-order.js";

/** Dated before undated, then in date order (ISO dates as precise as known sort as text). */
export function byDateFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return byCodeUnits(a, b);
}
