import { describe, expect, it } from "vitest";
import { derivePositions } from "../src/graph/derive-positions.js";
import { PositionsFile } from "../src/schema/position.js";
import { seed } from "./helpers.js";

describe("positions", () => {
  const records = ["000_7dc1d3c8e85c7c77.txt", "001_8bd0fe5be1de002a.txt", "002_c7d11fd597b20de1.txt", "003_618c86af730bc66f.txt", "004_f27fcb169ba7fe07.txt"].map(seed);
  const positions = PositionsFile.parse(derivePositions(records));
  const trumpOnPutin = positions.find((p) => p.holder === "person:donald-trump" && p.target === "person:vladimir-putin");

  it("orders one holder's statements about one target in time, across documents", () => {
    const dates = trumpOnPutin?.statements.map((s) => s.date).filter((d) => d !== null) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(trumpOnPutin?.statements.some((s) => s.date === "2025-02-13" && s.text.includes("I trust him on this subject"))).toBe(true);
  });

  it("flags the change from trust in February 2025 to 'gone absolutely CRAZY' in May 2025", () => {
    const statements = trumpOnPutin?.statements ?? [];
    const toMay = trumpOnPutin?.changes.find((c) => statements[c.to]?.date === "2025-05-01");
    expect(toMay).toMatchObject({ was: "positive", became: "negative" });
    expect(statements[toMay?.from ?? -1]?.date?.startsWith("2025-0")).toBe(true);
    expect(statements.filter((s) => s.date === "2025-05-01").map((s) => s.text)).toContain("He has gone absolutely CRAZY!");
    expect(statements.find((s) => s.text.includes("I trust him on this subject"))?.stance).toBe("positive");
  });

  it("orders holders, and statements of one date, by code units whatever the machine's locale", () => {
    const template = records.flatMap((record) => record.quotes).find((quote) => quote.speaker !== null)!;
    const said = (speaker: string) => ({ ...template, speaker, about: ["person:zoe"], stance: { "person:zoe": "negative" as const }, date: "2025-01-01" });
    const from = (id: string, speakers: string[]) => ({ ...records[0]!, doc: { ...records[0]!.doc, id }, quotes: speakers.map(said), positions: [] });
    // localeCompare would put "person:adam" before "person:Zed", and document "a1" before "B1".
    const ordered = derivePositions([from("a1", ["person:adam"]), from("B1", ["person:Zed", "person:adam"])]);
    expect(ordered.map((position) => position.holder)).toEqual(["person:Zed", "person:adam"]);
    expect(ordered[1]?.statements.map((statement) => statement.doc)).toEqual(["B1", "a1"]);
  });

  it("attaches a position page's own label to the holder's position on its topic", () => {
    const onRussia = positions.find((p) => p.holder === "person:donald-trump" && p.target === "country:RU");
    expect(onRussia?.labels).toEqual([expect.objectContaining({ label: "Transactional Engagement", strength: "strong", topic: "Russia Relations" })]);
  });
});
