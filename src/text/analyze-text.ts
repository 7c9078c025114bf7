// Cuts a document's text into paragraphs (lines), sentences and POS-tagged tokens with wink-nlp,
// keeping every piece as offsets into the original text so later records point back into it.
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { AnalyzedText, Paragraph, Sentence, Token } from "../schema/document.js";

/** What wink-nlp's core model keeps of the words it meets: a hash, a list and the next index per feature. */
type WinkFeature = { hash: Record<string, number>; list: string[]; index: number; intrinsicSize?: number };
type WinkCore = {
  features: Record<string, WinkFeature> & { lexeme: WinkFeature };
  packing: { efList: string[]; size: number; layout: Record<string, [number, number, number, ...number[]]> };
  lexicon: Uint32Array | number[];
  /** The recursive tokenizer's patterns: source, flags and the category of what each matches. */
  trex: { rtc: [string, string, number][] };
  tcat: { hash: Record<string, number> };
};

// wink-nlp adds every word its model lacks, and those words' features, to its core model, which
// all documents read by one instance share, and tokenizes differently a word it has met before:
// once another document had "(Trump’s)", a later "Trump’s" was one token instead of "Trump" and
// "’s". A document's tokens, and all that is read from them, then depended on which documents the
// same thread had read before it, so two builds of the same corpus differed wherever the workers
// took documents in another order. The core model is kept (wink builds it with `core()`) so that
// what a document added is forgotten before the next one is read, except plain words (below).
let built: WinkCore | undefined;
const trackedModel = { ...model, core: () => (built = (model.core as () => WinkCore)()) };
// Sentences and POS are all we read: wink's default pipe also runs negation, sentiment and its own
// entity recogniser, which cost more than the tagging and change none of the tokens, tags or lemmas.
const nlp = winkNLP(trackedModel, ["sbd", "pos"]);
const its = nlp.its;
if (built === undefined) throw new Error("wink-nlp did not build its core model through core()");
const core: WinkCore = built;
/** Lexemes below this index were forgotten already, kept (`keptWords`) or are the model's own. */
let forgottenUpTo = core.features.lexeme.intrinsicSize ?? 0;
/** Indices of the plain words kept across documents, dropped with the rest when the features fill up. */
const keptWords: number[] = [];

/**
 * Words of letters alone, which wink cuts, types and describes the same whether it has met them
 * before or not: it reads such a run as a word at every step of its tokenizer, whether it finds
 * it in its table or not, and a word's features (prefix, suffix, shape, case, tag) come from its
 * letters alone. So they are kept from one document to the next rather than added again for
 * every document, which was an eighth of our whole wink pass (names, surnames and rare words recur).
 * Letters are those of wink's own word pattern; a run another of its patterns takes as something
 * else ("USD", a currency) is not plain.
 */
const PLAIN_LETTERS = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
const OTHER_TOKENS = core.trex.rtc
  .filter(([, , category]) => category !== core.tcat.hash.word)
  .map(([source, flags]) => new RegExp(`^(?:${source})$`, flags.replace("g", "")));

function isPlainWord(word: string): boolean {
  return PLAIN_LETTERS.test(word) && !OTHER_TOKENS.some((pattern) => pattern.test(word));
}

/**
 * How many values each feature wink numbers for new words can hold: a word's entry packs the
 * numbers into bit fields, and one past a field's width would spill into the next. Kept words
 * keep their features' values, so the lists grow across documents; all is forgotten when one is
 * half full (one thread's 10,000 allsides articles leave 3,155 of the 8,192 two-letter prefixes).
 */
const FEATURE_CAPACITY = core.packing.efList.flatMap((name) => {
  const field = core.packing.layout[name];
  const intrinsic = core.features[name]?.intrinsicSize;
  return field && intrinsic !== undefined ? [{ name, capacity: (field[1] >>> field[2]) + 1 }] : [];
});

