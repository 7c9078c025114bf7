// Events through the real pipeline (extractDocument with the resources in data/), on sentences from
// the seed documents: dates from the article's own date, separate calls, years, captions, one event
// per happening, and ids shared across documents.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEventTable } from "../src/extract/extract-events.js";
import type { Event } from "../src/schema/extraction.js";
import { extract, seed } from "./helpers.js";

const TRUMP = "person:donald-trump";
const PUTIN = "person:vladimir-putin";
const ZELENSKYY = "person:volodymyr-zelenskyy";

const ofType = (events: Event[], type: string) => events.filter((e) => e.type === type);
/** A body text with its headline given apart, as a JSON record gives it, so no line of it is taken for the title. */
const article = (text: string, fields: { id?: string; published?: string } = {}) => extract(text, { title: "World news", ...fields });

describe("extractEvents", () => {
  it("dates a call 'on Wednesday' from a Thursday article, with the pronoun's antecedent as a side", () => {
    const text = [
      "Donald Trump said he trusts Vladimir Putin.",
      "He also said that he believes Putin wants to have peace in Ukraine, following a 90-minute phone call on Wednesday.",
    ].join("\n\n");
    const [call, ...rest] = ofType(article(text, { published: "2025-02-13" }).events, "call");
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ date: "2025-02-12", cameo: "041" });
    expect(call?.participants).toEqual(expect.arrayContaining([TRUMP, PUTIN]));
    expect(text.slice(call!.start, call!.end)).toBe("90-minute phone call on Wednesday");
  });

  it("reads 'individual calls with A and B' as two calls", () => {
    const calls = ofType(seed("000_7dc1d3c8e85c7c77.txt").events, "call").filter((e) => e.date === "2025-02-12");
    const withZelenskyy = calls.filter((e) => e.participants.includes(ZELENSKYY));
    expect(withZelenskyy).toHaveLength(1);
    expect(withZelenskyy[0]?.participants).toContain(TRUMP);
    expect(withZelenskyy[0]?.participants).not.toContain(PUTIN);
    expect(calls.some((e) => e.participants.includes(TRUMP) && e.participants.includes(PUTIN))).toBe(true);
  });

  it("dates an invasion by the year in its phrase and takes its place", () => {
    const text = "Russia was a member of the group, then known as the G8, until its invasion of Crimea in 2014.";
    const invasions = ofType(article(text, { published: "2025-02-13" }).events, "invasion");
    expect(invasions).toEqual([expect.objectContaining({ date: "2014", place: "Crimea", participants: ["country:RU"] })]);
  });

  it("takes a year used as a modifier: 'a high-profile 2018 Helsinki summit'", () => {
    const text = "In a high-profile 2018 Helsinki summit, Trump publicly accepted Putin's denial of election interference.";
    const [summit] = ofType(article(text).events, "summit");
    expect(summit).toMatchObject({ date: "2018", place: "Helsinki" });
    expect(summit?.participants).toEqual(expect.arrayContaining([TRUMP, PUTIN]));
  });

  it("finds no event in a photo caption the narration does not tell", () => {
    const text = [
      "Donald Trump said he trusts Vladimir Putin.",
      "Russian President Vladimir Putin met with Belarus President Alexander Lukashenko on Thursday. Picture: Alamy",
    ].join("\n\n");
    const record = article(text, { published: "2025-03-14" });
    expect(record.doc.boilerplate.length).toBeGreaterThan(0);
    expect(record.events).toEqual([]);
  });

  it("keeps narration out of quotes and figurative uses out of events", () => {
    const text = [
      'Trump told reporters: "I met Putin and we had a great summit."',
      "He also stood by his attacks on Zelenskyy, and renewed a call for calm.",
    ].join("\n\n");
    expect(article(text, { published: "2025-02-13" }).events).toEqual([]);
  });

  it("merges the same event told twice in one document, keeping the most precise date", () => {
    const summits = ofType(seed("004_f27fcb169ba7fe07.txt").events, "summit");
    expect(summits).toHaveLength(1);
    expect(summits[0]).toMatchObject({ date: "2018", place: "Helsinki" });
    expect(summits[0]?.participants).toEqual(expect.arrayContaining([TRUMP, PUTIN]));
  });

  it("gives the same event in two documents the same id", () => {
    const first = article("Donald Trump held a 90-minute phone call with Vladimir Putin on Wednesday.", { id: "a", published: "2025-02-13" });
    const second = article("Vladimir Putin and Donald Trump spoke by phone on Wednesday, the Kremlin said.", { id: "b", published: "2025-02-14" });
    const [a] = ofType(first.events, "call");
    const [b] = ofType(second.events, "call");
    expect(a?.id).toBe(`event:call:2025-02-12:${TRUMP}+${PUTIN}`);
    expect(b?.id).toBe(a?.id);
  });

  it("rejects an event table that is not valid", () => {
    const bad = join(mkdtempSync(join(tmpdir(), "actorgraph-events-")), "events.json");
    writeFileSync(bad, JSON.stringify({ description: "x", types: [] }));
    expect(() => loadEventTable(bad)).toThrow(/events\.json: not a valid event table/);
  });
});
