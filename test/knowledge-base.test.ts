// The knowledge base in data/kb: the files validate and cross-reference, and the office lookups
// answer who held which office on a date, as article text needs ("the US president" in 2022).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, type KnowledgeBase } from "../src/kb/load-knowledge-base.js";
import {
  holderOn,
  indexKnowledgeBase,
  officesFor,
  officesHeld,
  longOutOfOffice,
  resolveRole,
  type KbIndex,
} from "../src/kb/office-holders.js";

const KB_DIR = join(import.meta.dirname, "..", "data", "kb");

let kb: KnowledgeBase;
let index: KbIndex;

beforeAll(() => {
  kb = loadKnowledgeBase(KB_DIR);
  index = indexKnowledgeBase(kb);
});

describe("loadKnowledgeBase", () => {
  let tempDir: string | null = null;
  afterEach(() => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    tempDir = null;
  });

  /** A copy of the real knowledge base with one file changed. */
  function copyWith(file: string, change: (entries: unknown[]) => unknown[]): string {
    tempDir = mkdtempSync(join(tmpdir(), "actorgraph-kb-"));
    cpSync(KB_DIR, tempDir, { recursive: true });
    const entries = JSON.parse(readFileSync(join(tempDir, file), "utf8")) as unknown[];
    writeFileSync(join(tempDir, file), JSON.stringify(change(entries)));
    return tempDir;
  }

  it("validates the four files of data/kb", () => {
    expect(kb.people.length).toBeGreaterThan(150);
    expect(kb.organizations.length).toBeGreaterThan(100);
    expect(kb.offices.length).toBeGreaterThan(90);
    expect(kb.tenures.length).toBeGreaterThan(kb.offices.length);
  });

  it("gives every tenure holder a person and every organization office an organization", () => {
    const people = new Set(kb.people.map((p) => p.id));
    const organizations = new Set(kb.organizations.map((o) => o.id));
    expect(kb.tenures.filter((t) => !people.has(t.holder))).toEqual([]);
    expect(kb.offices.filter((o) => o.of.startsWith("organization:") && !organizations.has(o.of))).toEqual([]);
  });

  it("names the file and the entry when a tenure refers to an unknown person", () => {
    const dir = copyWith("tenures.json", (tenures) => [
      ...tenures,
      { office: "US:head-of-state", holder: "person:nobody-at-all", start: "2030-01-20", end: null },
    ]);
    expect(() => loadKnowledgeBase(dir)).toThrow(/tenures\.json.*person:nobody-at-all/);
  });

  it("names the file when an office belongs to an unknown organization", () => {
    const dir = copyWith("offices.json", (offices) => [
      ...offices,
      { id: "XX:chief", label: "Chief", of: "organization:no-such-body", roles: ["chief"] },
    ]);
    expect(() => loadKnowledgeBase(dir)).toThrow(/offices\.json.*organization:no-such-body/);
  });

  it("names the file when an entry fails its schema", () => {
    const dir = copyWith("people.json", (people) => [...people, { id: "Person:Bad Id", name: "Bad" }]);
    expect(() => loadKnowledgeBase(dir)).toThrow(/people\.json/);
  });

  it("rejects two holders of one office at once", () => {
    const dir = copyWith("tenures.json", (tenures) => [
      ...tenures,
      { office: "GB:head-of-government", holder: "person:boris-johnson", start: "2005-01-01", end: "2006-01-01" },
    ]);
    expect(() => loadKnowledgeBase(dir)).toThrow(/tenures\.json.*overlaps/);
  });
});

describe("holderOn", () => {
  it("includes the first day in office and excludes the successor's first day", () => {
    expect(holderOn(index, "US:head-of-state", "2021-01-19")).toBe("person:donald-trump");
    expect(holderOn(index, "US:head-of-state", "2021-01-20")).toBe("person:joe-biden");
    expect(holderOn(index, "RU:head-of-state", "2008-05-06")).toBe("person:vladimir-putin");
    expect(holderOn(index, "RU:head-of-state", "2008-05-07")).toBe("person:dmitry-medvedev");
  });

  it("answers a month or a year only when one person held the office throughout", () => {
    expect(holderOn(index, "US:head-of-state", "2022")).toBe("person:joe-biden");
    expect(holderOn(index, "US:head-of-state", "2021-02")).toBe("person:joe-biden");
    expect(holderOn(index, "US:head-of-state", "2021")).toBeNull();
    expect(holderOn(index, "US:head-of-state", "2021-01")).toBeNull();
    // Putin was acting president, then president, in 2000: still one person for the year.
    expect(holderOn(index, "RU:head-of-state", "2000")).toBe("person:vladimir-putin");
  });

  it("gives null outside any tenure and for an unknown office, and throws on a malformed date", () => {
    expect(holderOn(index, "TR:head-of-government", "2020-01-01")).toBeNull();
    expect(holderOn(index, "XX:nothing", "2020-01-01")).toBeNull();
    expect(() => holderOn(index, "US:head-of-state", "2021-02-30")).toThrow();
    expect(() => holderOn(index, "US:head-of-state", "Jan 2021")).toThrow();
  });
});

