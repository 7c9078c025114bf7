// The viewer's pure helpers, without a browser: search folding and ranking, URL state, dates,
// and the runs the source view marks.
import { describe, expect, it } from "vitest";
import { overlaps, lastDay } from "../viewer/src/dates.js";
import { fold, suggest, type SearchEntry } from "../viewer/src/search-index.js";
import { segmentText } from "../viewer/src/text-segments.js";
import { readViewFromUrl, writeViewToUrl } from "../viewer/src/url-state.js";
import { DEFAULT_VIEW } from "../viewer/src/view-state.js";

const entry = (key: string, forms: string[], importance: number): SearchEntry => ({
  key,
  label: forms[0] ?? key,
  kind: "person",
  importance,
  terms: forms.map(fold),
  forms,
});

describe("viewer helpers", () => {
  it("finds names by any word's prefix, ignoring case and accents, the better match and then the more important first", () => {
    const index = [entry("person:volodymyr-zelenskyy", ["Volodymyr Zelenskyy", "Zelensky"], 50), entry("person:gerard-araud", ["Gérard Araud"], 2)];
    expect(suggest(index, "zelensky").map((s) => s.key)).toEqual(["person:volodymyr-zelenskyy"]);
    expect(suggest(index, "GERARD")[0]).toMatchObject({ key: "person:gerard-araud", via: null });
    expect(suggest(index, "")).toEqual([]);
  });

  it("writes only what differs from the default view to the URL and reads it back; a bad parameter falls back alone", () => {
    expect(writeViewToUrl(DEFAULT_VIEW)).toBe("");
    const view = { ...DEFAULT_VIEW, selected: "person:donald-trump", pair: "person:vladimir-putin", filters: { ...DEFAULT_VIEW.filters, from: "2025-05-01", undated: false } };
    expect(readViewFromUrl(writeViewToUrl(view))).toEqual(view);
    expect(readViewFromUrl("?from=May&min=-3&node=x").filters).toMatchObject({ from: null, minImportance: 0 });
  });

  it("takes a partial date for its whole period", () => {
    expect(lastDay("2024-02")).toBe("2024-02-29");
    expect(overlaps("2025-05", "2025-05-20", null)).toBe(true);
    expect(overlaps("2025-02-13", "2025-05-01", null)).toBe(false);
  });

  it("cuts a text into runs by nested marks, clamped to the text", () => {
    expect(segmentText(10, [{ start: 2, end: 8, mark: "sentence" }, { start: 4, end: 6, mark: "words" }, { start: 9, end: 50, mark: "tail" }])).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 4, marks: ["sentence"] },
      { start: 4, end: 6, marks: ["sentence", "words"] },
      { start: 6, end: 8, marks: ["sentence"] },
      { start: 8, end: 9, marks: [] },
      { start: 9, end: 10, marks: ["tail"] },
    ]);
  });
});
