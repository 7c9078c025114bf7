// --from and --to: dates as precise as known on both sides, compared at the coarser precision, so
// "2025-02" takes in every day of February and a statement dated only "2025" falls in any 2025 range.
import { IsoDate } from "../schema/extraction.js";

export const DateRange = {
  from: IsoDate.optional().describe("first date included: YYYY, YYYY-MM or YYYY-MM-DD"),
  to: IsoDate.optional().describe("last date included: YYYY, YYYY-MM or YYYY-MM-DD"),
};

/** Whether `date` may fall in the range; an undated item falls in no range but the open one. */
export function inDateRange(date: string | null, range: { from?: string | undefined; to?: string | undefined }): boolean {
  if (range.from === undefined && range.to === undefined) return true;
  if (date === null) return false;
  const coarser = (bound: string) => Math.min(bound.length, date.length);
  if (range.from !== undefined && date.slice(0, coarser(range.from)) < range.from.slice(0, coarser(range.from))) return false;
  if (range.to !== undefined && date.slice(0, coarser(range.to)) > range.to.slice(0, coarser(range.to))) return false;
  return true;
}
