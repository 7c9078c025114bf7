// Scores the stance a passage carries, from the lexicon in data/lexicon/stance.json: phrases
// first, then words (by form or lemma), a negator close before a word flipping it.
import { z } from "zod";
import { readDataFile } from "../kb/read-data-file.js";
import type { Token } from "../schema/document.js";
import type { Stance } from "../schema/extraction.js";

export const StanceLexicon = z.object({
  description: z.string(),
  negators: z.array(z.string()),
  words: z.record(z.string(), z.number().min(-3).max(3)),
  phrases: z.record(z.string(), z.number().min(-3).max(3)),
  cues: z.record(z.string(), z.number().min(-3).max(3)),
});
export type StanceLexicon = z.infer<typeof StanceLexicon>;

export function loadStanceLexicon(path: string): StanceLexicon {
  return readDataFile(path, StanceLexicon, "stance lexicon");
}

const NEGATION_REACH = 3;

/**
 * The lexicon as scoring reads it, made once per lexicon: it scores every statement's every target.
 * Words and cues go in maps, not objects, where "constructor" or "toString" would find a function.
 */
interface PreparedLexicon {
  phrases: [string, number][];
  negators: Set<string>;
  words: Map<string, number>;
  cues: Map<string, number>;
}

const prepared = new WeakMap<StanceLexicon, PreparedLexicon>();

function prepare(lexicon: StanceLexicon): PreparedLexicon {
  let made = prepared.get(lexicon);
  if (made === undefined) {
    made = {
      phrases: Object.entries(lexicon.phrases),
      negators: new Set(lexicon.negators),
      words: new Map(Object.entries(lexicon.words)),
      cues: new Map(Object.entries(lexicon.cues)),
    };
    prepared.set(lexicon, made);
  }
  return made;
}

/** The colour an attributing verb gives what it reports ("praised" +, "accused" −), by its lemma. */
export function cueWeight(lexicon: StanceLexicon, lemma: string): number {
  return prepare(lexicon).cues.get(lemma) ?? 0;
}

/** The stance score of text[start, end): the sum of its weighted words and phrases. */
export function scoreStance(lexicon: StanceLexicon, text: string, tokens: Token[], start: number, end: number): number {
  const { phrases, negators, words } = prepare(lexicon);
  const lower = text.slice(start, end).toLowerCase().replace(/[’‘]/g, "'");
  const covered: [number, number][] = [];
  let score = 0;
  for (const [phrase, weight] of phrases) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      covered.push([start + at, start + at + phrase.length]);
      score += weight;
    }
  }
  const inside = tokensWithin(tokens, start, end);
  inside.forEach((token, i) => {
    if (covered.some(([a, b]) => token.start >= a && token.end <= b)) return;
    const form = text.slice(token.start, token.end).toLowerCase();
    const weight = words.get(form) ?? words.get(token.lemma.toLowerCase());
    if (!weight) return;
    const negated = inside.slice(Math.max(0, i - NEGATION_REACH), i).some((t) => negators.has(text.slice(t.start, t.end).toLowerCase()));
    score += negated ? -weight : weight;
  });
  return score;
}

/** The tokens inside [start, end): a run of the sorted tokens, found by binary search (this runs per statement and target). */
function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < tokens.length && (tokens[last] as Token).end <= end) last++;
  return tokens.slice(lo, last);
}

export function toStance(score: number): Stance {
  return score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
}
