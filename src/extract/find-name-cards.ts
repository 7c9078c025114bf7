// The Hill runs a card into its text after a person's name: the full name, glued to teaser
// headlines of other stories, then "MORE" ("Rep. Adam Schiff Adam Bennett SchiffGraham: Senate
// trial 'must expose the whistleblower' … hearing MORE (D-Calif.) said"). Scrapes keep it inline,
// in about one in twenty of the allsides articles. Read as text, a card splits the sentence
// between a name and its verb, and its teasers bring their own names and "X says …" headlines.
// Extraction reads the text with the cards blanked out (same length, so every offset still points
// into the original), and the record lists them with the boilerplate.
import type { Span } from "../schema/extraction.js";

/** A capitalised word and what is glued to it: the name's last word, then the first teaser's first word. */
const GLUED_RUN = /\p{Lu}[\p{L}\p{N}'’-]*/gu;
/** Where a teaser may begin inside a run: a capital or digit right after a lower-case letter. */
const TEASER_START = /(?<=\p{Ll})[\p{Lu}\p{N}]/gu;
/** The teasers, on the same line, up to "MORE". */
const TEASERS_TO_MORE = /[^\n]{0,700}?MORE(?![\p{L}\p{N}])/uy;
/** What may stand between a name and its restatement, on one line: given names, middle names, "(Mitch)". */
const RESTATED_NAME_GAP = /^[ \t](?:\(?\p{Lu}[\p{L}.'’-]*\)?[ \t])*$/u;
/** How far back the name a card restates may start. */
const RESTATEMENT_REACH = 80;

/**
 * The cards in the text, each from the end of the name it follows to the end of its "MORE": the
 * restated full name and the teasers. A card is known by its name: the word glued to the teasers
 * is the last word of the name just before it ("Nancy Pelosi Nancy PelosiOvernight …"). Any
 * capital inside the glued run may be where the teasers begin, the name's own ("McConnellTrump …")
 * or a teaser's ("ClintonMcCarthy shares …"), so each is tried.
 */
export function findNameCards(text: string): Span[] {
  const cards: Span[] = [];
  if (!text.includes("MORE")) return cards;
  GLUED_RUN.lastIndex = 0;
  for (let run = GLUED_RUN.exec(text); run; run = GLUED_RUN.exec(text)) {
    TEASER_START.lastIndex = 0;
    for (let split = TEASER_START.exec(run[0]); split; split = TEASER_START.exec(run[0])) {
      const glued = run.index + split.index;
      TEASERS_TO_MORE.lastIndex = glued;
      const more = TEASERS_TO_MORE.exec(text);
      if (!more) break;
      const start = restatedFrom(text, run.index, run[0].slice(0, split.index));
      if (start === null) continue;
      cards.push({ start, end: glued + more[0].length });
      GLUED_RUN.lastIndex = glued + more[0].length;
      break;
    }
  }
  return cards;
}

/** Where the restated name begins: right after the same surname ending a name shortly before. */
function restatedFrom(text: string, at: number, surname: string): number | null {
  const from = Math.max(0, at - RESTATEMENT_REACH);
  const before = text.slice(from, at);
  for (let i = before.lastIndexOf(surname); i >= 0; i = before.lastIndexOf(surname, i - 1)) {
    const end = from + i + surname.length;
    const wholeWord = !/[\p{L}\p{N}]/u.test(text[from + i - 1] ?? " ");
    if (wholeWord && RESTATED_NAME_GAP.test(text.slice(end, at))) return end;
    if (i === 0) break;
  }
  return null;
}

/** The text with the spans replaced by spaces: the same length, so offsets stay valid. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + " ".repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
