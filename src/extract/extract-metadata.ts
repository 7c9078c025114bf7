// Reads a document's metadata from its header lines when the container did not carry it:
// title, authors (bylines), publication date (datelines), and the kind of document (a news
// article, or a position page profiling someone's stance). Never invents a date.
import type { Paragraph, SourceDocument } from "../schema/document.js";
import type { DocumentKind, IsoDate } from "../schema/extraction.js";
import { findDates } from "../text/resolve-dates.js";
import { furnitureReason } from "./detect-boilerplate.js";

export interface StatedPosition {
  /** The holder's name as the page gives it ("Donald Trump" in "Donald Trump on Russia Relations"). */
  holderName: string;
  topic: string | null;
  label: string;
  strength: string | null;
}

export interface DocumentMetadata {
  title: string | null;
  /** The paragraph the title was read from, so the boilerplate stage does not take it for a heading. */
  titleParagraph: number | null;
  published: IsoDate | null;
  authors: string[];
  kind: DocumentKind;
  position: StatedPosition | null;
}

/** How far into the text header lines (title, byline, dateline) are looked for. */
const HEADER_LINES = 12;
const DATE_MARKER = /^\s*(?:date|published|posted|updated)[:\s]+(\d{4}-\d{2}-\d{2})\b\s*/i;
const BYLINE = /^(?:written\s+)?by\s+(.+)$/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|al|bin|le|la))*$/u;
const POSITION_LABEL = /^(.{3,80}?)\s*\((strong|moderate|weak|mixed|leaning|firm|soft|evolving|inconsistent)\)$/i;
const PROFILE_SECTIONS = /^(timeline|key quotes|actions taken|criticism|comparison|context|stance|positions?)$/i;

export function extractMetadata(source: SourceDocument, paragraphs: Paragraph[]): DocumentMetadata {
  const text = source.text;
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const header = lines.slice(0, HEADER_LINES);
  const titleFound = source.title ? null : findTitle(header);
  const title = source.title ?? titleFound?.title ?? null;
  const kind = isProfile(lines) ? "profile" : "article";
  return {
    title,
    titleParagraph: titleFound?.index ?? null,
    published: source.published ?? findPublished(header) ?? dateInFileName(source.source),
    authors: source.authors.length ? source.authors : findAuthors(header),
    kind,
    position: kind === "profile" && title ? findPosition(title, lines) : null,
  };
}

/**
 * The first header line that reads as a headline; navigation and prompts before it are skipped.
 * A headline that ends in a semicolon goes on in the next line, its deck, as news databases
 * (LexisNexis) print them: "Lawmaker urges retaliation on Russia; / Member of House panel says …".
 */
function findTitle(header: string[]): { title: string; index: number } | null {
  for (let i = 0; i < header.length; i++) {
    const line = (header[i] ?? "").replace(DATE_MARKER, "").trim();
    const furniture = furnitureReason(header[i] ?? "", header[i + 1]);
    // A page that opens with a picture caption was scraped without its headline.
    if (furniture?.includes("caption")) return null;
    if (furniture || !readsAsHeadline(line) || BYLINE.test(line) || isDateline(line)) continue;
    const deck = line.endsWith(";") ? (header[i + 1] ?? "").trim() : "";
    const title = line.replace(/[;:,\s]+$/, "");
    // Announced by the semicolon, a deck may be sentences of its own.
    return { title: deck && wordCount(deck) <= MAX_HEADLINE_WORDS ? `${title}; ${deck.replace(/[.;:,\s]+$/, "")}` : title, index: i };
  }
  return null;
}

/** Abbreviations and initials whose period ends no sentence ("Mary J. Blige", "U.S. troops"). */
const NO_SENTENCE_END = /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|U\.S|U\.K|\p{Lu})\./gu;
/** As many words as a headline of a few short sentences has ("Virginian could make history. Again."). */
const SHORT_HEADLINE_WORDS = 12;
const MAX_HEADLINE_WORDS = 25;

/** A headline is one sentence, or a few short ones; a longer line of several is a promo or the body. */
function readsAsHeadline(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > MAX_HEADLINE_WORDS) return false;
  return words <= SHORT_HEADLINE_WORDS || !/[.!?]\s+\p{Lu}/u.test(line.replace(NO_SENTENCE_END, ""));
}

function wordCount(line: string): number {
  return line.split(/\s+/).length;
}

/** A dateline holds a full date and little else: times, "Updated", a byline, a reading time. */
function isDateline(line: string): boolean {
  const dates = findDates(line, null).filter((d) => d.precision === "day");
  if (!dates.length) return false;
  let rest = line;
  for (const d of dates) rest = rest.replace(d.text, " ");
  rest = rest
    .replace(BYLINE, " ")
    .replace(/\b\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b/gi, " ")
    .replace(/\b(?:updated|published|posted|date|min read|\d+)\b/gi, " ")
    .replace(/[|,:·•\-–—]/g, " ")
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 4;
}

function findPublished(header: string[]): IsoDate | null {
  for (const line of header) {
    const marker = DATE_MARKER.exec(line);
    if (marker?.[1]) return marker[1];
    if (!isDateline(line)) continue;
    const first = findDates(line, null).find((d) => d.precision === "day");
    if (first) return first.date;
  }
  return null;
}

/** Scrapers often name files by date ("nyt_2016-09-08_obama-on-climate.txt"): a real date, not a guess. */
function dateInFileName(source: string): IsoDate | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(source.split("/").pop() ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function findAuthors(header: string[]): string[] {
  for (const line of header) {
    const byline = BYLINE.exec(line.trim());
    if (!byline?.[1]) continue;
    // The names run until a date, a time or a number starts.
    const names = byline[1].split(/\s+(?=(?:\p{Lu}\p{Ll}+\s+\d|\d))/u)[0] ?? "";
    const authors = names
      .split(/\s*(?:,|\band\b|&)\s*/)
      .map((n) => n.trim())
      .filter((n) => NAME.test(n) && n.split(/\s+/).length >= 2 && n.split(/\s+/).length <= 4);
    if (authors.length) return authors;
  }
  return [];
}


function isProfile(lines: string[]): boolean {
  const sections = lines.filter((l) => PROFILE_SECTIONS.test(l.trim())).length;
  return sections >= 2 && lines.some((l) => POSITION_LABEL.test(l.trim()));
}

/** "Donald Trump on Russia Relations" + "Transactional Engagement (strong)". */
function findPosition(title: string, lines: string[]): StatedPosition | null {
  const label = lines.map((l) => POSITION_LABEL.exec(l.trim())).find((m) => m);
  if (!label?.[1]) return null;
  const about = /^(.+?)\s+on\s+(.+)$/.exec(title);
  return {
    holderName: about?.[1] ?? title,
    topic: about?.[2] ?? null,
    label: label[1].trim(),
    strength: label[2]?.toLowerCase() ?? null,
  };
}
