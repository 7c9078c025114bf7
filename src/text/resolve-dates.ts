// Finds the dates written in running text ("on Thursday", "Jan. 31", "13th Mar, 2025", "in 2014",
// "three years ago") and resolves each to an ISO date no finer than the text says, against the
// article's own date. Pure: no clock, no I/O; all arithmetic in UTC so the machine's time zone
// never shifts a day.
//
// Choices:
// - Parser: chrono's en.casual, which reads an all-numeric date month-first ("03/04/25" is 4 March
//   2025) unless the first number cannot be a month ("13/03/25" is 13 March). en.GB reads
//   day-first but misreads "Jan. 31" as January 2031, and month names are how news writes dates,
//   so the default wins and all-numeric dates stay month-first even in British outlets.
// - A slash date without a year ("24/7", "9/11", "50/50") is not taken: in news it is a phrase.
// - Week expressions ("last week", "over the weekend", "two weeks ago") get month precision: the
//   text names a week, not a day, and the month of the day chrono picks is the honest coarsening.
// - "end of March" gets month precision: chrono's last-day-of-month is its guess, not the text.
// - A reference coarser than a day is treated as no reference: a weekday cannot be placed in it.
// - Durations ("for 10 days", "the past year"), "now", and times of day alone give no date.
import * as chrono from "chrono-node";
import type { ParsedResult } from "chrono-node";
import type { IsoDate } from "../schema/extraction.js";

export type DatePrecision = "day" | "month" | "year";

export type DateMention = {
  start: number;
  end: number;
  text: string;
  date: IsoDate;
  precision: DatePrecision;
};

export type FindDatesOptions = {
  /** "past" (default): reported speech and past events, so a date without its year or week is the latest one on or before the reference. */
  tense?: "past" | "any";
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Two references far apart in year, month and weekday: a date that resolves the same against both came from the text alone. */
const PROBE_REFERENCES = [new Date(Date.UTC(1987, 2, 9, 12)), new Date(Date.UTC(2061, 10, 26, 12))] as const;

/** Month and weekday names in lower case are verbs and nouns ("protesters march on", "sat"), not dates. */
const LOWERCASE_CALENDAR_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tues?|wed|thu|thurs?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
/** A weekday alone must be written out: "Sun" and "Sat" alone are a newspaper and a verb far more often. */
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/;
const WEEK_EXPRESSION = /\b(?:weeks?|weekends?|fortnight)\b/i;
/** Spans of time rather than points in it: "for 10 days", "within 30 days", "(over the) past week". */
const DURATION = /^(?:for|within|past|over)\b/i;
/**
 * Relative to an event in the story, not to the article's date: "the day before", "a week later",
 * "two days earlier", "a year after" (the invasion), "later in the day". chrono counts each from
 * the article's date, and "in the day" as a day after it.
 */
const NARRATIVE_RELATIVE = /^(?:next day|in the (?:day|week|month|year))$|\b(?:before|after|later|earlier)$/i;
/** A decade ("in 1990s", "in 80s"), which chrono reads as that many seconds from the article's date. */
const DECADE = /\d0['’]?s$/i;
/** The text itself says which week or year is meant, so the past-tense correction must not move it. */
const EXPLICIT_CYCLE = /\b(?:next|this|coming)\b/i;
/** chrono includes these prepositions in its span; a mention is the date expression alone. */
const LEADING_PREPOSITION = /^(?:on|at)\s+/i;
/** chrono sometimes takes the comma after "On Thursday," into its span. */
const TRAILING_PUNCTUATION = /[\s,;:]+$/;

/** A four-digit year that chrono does not take on its own: "in 2014", "since 2014", "the 2022 invasion". */
const YEAR_NUMBER = /\b(?:19\d\d|20\d\d|2100)\b/g;
/** Part of a larger number, an amount or a numeric date: "£2000", "1.2000", "13/03/2025". */
const NOT_YEAR_BEFORE = /[$£€#\d.,:/+]$/;
/** A decimal, a percentage, a 24-hour clock time ("1930 GMT") or a quantity ("2000-strong", "1500 troops"). */
const NOT_YEAR_AFTER =
  /^(?:[.,]\d|%|\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|hrs|hours|local time)\b|[-\s](?:strong|pages?|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|people|troops|soldiers|tonnes|tons)\b)/i;

/**
 * What every date chrono can read, and findDates then keeps, holds one of these (DATE_CUES):
 * - a month or weekday name with a capital: in lower case ("may", "march", "sun") they are verbs
 *   and nouns, and whatever chrono reads with one is rejected (LOWERCASE_CALENDAR_WORD);
 * - a day word ("today", "tonight") or a unit of time ("two weeks ago", "this weekend"); a
 *   one-letter unit only after a determiner ("this s—"), or it would match every "Trump's";
 * - digits chrono reads as a date: around a separator ("3/4/2025", "2025-03-04", "2025 3 4") or
 *   before a unit ("in 5d", "in 1990s", read as seconds). Other numbers ("$5 million", "50
 *   percent", "at 5 p.m.") give chrono nothing findDates keeps: a time alone says no date, and
 *   bare years are withYears's.
 * "now" is not a cue: chrono's "now" is always rejected, and "from now" comes with a unit. Most
 * sentences hold no cue, and chrono's fifty parsers cost more than the rest of a sentence's
 * extraction. The first group is the calendar name, which counts only capitalised.
 */
const DATE_CUES =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?)?)\b|\b(?:weekdays?|today|tonight|tonite|tmr|tomorrow|yesterday|noon|midday|midnight|morning|afternoon|evening|night|pasts?|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?)\b|\b(?:this|next|last|past|coming|the|a|an|one)\s+(?:s|m|h|d|w|mo|q|y)\b|\d\s{0,3}(?:s|secs?|m|mins?|h|hrs?|d|w|mo|mons?|mos|qtr|y|yrs?)\b|\d[/.-]\d|\d{4}\s\d/gi;

