// Reads everything extraction needs from data/ once per build: the knowledge base, country
// names, given names, the stance lexicon and the event table. The only file I/O of the extraction side.
import { join } from "node:path";
import { hashFiles } from "./hash-files.js";
import type { ExtractionResources } from "../extract/extract-document.js";
import { buildLexicon } from "../extract/build-lexicon.js";
import { loadStanceLexicon } from "../extract/assess-stance.js";
import { loadEventTable } from "../extract/extract-events.js";
import { loadKnownEvents } from "../extract/date-known-events.js";
import { loadCountryTable, mergeCountries } from "../kb/countries.js";
import { loadGivenNames } from "../kb/given-names.js";
import { loadKnowledgeBase } from "../kb/load-knowledge-base.js";
import { indexKnowledgeBase, longOutOfOffice, officesHeld, resolveRole, rolesHeld, type HeldOffice } from "../kb/office-holders.js";

export interface Resources extends ExtractionResources {
  officesOf: (personId: string) => HeldOffice[];
}

/** The folders of data/ that loadResources reads (data/corpus, the bundled articles, is not one). */
const RESOURCE_FOLDERS = ["kb", "lexicon"];

/** A hash of everything loadResources reads: a changed knowledge base or lexicon changes it. */
export function hashResources(dataDir: string): string {
  return hashFiles(dataDir, RESOURCE_FOLDERS.map((folder) => join(dataDir, folder)));
}

export function loadResources(dataDir: string): Resources {
  const kb = loadKnowledgeBase(join(dataDir, "kb"));
  const countries = loadCountryTable(join(dataDir, "kb", "countries.json"));
  const index = indexKnowledgeBase(kb);
  const lexicon = buildLexicon({
    people: kb.people,
    organizations: kb.organizations,
    countries: mergeCountries(countries),
    regions: countries.regions,
    givenNames: loadGivenNames(join(dataDir, "kb", "given-names.json")),
    rolesHeld: rolesHeld(index),
  });
  return {
    lexicon,
    stance: loadStanceLexicon(join(dataDir, "lexicon", "stance.json")),
    events: loadEventTable(join(dataDir, "lexicon", "events.json")),
    knownEvents: loadKnownEvents(join(dataDir, "kb", "known-events.json")),
    resolveRole: (role, of, date) => resolveRole(index, { role, of, date }),
    longOutOfOffice: (personId, date) => longOutOfOffice(index, personId, date),
    officesOf: (personId) => officesHeld(index, personId),
  };
}

