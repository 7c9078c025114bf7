// Finds quoted passages: straight and curly double quotes, quotes that run over several
// paragraphs (a paragraph opens a quote and does not close it, the next opens again), quotes
// reopened inside one scraped paragraph, and single-quoted passages ('do the right thing').
// Unbalanced marks never throw: an unclosed quote ends with its paragraph.
import type { Paragraph } from "../schema/document.js";

export interface QuoteSpan {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  paragraph: number;
  /** Continues the quote of the previous paragraph (that one was left open). */
  continues: boolean;
  /** Left open at the end of its paragraph. */
  open: boolean;
  single: boolean;
}

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
/** The marks a single-quoted passage opens with, ‘ and ', by code: every character is asked. */
const SINGLE_OPENERS = [0x2018, 0x27];

export function findQuoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried = false;
  paragraphs.forEach((p, index) => {
    const found = doubleQuotes(text, p.start, p.end).map((s) => ({ ...s, paragraph: index, single: false }));
    const first = found[0];
    if (first) first.continues = carried && first.start - p.start <= 1;
    carried = Boolean(found.length && found[found.length - 1]?.open);
    spans.push(...found);
    spans.push(...singleQuotes(text, p.start, p.end, found).map((s) => ({ ...s, paragraph: index, single: true })));
  });
  return spans.sort((a, b) => a.start - b.start);
}

type Piece = { start: number; end: number; continues: boolean; open: boolean };

function isSpace(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013-]/.test(c);
}

/** Whether a straight double quote at i opens (after a space or at the start, before a word) or closes. */
function straightOpens(text: string, i: number, lineStart: number, width: number): boolean {
  const next = text[i + width];
  if (next === undefined || /[\s.,;:!?)]/.test(next)) return false;
  return i === lineStart || isSpace(text[i - 1]);
}

/** Width of a double quote mark at i: one character, or two for the typewriter '' that some papers use. */
function doubleMarkAt(text: string, i: number): number {
  // Asked of every character: most are below the first mark beyond ASCII (« U+00AB) and not " or '.
  const code = text.charCodeAt(i);
  if (code < 0xab && code !== 0x22 && code !== 0x27) return 0;
  const c = text[i] as string;
  if (c === '"' || OPENERS.has(c) || CLOSERS.has(c)) return 1;
  return c === "'" && text[i + 1] === "'" ? 2 : 0;
}

/** A closing mark where nothing is open, closed again later in the paragraph, is a typist's opener (”Fear. I am …” ― Name). */
function typedOpener(text: string, i: number, to: number, openAt: number): boolean {
  if (openAt >= 0 || text[i] !== "”") return false;
  const next = text.indexOf("”", i + 1);
  return next >= 0 && next < to;
}

function doubleQuotes(text: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const width = doubleMarkAt(text, i);
    if (!width) continue;
    const c = text[i] as string;
    const straight = c === '"' || width === 2;
    const opening = OPENERS.has(c) || ((straight || typedOpener(text, i, to, openAt)) && straightOpens(text, i, from, width));
    const closing = CLOSERS.has(c) || (straight && !opening);
    if (opening) {
      // A quote reopened before it closed: scraped paragraphs glued together; the first ends here.
      if (openAt >= 0) pieces.push(trim(text, openAt, i, true));
      openAt = i + width;
    } else if (closing && openAt >= 0) {
      pieces.push(trim(text, openAt, i, false));
      openAt = -1;
    }
    i += width - 1;
  }
  if (openAt >= 0) pieces.push(trim(text, openAt, to, true));
  return pieces.filter((p) => p.end > p.start);
}

function trim(text: string, start: number, end: number, open: boolean): Piece {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end, continues: false, open };
}

/**
 * Single-quoted passages outside double quotes. ’ is also the apostrophe, so a passage opens
 * after a space and closes before a space or punctuation, within one sentence's reach.
 */
function singleQuotes(text: string, from: number, to: number, doubles: Piece[]): Piece[] {
  const pieces: Piece[] = [];
  const insideDouble = (i: number) => doubles.some((d) => i >= d.start && i < d.end);
  for (let i = from; i < to; i++) {
    if (!SINGLE_OPENERS.includes(text.charCodeAt(i)) || !(i === from || isSpace(text[i - 1])) || insideDouble(i) || doubleMarkAt(text, i) === 2) continue;
    if (!/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) continue;
    for (let j = i + 2; j < Math.min(to, i + 200); j++) {
      const d = text[j] as string;
      if (/[.!?]/.test(d) && /\s/.test(text[j + 1] ?? "") && /\p{Lu}/u.test(text[j + 2] ?? "")) break;
      if ((d === "’" || d === "'") && /[\s.,;:!?)\u2014-]/.test(text[j + 1] ?? " ")) {
        pieces.push(trim(text, i + 1, j, false));
        i = j;
        break;
      }
    }
  }
  return pieces;
}
