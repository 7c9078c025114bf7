// Cuts a document's text into paragraphs (lines), sentences and POS-tagged tokens with wink-nlp,
// keeping every piece as offsets into the original text so later records point back into it.
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { AnalyzedText, Paragraph, Sentence, Token } from "../schema/document.js";

// Sentences and POS are all we read: wink's default pipe also runs negation, sentiment and its own
// entity recogniser, which cost more than the tagging and change none of the tokens, tags or lemmas.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

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
    tokens.push({ start, end, pos: pos[i] ?? "X", lemma: lemmas[i] ?? value.toLowerCase() });
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
  return { text, paragraphs, sentences: joinLowercaseStarts(text, sentences), tokens };
}

/** wink-nlp ends a sentence after abbreviations like "(R-Fla.)"; a sentence cannot begin in lower case, so those are joined back. */
function joinLowercaseStarts(text: string, sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const s of sentences) {
    const last = joined[joined.length - 1];
    if (last && last.paragraph === s.paragraph && /^\p{Ll}/u.test(text.slice(s.start, s.start + 1))) {
      joined[joined.length - 1] = { ...last, end: s.end, endToken: s.endToken };
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
