// The given-names list and its lookup, on the real data file.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { genderOfName, isGivenName, loadGivenNames } from "../src/kb/given-names.js";

const FILE = "data/kb/given-names.json";
const given = loadGivenNames(FILE);
const names = given.names;

describe("given names", () => {
  it("knows given names from the stories", () => {
    for (const name of ["Vladimir", "Volodymyr", "Donald", "Kit", "Olena", "Timothy", "Pete", "Hillary", "Keir", "Emmanuel", "Recep"]) {
      expect(isGivenName(names, name), name).toBe(true);
    }
  });

  it("does not take surnames, places, weekdays, months or ordinary words for given names", () => {
    for (const word of ["Trump", "Russia", "Thursday", "May", "Will", "White", "Secret"]) {
      expect(isGivenName(names, word), word).toBe(false);
    }
  });

  it("wants a capital first letter", () => {
    expect(isGivenName(names, "donald")).toBe(false);
    expect(isGivenName(names, "")).toBe(false);
  });

  it("ignores accents both ways", () => {
    expect(isGivenName(names, "Francois")).toBe(true);
    expect(isGivenName(names, "François")).toBe(true);
    expect(isGivenName(names, "Jérôme")).toBe(true);
    expect(isGivenName(names, "Lukasz")).toBe(true);
    expect(isGivenName(names, "Vladimír")).toBe(true);
  });

  it("tells the gender of names borne almost only by women or by men, and of no name borne by both", () => {
    expect(genderOfName(given, "Hillary Clinton")).toBe("female");
    expect(genderOfName(given, "Yulia Svyrydenko")).toBe("female");
    expect(genderOfName(given, "Donald Trump")).toBe("male");
    expect(genderOfName(given, "Sergei Lavrov")).toBe("male");
    for (const both of ["Jordan Peterson", "Leslie Stahl", "Kim Darroch"]) expect(genderOfName(given, both), both).toBeNull();
    expect(genderOfName(given, "Trump")).toBeNull();
  });

  it("is a list of unique capitalised names, some thousands of them", () => {
    const file = JSON.parse(readFileSync(FILE, "utf8")) as { names: string[] };
    expect(new Set(file.names).size).toBe(file.names.length);
    expect(file.names.length).toBeGreaterThan(2500);
    expect(file.names.length).toBeLessThanOrEqual(4500);
    for (const name of file.names) expect(name.charAt(0), name).toBe(name.charAt(0).toUpperCase());
  });
});

describe("loadGivenNames", () => {
  const dir = mkdtempSync(join(tmpdir(), "given-names-"));

  it("names the file when it is not a given-names file", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ description: "x", names: ["Ann", ""] }));
    expect(() => loadGivenNames(bad)).toThrow(bad);
  });

  it("names the file and the name when a gendered name is not among the names, or has both genders", () => {
    const stray = join(dir, "stray.json");
    writeFileSync(stray, JSON.stringify({ description: "x", names: ["Ann"], female: ["Anne"] }));
    expect(() => loadGivenNames(stray)).toThrow(`${stray}: "Anne" is listed as female but not among the names`);
    const both = join(dir, "both.json");
    writeFileSync(both, JSON.stringify({ description: "x", names: ["Ann"], female: ["Ann"], male: ["Ann"] }));
    expect(() => loadGivenNames(both)).toThrow(`${both}: "Ann" is listed as both female and male`);
  });

  it("names the file when it cannot be read", () => {
    const missing = join(dir, "missing.json");
    expect(() => loadGivenNames(missing)).toThrow(missing);
  });
});