/**
 * Puts wink's core model back as it was before any document, but for the plain words met since:
 * the others are dropped from the lexeme hash (their entries stay in the list, whose indices
 * wink's own table of their features follows). When a feature list is half full, plain words go
 * too, and the features' new values are dropped outright, so they are numbered afresh.
 */
function forgetEarlierDocuments(): void {
  const { lexeme } = core.features;
  const full = FEATURE_CAPACITY.some(({ name, capacity }) => (core.features[name]?.list.length ?? 0) > capacity / 2);
  for (let i = forgottenUpTo; i < lexeme.index; i++) {
    if (!full && isPlainWord(lexeme.list[i] ?? "")) keptWords.push(i);
    else dropWord(lexeme, i);
  }
  forgottenUpTo = lexeme.index;
  if (!full) return;
  for (const i of keptWords) dropWord(lexeme, i);
  keptWords.length = 0;
  for (const { name } of FEATURE_CAPACITY) {
    const feature = core.features[name] as WinkFeature;
    const intrinsicSize = feature.intrinsicSize ?? 0;
    for (let i = intrinsicSize; i < feature.list.length; i++) delete feature.hash[feature.list[i] ?? ""];
    feature.list.length = intrinsicSize;
    feature.index = intrinsicSize;
  }
}

function dropWord(lexeme: WinkFeature, i: number): void {
  const word = lexeme.list[i];
  if (word !== undefined && lexeme.hash[word] === i) delete lexeme.hash[word];
  // Nothing reads the word again; left in the list, it would keep its document's text alive.
  lexeme.list[i] = "";
}

/**
 * Contractions in the model's vocabulary ("cannot", "weren't", "Ive"). wink splits one it meets
 * alone ("can", "not"), but reads one followed by punctuation ("cannot,") whole, and then takes
 * its lemma from a pointer into its table of expansions as if it were a word's index: the word the
 * thread happened to meet at that index. Such a token's lemma is its own lower case.
 */
const CONTRACTIONS = (() => {
  const { lexeme } = core.features;
  const [word, mask, shift] = core.packing.layout.isContraction ?? [0, 0, 0];
  const words = new Set<string>();
  for (let i = 0; i < (lexeme.intrinsicSize ?? 0); i++) {
    if ((((core.lexicon[word + i * core.packing.size] ?? 0) & mask) >>> shift) !== 0) words.add(lexeme.list[i] ?? "");
  }
  return words;
})();

function inModelVocabulary(lower: string): boolean {
  const { lexeme } = core.features;
  const index = lexeme.hash[lower];
  return index !== undefined && index < (lexeme.intrinsicSize ?? 0);
}

/**
 * Whether the word, in lower case, is in the vocabulary wink-nlp's model came with, or is an
 * inflection of a word that is: "team", "longtime", "witness", "contradicted" and "spoke" are,
 * "megyn", "anderson" and "khizr" are not. The model lists few inflected forms, so the word's
 * lemma is asked of wink, and a sentence-opening verb is tagged a proper noun, so it is asked in
 * lower case. Words met in documents since are not counted, and the next document forgets this one.
 */
export function isVocabularyWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (inModelVocabulary(lower)) return true;
  const lemma = nlp.readDoc(lower).tokens().itemAt(0)?.out(its.lemma as unknown as ItsFunction<string>);
  return lemma !== undefined && lemma !== lower && inModelVocabulary(lemma);
}

