// Dates as the graph has them: ISO dates as precise as known (YYYY, YYYY-MM, YYYY-MM-DD). A
// partial date stands for its whole period, so "2025-05" is in a range that starts on May 20.
import type { IsoDate } from "../../src/schema/extraction.js";

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

const MS_PER_DAY = 86_400_000;

export function firstDay(date: IsoDate): Day {
  // "2022" + "-01-01" and "2022-03" + "-01-01" cut to ten characters give the period's first day.
  return `${date}-01-01`.slice(0, 10);
}

export function lastDay(date: IsoDate): Day {
  const [year, month, day] = date.split("-");
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  // Day 0 of the next month is the last day of this one.
  return dayOf(Date.UTC(Number(year), Number(month), 0));
}

/** Whether the period of `date` overlaps [from, to]; an open end (null) is unbounded. */
export function overlaps(date: IsoDate, from: Day | null, to: Day | null): boolean {
  return (from === null || lastDay(date) >= from) && (to === null || firstDay(date) <= to);
}

/** Days since 1970-01-01: the unit of the date slider. */
export function epochDay(day: Day): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
}

export function dayFromEpoch(days: number): Day {
  return dayOf(days * MS_PER_DAY);
}

function dayOf(milliseconds: number): Day {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** "2017-01-20 – 2021-01-19" or "since 2025-01-20", from a term "first/last" or "first/..". */
export function formatTerm(term: string): string {
  const [first = "", last = ".."] = term.split("/");
  return last === ".." ? `since ${first}` : `${first} – ${last}`;
}
