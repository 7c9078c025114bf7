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

describe("analyzeText", () => {
  it("keeps every token and sentence as a span of the original text", () => {
    for (const text of seedTexts) {
      const { tokens, sentences } = analyzeText(text);
      for (const token of tokens) expect(text.slice(token.start, token.end).trim()).not.toBe("");
      for (const sentence of sentences) expect(sentence.end).toBeGreaterThan(sentence.start);
    }
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
});