/** One paragraph per non-blank line: scraped news puts a paragraph, caption or heading on each line. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    paragraphs.push({ start, end: start + trimmed.length, boilerplate: null });
  }
  return paragraphs;
}

/** Tokens with offsets: wink-nlp keeps each token's original characters, so they are found in order. */
function tokenize(text: string): { tokens: Token[]; sentenceSpans: [number, number][] } {
  forgetEarlierDocuments();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  // wink-nlp types its.lemma with the wrong arity; it is a token function returning a string.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const tokens: Token[] = [];
  // wink-nlp makes tokens of line breaks; ours skip them, so wink's token indices are mapped to ours.
  const ours: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    ours.push(tokens.length);
    if (!value.trim()) continue;
    const at = text.indexOf(value, cursor);
    // wink-nlp rarely rewrites a token; keep the offsets monotonic and move on.
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    const lemma = CONTRACTIONS.has(value) ? undefined : lemmas[i];
    tokens.push({ start, end, pos: pos[i] ?? "X", lemma: lemma ?? value.toLowerCase() });
    cursor = end;
  }
  ours.push(tokens.length);
  // wink types the span output loosely: each is [firstToken, lastToken] in its own numbering.
  const winkSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceSpans = winkSpans
    .map(([first, last]): [number, number] => [ours[first] ?? 0, (ours[last + 1] ?? tokens.length) - 1])
    .filter(([first, last]) => last >= first);
  return { tokens, sentenceSpans };
}

export function analyzeText(text: string): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const { tokens, sentenceSpans } = tokenize(text);
  const paragraphOf = paragraphIndexer(paragraphs);
  const sentences: Sentence[] = [];
  // wink-nlp may run a sentence across a line break (headlines lack a full stop): cut at paragraph ends.
  for (const [first, last] of sentenceSpans) {
    let from = first;
    for (let i = first; i <= last; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      if (!token) break;
      const paragraph = paragraphOf(token.start);
      if (i === last || !next || paragraphOf(next.start) !== paragraph) {
        const head = tokens[from];
        if (head) sentences.push({ start: head.start, end: token.end, paragraph, firstToken: from, endToken: i + 1 });
        from = i + 1;
      }
    }
  }
  return { text, paragraphs, sentences: joinBrokenSentences(text, sentences), tokens };
}

/**
 * wink-nlp ends a sentence after abbreviations: after "(R-Fla.)", or inside "(R-S.C.)" and
 * "Schumer, D-N.Y., said". A sentence cannot begin in lower case, nor in a short parenthesis, nor
 * with the rest of an abbreviation whose first letter ended the sentence before ("Y.," after
 * "D-N."), so those are joined back.
 */
/** A sentence ending in one capital and a full stop, "D-N.", and the next opening with the rest and a comma, "Y.,". */
const ABBREVIATION_HEAD = /(?:^|[^\p{L}])\p{Lu}\.$/u;
const ABBREVIATION_REST = /^\p{Lu}\p{Ll}{0,2}\.\s*[,)]/u;

function joinBrokenSentences(text: string, sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const s of sentences) {
    const last = joined[joined.length - 1];
    const head = text.slice(s.start, s.start + 6);
    const tail = text.slice(Math.max(0, (last?.end ?? 0) - 8), last?.end ?? 0);
    const splitAbbreviation = ABBREVIATION_HEAD.test(tail) && ABBREVIATION_REST.test(head);
    if (last && last.paragraph === s.paragraph && (/^\p{Ll}/u.test(head) || /\([^()]*$/.test(tail) || splitAbbreviation)) {
      // Written out in analyzeText's order rather than spread: a spread copy is an object of
      // another shape, and every stage that reads sentences was compiled again on meeting one.
      joined[joined.length - 1] = { start: last.start, end: s.end, paragraph: last.paragraph, firstToken: last.firstToken, endToken: s.endToken };
    } else joined.push(s);
  }
  return joined;
}

/** Maps an offset to the index of its paragraph; offsets arrive in increasing order. */
function paragraphIndexer(paragraphs: Paragraph[]): (offset: number) => number {
  let index = 0;
  return (offset) => {
    if (index > 0 && offset < (paragraphs[index - 1]?.end ?? 0)) index = 0;
    while (index < paragraphs.length - 1 && offset >= (paragraphs[index]?.end ?? 0)) index++;
    return index;
  };
}
