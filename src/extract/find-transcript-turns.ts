// Interview transcripts give each turn its own paragraph, opened by the speaker's name in
// capitals and a colon ("PENCE: Well, look, …", "AMY GOODMAN: …"), often all inside one quotation
// opened before the first turn. No quote marks or speech verbs attribute them, so the quote and
// attribution stages found nothing there; each turn is a statement of the person its label names.
import type { Paragraph } from "../schema/document.js";
import type { Span } from "../schema/extraction.js";

export interface TranscriptTurn {
  /** The speaker's label, without the colon. */
  label: Span;
  /** The words spoken: the rest of the label's paragraph, then each paragraph up to the next turn. */
  paragraphs: Span[];
}

/** A label in capitals (up to four words) and a colon opening the paragraph, after an optional opening quote mark. */
const TURN = /^["“]?(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+(?=\S)/u;
/** Spoken words end as a sentence does; "SPECIAL COVERAGE: A Guide to the 113th Congress" is a promo. */
const SPOKEN_END = /[.?!…"”’—)-]$/u;
/** Labels that open a paragraph but are no one's: the reporter's "THE FACTS:", "UPDATE:", "EDITOR'S NOTE:". */
const NOT_SPEAKERS = /^(?:THE|UPDATE|EDITOR|EDITORS|NOTE|CORRECTION|READ|WATCH|LISTEN|RELATED|SOURCE|PHOTO|VIDEO|CLICK|ADVERTISEMENT|TRANSCRIPT|BREAKING|ANALYSIS|OPINION)\b/u;
/** "(CROSSTALK.)", "[LAUGHTER]": the transcriber's, not the speaker's. */
const STAGE_DIRECTION = /^["“]?[([][^)\]]*[)\]][.]?["”]?$/u;
/** A document is a transcript when its turns alternate between speakers. */
const MIN_TURNS = 3;

/** The turns of a transcript in the text, in order; none when the document is not one. */
export function findTranscriptTurns(text: string, paragraphs: readonly Paragraph[]): TranscriptTurn[] {
  const opened: { label: Span; paragraph: number; words: Span }[] = [];
  paragraphs.forEach((p, i) => {
    const line = text.slice(p.start, p.end);
    const m = TURN.exec(line);
    if (!m || !SPOKEN_END.test(line)) return;
    const label = m[1] ?? "";
    const labelStart = p.start + m[0].indexOf(label);
    opened.push({ label: { start: labelStart, end: labelStart + label.length }, paragraph: i, words: { start: p.start + m[0].length, end: p.end } });
  });
  const labelText = (s: Span) => text.slice(s.start, s.end);
  if (opened.length < MIN_TURNS || new Set(opened.map((o) => labelText(o.label))).size < 2) return [];
  const turns: TranscriptTurn[] = [];
  opened.forEach((o, k) => {
    const next = opened[k + 1];
    // A turn goes on over the paragraphs before the next one; after the last, narration may resume.
    const between = next ? paragraphs.slice(o.paragraph + 1, next.paragraph) : [];
    const more = between.filter((p) => p.boilerplate === null && !STAGE_DIRECTION.test(text.slice(p.start, p.end)));
    if (NOT_SPEAKERS.test(labelText(o.label)) || labelText(o.label).replace(/[^\p{Lu}]/gu, "").length < 3) return;
    // A paragraph of a quoted transcript opens with a quote mark again, as the turns do.
    const spoken = more.map((p) => ({ start: p.start + (/^["“]/.test(text.charAt(p.start)) ? 1 : 0), end: p.end }));
    turns.push({ label: o.label, paragraphs: [o.words, ...spoken] });
  });
  return turns;
}
