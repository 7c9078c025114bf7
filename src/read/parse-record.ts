// Turns one JSON record (a .json file, an element of a JSON array, a JSONL line) into a
// SourceDocument, reading the field names that common news scrapers use. Also home of the date and
// author clean-up that the HTML reader shares.
import { isValid, parseISO } from "date-fns";
import { z } from "zod";
import { SourceDocument } from "../schema/document.js";

export type ParseResult = { ok: true; document: SourceDocument } | { ok: false; reason: string };

/** Where a record came from. `line` is set for JSONL records only; `index` for elements of a JSON array (0-based). */
export interface RecordLocation {
  source: string;
  line?: number;
  index?: number;
}

// Field names per property, in order of preference.
const TEXT_FIELDS = ["text", "maintext", "content", "body", "article"];
const TITLE_FIELDS = ["title", "headline"];
const DATE_FIELDS = ["date", "published", "date_publish", "publish_date", "datePublished", "pubDate"];
const AUTHOR_FIELDS = ["authors", "author", "byline"];
const URL_FIELDS = ["url", "link"];
const OUTLET_FIELDS = ["source", "outlet", "source_name", "publisher"];

export function parseRecord(value: unknown, where: RecordLocation): ParseResult {
  if (!isPlainObject(value)) {
    return { ok: false, reason: `record is not a JSON object (got ${describeJsonType(value)})` };
  }
  // Not trimmed or otherwise touched: every later offset indexes this string.
  const text = firstNonEmptyString(value, TEXT_FIELDS);
  if (text === null) {
    return { ok: false, reason: `record has no text (looked for ${TEXT_FIELDS.join(", ")})` };
  }
  const date = firstNonEmptyString(value, DATE_FIELDS);
  const candidate = {
    id: recordId(value.id) ?? defaultId(where),
    source: where.source,
    ...(where.line !== undefined ? { line: where.line } : {}),
    format: where.line !== undefined ? "jsonl" : "json",
    text,
    title: cleanLine(firstNonEmptyString(value, TITLE_FIELDS)),
    published: date === null ? null : normaliseDate(date),
    authors: recordAuthors(value),
    url: cleanLine(firstNonEmptyString(value, URL_FIELDS)),
    outlet: cleanLine(firstName(value, OUTLET_FIELDS)),
  };
  const parsed = SourceDocument.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: `record does not fit SourceDocument: ${z.prettifyError(parsed.error)}` };
  return { ok: true, document: parsed.data };
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/**
 * An ISO date as precise as the input says (YYYY-MM-DD, YYYY-MM or YYYY), or null when the input
 * is absent, unparseable or ambiguous: a wrong date is worse than none, so nothing is guessed.
 */
export function normaliseDate(input: string): string | null {
  const s = input.trim();
  let m: RegExpExecArray | null;

  // ISO 8601 with optional time. The calendar date is taken as written, not converted to UTC, so
  // "2019-07-15T23:30:00-05:00" stays the 15th: the day the outlet published it.
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s))) {
    return ymd(m[1], m[2], m[3]);
  }
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s))) return ymd(m[1], m[2], m[3]);
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return ym(m[1], m[2]);
  if ((m = /^(\d{4})$/.exec(s))) return m[1] ?? null;

  // Written-out months, optionally after a weekday and followed by a time: "July 15, 2019",
  // "15 July 2019", "Mon, 15 Jul 2019 10:20:00 GMT" (RSS pubDate), "July 2019".
  const rest = String.raw`(?:$|[\s,T].*)`;
  const weekday = String.raw`(?:[A-Za-z]+,?\s+)?`;
  if ((m = new RegExp(String.raw`^${weekday}([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${rest}`).exec(s))) {
    return monthDate(m[3], m[1], m[2]);
  }
  if ((m = new RegExp(String.raw`^${weekday}(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})${rest}`).exec(s))) {
    return monthDate(m[3], m[2], m[1]);
  }
  if ((m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(s))) {
    const month = monthNumber(m[1]);
    return month === null ? null : ym(m[2], String(month));
  }

  // Slashed day and month: US outlets write M/D/Y, others D/M/Y, so only an order that one of the
  // numbers settles (a part above 12, or both parts equal) is accepted.
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = expandYear(m[3] ?? "");
    if (a === b || b > 12) return ymd(year, String(a), String(b));
    if (a > 12) return ymd(year, String(b), String(a));
  }
  return null;
}

/**
 * Author names from a byline string: "By A and B", "A, B & C", "A; B", with quotes around a name
 * dropped (some scrapers write "Cortney OBrien" with its quotes).
 */
export function splitAuthors(byline: string): string[] {
  return byline
    .split(/\s*(?:[,;|]|\s&\s|\s+and\s+)\s*/i)
    .map((part) =>
      part
        .trim()
        .replace(/^by\s+/i, "")
        .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((name, i, all) => name !== "" && all.indexOf(name) === i);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function firstNonEmptyString(record: Record<string, unknown>, fields: string[]): string | null {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}

/** Like firstNonEmptyString, but also takes schema.org-style objects: { "name": "Reuters" }. */
function firstName(record: Record<string, unknown>, fields: string[]): string | null {
  for (const field of fields) {
    const name = nameOf(record[field]);
    if (name !== null) return name;
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (isPlainObject(value)) return nameOf(value.name);
  return null;
}

function cleanLine(value: string | null): string | null {
  if (value === null) return null;
  const cleaned = value.replace(/\s+/g, " ").trim();
  return cleaned === "" ? null : cleaned;
}

function recordId(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function defaultId(where: RecordLocation): string {
  if (where.line !== undefined) return `${where.source}#${where.line}`;
  if (where.index !== undefined) return `${where.source}#${where.index}`;
  return where.source;
}

function recordAuthors(record: Record<string, unknown>): string[] {
  for (const field of AUTHOR_FIELDS) {
    const value = record[field];
    const names = Array.isArray(value)
      ? value.flatMap((item) => {
          const name = nameOf(item);
          return name === null ? [] : splitAuthors(name);
        })
      : splitAuthors(nameOf(value) ?? "");
    if (names.length > 0) return names.filter((name, i) => names.indexOf(name) === i);
  }
  return [];
}

function monthNumber(name: string | undefined): number | null {
  if (name === undefined) return null;
  const key = name.toLowerCase();
  // Full names and the usual abbreviations ("Jul", "Sept"); "Mayday" or "Monday" are not months.
  const index = MONTHS.findIndex((full) => key === full || key === full.slice(0, 3) || (key === "sept" && full === "september"));
  return index === -1 ? null : index + 1;
}

function monthDate(year: string | undefined, monthName: string | undefined, day: string | undefined): string | null {
  const month = monthNumber(monthName);
  return month === null ? null : ymd(year, String(month), day);
}

/** Two-digit years follow the POSIX strptime pivot: 69–99 are 19xx, 00–68 are 20xx. */
function expandYear(year: string): string {
  if (year.length !== 2) return year;
  return String(Number(year) >= 69 ? 1900 + Number(year) : 2000 + Number(year));
}

function ymd(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  if (year === undefined || month === undefined || day === undefined) return null;
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  // parseISO rejects impossible days such as 2019-02-30.
  return isValid(parseISO(iso)) ? iso : null;
}

function ym(year: string | undefined, month: string | undefined): string | null {
  if (year === undefined || month === undefined) return null;
  const iso = `${year}-${month.padStart(2, "0")}`;
  return isValid(parseISO(iso)) ? iso : null;
}
