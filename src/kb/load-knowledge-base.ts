// Loads the knowledge base from a directory (people.json, organizations.json, offices.json,
// tenures.json), validates each file against its schema and the files against each other, and
// throws an Error naming the file and the entry at fault. The only file of src/kb with I/O.
import { readDataFile } from "./read-data-file.js";
import { join } from "node:path";
import { z } from "zod";
import { KnowledgeBaseFiles } from "../schema/knowledge-base.js";
import { byCodeUnits } from "../text/code-unit-order.js";

type Files = typeof KnowledgeBaseFiles;
export type KnowledgeBase = { [K in keyof Files]: z.infer<Files[K]> };

export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const kb = {
    people: readFile(dir, "people"),
    organizations: readFile(dir, "organizations"),
    offices: readFile(dir, "offices"),
    tenures: readFile(dir, "tenures"),
  };
  checkReferences(kb);
  return kb;
}

function readFile<K extends keyof Files>(dir: string, key: K): z.infer<Files[K]> {
  // readDataFile infers from the schema it is given; indexing the record by K loses that link.
  return readDataFile(join(dir, `${key}.json`), KnowledgeBaseFiles[key], `${key} file`) as z.infer<Files[K]>;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Ids unique per file, every reference resolvable, and an office's tenures full days without
 * overlap: lookups by date compare ISO strings and assume one holder at a time. */
function checkReferences(kb: KnowledgeBase): void {
  const people = uniqueIds("people.json", kb.people);
  const organizations = uniqueIds("organizations.json", kb.organizations);
  const offices = uniqueIds("offices.json", kb.offices);
  for (const office of kb.offices) {
    const [kind, id] = office.of.split(":", 2);
    if (kind === "organization" && !organizations.has(office.of)) {
      fail("offices.json", `office ${office.id} belongs to unknown ${office.of}`, office);
    }
    if (kind === "country" && !/^[A-Z]{2}$/.test(id ?? "")) {
      fail("offices.json", `office ${office.id}: "of" needs an upper-case ISO alpha-2 code`, office);
    }
  }
  const lastEnd = new Map<string, string | null>();
  for (const tenure of [...kb.tenures].sort((a, b) => byCodeUnits(a.office, b.office) || byCodeUnits(a.start, b.start))) {
    if (!offices.has(tenure.office)) fail("tenures.json", `unknown office ${tenure.office}`, tenure);
    if (!people.has(tenure.holder)) fail("tenures.json", `unknown holder ${tenure.holder}`, tenure);
    if (!FULL_DAY.test(tenure.start) || (tenure.end !== null && !FULL_DAY.test(tenure.end))) {
      fail("tenures.json", "start and end must be full days (YYYY-MM-DD)", tenure);
    }
    if (tenure.end !== null && tenure.end <= tenure.start) fail("tenures.json", "end is not after start", tenure);
    const previous = lastEnd.get(tenure.office);
    if (previous !== undefined && (previous === null || previous > tenure.start)) {
      fail("tenures.json", `overlaps the previous tenure of ${tenure.office}`, tenure);
    }
    lastEnd.set(tenure.office, tenure.end);
  }
}

function uniqueIds(file: string, entries: { id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) fail(file, `duplicate id ${entry.id}`, entry);
    ids.add(entry.id);
  }
  return ids;
}

function fail(file: string, problem: string, entry: unknown): never {
  throw new Error(`${file}: ${problem}: ${JSON.stringify(entry)}`);
}