describe("resolveRole", () => {
  const role = (r: string, of: string | null, date: string | null) => resolveRole(index, { role: r, of, date });

  it("resolves the US president across administrations", () => {
    expect(role("president", "country:US", "2022-06-01")).toBe("person:joe-biden");
    expect(role("president", "country:US", "2025-02-13")).toBe("person:donald-trump");
    expect(role("President", "country:US", "2019-01-01")).toBe("person:donald-trump");
    expect(role("president", "country:US", "2021-01-19")).toBe("person:donald-trump");
    expect(role("president", "country:US", "2021-01-20")).toBe("person:joe-biden");
  });

  it("resolves heads of government and other offices by country", () => {
    expect(role("prime minister", "country:GB", "2005-05-01")).toBe("person:tony-blair");
    expect(role("president", "country:RU", "2010-01-01")).toBe("person:dmitry-medvedev");
    expect(role("prime minister", "country:RU", "2010-01-01")).toBe("person:vladimir-putin");
    expect(role("Defense Secretary", "country:US", "2025-02-13")).toBe("person:pete-hegseth");
    expect(role("foreign minister", "country:RU", "2022-03-01")).toBe("person:sergei-lavrov");
    expect(role("chancellor", "country:DE", "2019-01-01")).toBe("person:angela-merkel");
    expect(role("chancellor", "country:GB", "2019-01-01")).toBe("person:philip-hammond");
    expect(role("president", "country:us", "2022-06-01")).toBe("person:joe-biden");
  });

  it("resolves the officers of international organizations", () => {
    expect(role("secretary general", "organization:nato", "2025-02-13")).toBe("person:mark-rutte");
    expect(role("Secretary-General", "organization:nato", "2020-01-01")).toBe("person:jens-stoltenberg");
    expect(role("secretary-general", "organization:un", "2025-02-13")).toBe("person:antonio-guterres");
    expect(role("president", "organization:european-commission", "2025-02-13")).toBe("person:ursula-von-der-leyen");
  });

  it("applies a holder's own roles: the Queen is no king, the King no queen", () => {
    expect(role("queen", "country:GB", "2020-01-01")).toBe("person:elizabeth-ii");
    expect(role("king", "country:GB", "2020-01-01")).toBeNull();
    expect(role("king", "country:GB", "2023-06-01")).toBe("person:charles-iii");
    expect(role("queen", "country:GB", "2023-06-01")).toBeNull();
  });

  it("gives null without a date, and without an owner unless one office has the role", () => {
    expect(role("president", "country:US", null)).toBeNull();
    expect(role("secretary general", null, "2025-02-13")).toBeNull();
    expect(role("president", null, "2025-02-13")).toBeNull();
    expect(role("high representative", null, "2025-02-13")).toBe("person:kaja-kallas");
    expect(role("emperor", null, "2020-01-01")).toBe("person:naruhito");
  });

  it("gives null for a role the owner has no office for, or an office vacant on the date", () => {
    expect(role("chancellor", "country:US", "2022-06-01")).toBeNull();
    expect(role("prime minister", "country:TR", "2020-01-01")).toBeNull();
  });
});

describe("longOutOfOffice", () => {
  it("holds ten years after a person's last office, not before a first one nor ever after leading a country", () => {
    expect(longOutOfOffice(index, "person:colin-powell", "2015-01-25")).toBe(false);
    expect(longOutOfOffice(index, "person:colin-powell", "2015-01-26")).toBe(true);
    expect(longOutOfOffice(index, "person:colin-powell", "2016")).toBe(true);
    expect(longOutOfOffice(index, "person:bernie-sanders", "2016-03-01")).toBe(false);
    expect(longOutOfOffice(index, "person:mitt-romney", "2012")).toBe(false);
    expect(longOutOfOffice(index, "person:bill-clinton", "2016-09-01")).toBe(false);
    expect(longOutOfOffice(index, "person:hunter-biden", "2020-06-01")).toBe(false);
  });
});

describe("officesHeld and officesFor", () => {
  it("lists a person's tenures, earliest first, with office labels", () => {
    const held = officesHeld(index, "person:joe-biden");
    expect(held.map((t) => [t.office, t.start, t.end])).toEqual([
      ["US:senator-delaware-class-2", "1973-01-03", "2009-01-15"],
      ["US:vice-president", "2009-01-20", "2017-01-20"],
      ["US:head-of-state", "2021-01-20", "2025-01-20"],
    ]);
    expect(held[2]).toMatchObject({ label: "President of the United States", of: "country:US" });
    expect(officesHeld(index, "person:nobody")).toEqual([]);
  });

  it("lists the offices of a country or organization", () => {
    const us = officesFor(index, "country:US").map((o) => o.id);
    expect(us).toEqual(expect.arrayContaining(["US:head-of-state", "US:vice-president", "US:foreign-minister", "US:defence-minister"]));
    expect(us).not.toContain("US:head-of-government");
    expect(officesFor(index, "organization:nato").map((o) => o.id)).toEqual(["NATO:secretary-general"]);
    expect(officesFor(index, "country:ZZ")).toEqual([]);
  });
});