function mightHoldDate(text: string): boolean {
  DATE_CUES.lastIndex = 0;
  for (let cue = DATE_CUES.exec(text); cue; cue = DATE_CUES.exec(text)) {
    const calendarName = cue[1];
    if (calendarName === undefined || calendarName.charAt(0) !== calendarName.charAt(0).toLowerCase()) return true;
  }
  return false;
}

/** A full ISO day as a Date at UTC noon, so no time zone can move it to a neighbouring day. */
export function parseIsoDay(iso: IsoDate): Date {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`not a full ISO day (YYYY-MM-DD): ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new Error(`no such day: ${iso}`);
  return date;
}

/** The ISO date of a UTC instant, cut to the precision. */
export function toIsoDate(date: Date, precision: DatePrecision): IsoDate {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  if (precision === "year") return year;
  const month = `${year}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
  if (precision === "month") return month;
  return `${month}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/**
 * The dates in the text, sorted and non-overlapping, with offsets into it. With a full-day reference,
 * relative expressions resolve against it; without one, only dates that carry their own year count.
 */
export function findDates(text: string, reference: IsoDate | null, options: FindDatesOptions = {}): readonly DateMention[] {
  const tense = options.tense ?? "past";
  // Statements read the dates of a quote's sentence, events those of its paragraph: often the same text.
  const key = `${reference}|${tense}|${text}`;
  const known = recentlyFound.get(key);
  if (known) return known;
  const ref = reference !== null && ISO_DAY.test(reference) ? parseIsoDay(reference) : null;
  const found = !mightHoldDate(text) ? [] : ref ? resolveAll(text, ref, tense) : absoluteOnly(text);
  const dates = Object.freeze(withYears(text, found).map((d) => Object.freeze(d)));
  if (recentlyFound.size >= RECENT_TEXTS) recentlyFound.clear();
  recentlyFound.set(key, dates);
  return dates;
}

/** Enough for one long article's sentences and paragraphs; cleared when full, so memory stays flat. */
const RECENT_TEXTS = 2000;
const recentlyFound = new Map<string, readonly DateMention[]>();

function parse(text: string, day: Date): ParsedResult[] {
  // chrono reads its reference with local-time getters in places ("last night", "the day before
  // yesterday") even when given a time zone, so it is handed noon of the same calendar day in the
  // machine's zone: every getter then sees the reference day, and the components it returns are
  // that day's calendar arithmetic whatever TZ is set. Noon keeps clear of DST switches.
  const instant = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
  return chrono.en.casual.parse(text, instant, { forwardDate: false });
}

function resolveAll(text: string, ref: Date, tense: "past" | "any"): DateMention[] {
  const mentions: DateMention[] = [];
  for (const result of parse(text, ref)) {
    const mention = resolve(result, ref, tense);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * Without a reference only dates that carry their own year count: the text is parsed against two
 * distant references, and a date is kept only if it comes out the same against both, which rules
 * out "yesterday", "this year", "three years ago" and a weekday or month left to be placed.
 */
function absoluteOnly(text: string): DateMention[] {
  const [first, second] = PROBE_REFERENCES;
  const others = parse(text, second);
  const mentions: DateMention[] = [];
  for (const result of parse(text, first)) {
    if (!result.start.isCertain("year")) continue;
    const twin = others.find((other) => other.index === result.index && other.text === result.text);
    if (!twin) continue;
    const mention = resolve(result, first, "any");
    if (mention && mention.date === resolve(twin, second, "any")?.date) mentions.push(mention);
  }
  return mentions;
}

function resolve(result: ParsedResult, ref: Date, tense: "past" | "any"): DateMention | null {
  const start = result.start;
  if (isRejected(result)) return null;
  const precision = precisionOf(result);
  if (precision === null) return null;

  let date = new Date(Date.UTC(start.get("year") ?? 0, (start.get("month") ?? 1) - 1, start.get("day") ?? 1, 12));
  if (tense === "past" && !start.isCertain("year") && !EXPLICIT_CYCLE.test(result.text)) {
    const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day") && !start.isCertain("month");
    date = weekdayOnly ? latestWeekday(date, ref) : latestYear(date, precision, ref);
  }

  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead).replace(TRAILING_PUNCTUATION, "");
  return {
    start: result.index + lead,
    end: result.index + lead + text.length,
    text,
    date: toIsoDate(date, precision),
    precision,
  };
}

function isRejected(result: ParsedResult): boolean {
  const { start, text } = result;
  const tags = result.tags();
  if (tags.has("casualReference/now")) return true; // "now" is the moment of writing, not a date the story states
  if (DURATION.test(text) || NARRATIVE_RELATIVE.test(text) || DECADE.test(text)) return true;
  if (LOWERCASE_CALENDAR_WORD.test(text)) return true;
  if (tags.has("parser/SlashDateFormatParser") && !start.isCertain("year")) return true;
  const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
  return weekdayOnly && !WEEK_EXPRESSION.test(text) && !FULL_WEEKDAY.test(text);
}

/** As fine as the text says: a time of day alone says no date at all. */
function precisionOf(result: ParsedResult): DatePrecision | null {
  const start = result.start;
  if (WEEK_EXPRESSION.test(result.text)) return "month";
  if (result.tags().has("refiner/ENEndOfPeriodRefiner")) return "month";
  if (start.isCertain("day") || start.isCertain("weekday")) return "day";
  if (start.isCertain("month")) return "month";
  if (start.isCertain("year")) return "year";
  // "this morning", "this evening": chrono certifies no date part, but the text names the day.
  if (/^this\b/i.test(result.text) && [...result.tags()].some((t) => t.startsWith("casualReference/"))) {
    return "day";
  }
  return null;
}

/** The latest day with the same weekday on or before the reference. */
function latestWeekday(date: Date, ref: Date): Date {
  let time = date.getTime();
  while (time > ref.getTime()) time -= 7 * MS_PER_DAY;
  return new Date(time);
}

/** The latest year in which the month (and day) falls on or before the reference; 29 February skips to a leap year. */
function latestYear(date: Date, precision: DatePrecision, ref: Date): Date {
  const month = date.getUTCMonth();
  const day = precision === "day" ? date.getUTCDate() : 1;
  let year = date.getUTCFullYear();
  let candidate = new Date(Date.UTC(year, month, day, 12));
  while (candidate.getTime() > ref.getTime() || candidate.getUTCDate() !== day) {
    year -= 1;
    candidate = new Date(Date.UTC(year, month, day, 12));
  }
  return candidate;
}

/** Adds bare four-digit years where chrono found nothing, and returns everything sorted and non-overlapping. */
function withYears(text: string, found: DateMention[]): DateMention[] {
  const mentions = [...found];
  for (const m of text.matchAll(YEAR_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
    if (NOT_YEAR_AFTER.test(text.slice(end, end + 16))) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    mentions.push({ start, end, text: m[0], date: m[0], precision: "year" });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}
