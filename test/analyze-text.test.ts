// Sentences and tokens with offsets into the original text, and the same tokens for a document
// whatever was read before it (wink-nlp remembers the words it meets across documents).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { analyzeText } from "../src/text/analyze-text.js";

const corpus = join(packageRoot(), "data", "corpus");
const seedTexts = readdirSync(corpus)
  .sort()
  .map((name) => readFileSync(join(corpus, name), "utf8"));

/** A text of made-up words, one per line: wink-nlp's model knows none of them. */
function madeUpWords(count: number, word: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => word(i)).join("\n");
}

describe("analyzeText", () => {
  it("keeps every token and sentence as a span of the original text", () => {
    for (const text of seedTexts) {
      const { tokens, sentences } = analyzeText(text);
      for (const token of tokens) expect(text.slice(token.start, token.end).trim()).not.toBe("");
      for (const sentence of sentences) expect(sentence.end).toBeGreaterThan(sentence.start);
    }
  });

  it("ends no sentence inside a party label or before a lower-case word", () => {
    const text =
      "Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy. Sen. Marco Rubio (R-Fla.) said nothing. Then he left. " +
      "Schumer, D-N.Y., said Sunday the investigation should come first. Officials in Washington, D.C., agreed.";
    const { sentences } = analyzeText(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy.",
      "Sen. Marco Rubio (R-Fla.) said nothing.",
      "Then he left.",
      "Schumer, D-N.Y., said Sunday the investigation should come first.",
      "Officials in Washington, D.C., agreed.",
    ]);
  });

  it("reads a document the same whatever the same thread read before it", () => {
    // Once wink-nlp had met "Trump’s." ending a sentence in one article, it kept "Trump’s" whole in the next.
    const later = "Mr Trump’s plan was criticised. Trump’s aides said nothing.";
    const first = analyzeText(later);
    expect(first.tokens.map((t) => later.slice(t.start, t.end)).slice(0, 4)).toEqual(["Mr", "Trump", "’s", "plan"]);
    analyzeText("His record is worse than Trump’s. Voters know it.");
    expect(analyzeText(later)).toEqual(first);

    const forward = seedTexts.map(analyzeText);
    const backward = [...seedTexts].reverse().map(analyzeText).reverse();
    expect(backward).toEqual(forward);
  });

  it("gives a contraction read whole its own lemma, not a word another document left", () => {
    // Followed by a comma, "cannot" is one token, and wink-nlp's lemma for it points at whatever
    // word the thread met at some index past its vocabulary: nothing at first, later anything.
    const text = "Officials cannot, he said, comment.";
    const lemmaOfCannot = () => analyzeText(text).tokens.find((t) => text.slice(t.start, t.end) === "cannot")?.lemma;
    expect(lemmaOfCannot()).toBe("cannot");
    analyzeText(madeUpWords(60_000, (i) => `${i.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)] ?? d)}zk`));
    expect(lemmaOfCannot()).toBe("cannot");
  });

  it("reads a document the same after its thread has met more words than wink-nlp has room to describe", () => {
    // wink numbers each new word's prefix and shape in bit fields of its table; these 20,000 words
    // (a letter and a CJK character each) overflow them, so everything met is forgotten after.
    const text = seedTexts[0] ?? "";
    const first = analyzeText(text);
    analyzeText(madeUpWords(20_000, (i) => `a${String.fromCharCode(0x4e00 + i)}`));
    expect(analyzeText(text)).toEqual(first);
    expect(analyzeText(text)).toEqual(first);
  });
});
