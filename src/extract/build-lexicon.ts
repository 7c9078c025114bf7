// Builds, once per build, the lookup tables entity recognition reads: every name form of the
// knowledge base's people and organizations, countries (names, demonyms, metonyms, capitals),
// regions, role nouns of offices, and given names.
import type { Gender, KbOrganization, KbPerson } from "../schema/knowledge-base.js";
import type { EntityType } from "../schema/extraction.js";
import type { Country, Region } from "../kb/countries.js";
import { genderOfName, type GivenNames } from "../kb/given-names.js";
import { nameKey, tokenizeWords } from "./words.js";

export type FormKind = "name" | "demonym" | "metonym" | "capital";

export interface LexiconEntry {
  id: string;
  type: EntityType;
  /** Display name of the entity. */
  name: string;
  kind: FormKind;
  /** Counts only when the document names the entity another way too. */
  ambiguous: boolean;
  wikidata: string | null;
}

export interface Lexicon {
  /** nameKey(form) -> entries; forms are case-sensitive ("US" is not "us"). */
  forms: Map<string, LexiconEntry[]>;
  /** Longest form, in words. */
  maxWords: number;
  /** Keys of the runs of words some form begins with ("Vladimir" of "Vladimir Putin"), so a lookup stops extending a run no form begins with. */
  prefixes: Set<string>;
  /** The first character of every form's key: a word that begins with another begins no form, and most words are looked up no further. */
  initials: Set<string>;
  /** Last word of a known person's name or alias -> those people (surname-only mentions). */
  surnames: Map<string, LexiconEntry[]>;
  givenNames: GivenNames;
  /** The knowledge base's people whose gender it gives or their given name tells. */
  genders: Map<string, Gender>;
  /** Every entity the lexicon knows, by id. */
  byId: Map<string, LexiconEntry>;
  /**
   * The people who held an office in the knowledge base, with the role nouns of their offices: of
   * two people sharing a surname, the office holder is the one a bare surname most likely means,
   * and "President Trump" the one who was a president.
   */
  rolesHeld: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LexiconSources {
  people: KbPerson[];
  organizations: KbOrganization[];
  countries: Country[];
  regions: Region[];
  givenNames: GivenNames;
  rolesHeld: ReadonlyMap<string, ReadonlySet<string>>;
}

export function buildLexicon(sources: LexiconSources): Lexicon {
  const forms = new Map<string, LexiconEntry[]>();
  const surnames = new Map<string, LexiconEntry[]>();
  const byId = new Map<string, LexiconEntry>();
  const prefixes = new Set<string>();
  const initials = new Set<string>();
  const genders = new Map<string, Gender>();
  let maxWords = 1;
  const add = (form: string, entry: LexiconEntry) => {
    if (!byId.has(entry.id) || entry.kind === "name") byId.set(entry.id, entry);
    const key = nameKey(form.replace(/^the\s+/i, ""));
    if (!key) return;
    const list = forms.get(key) ?? [];
    if (!list.some((e) => e.id === entry.id)) list.push(entry);
    forms.set(key, list);
    initials.add(key.charAt(0));
    const words = tokenizeWords(key);
    for (const word of words.slice(0, -1)) prefixes.add(key.slice(0, word.end));
    maxWords = Math.max(maxWords, words.length);
  };

  for (const p of sources.people) {
    const entry: LexiconEntry = { id: p.id, type: "person", name: p.name, kind: "name", ambiguous: false, wikidata: p.wikidata };
    const gender = p.gender ?? genderOfName(sources.givenNames, p.name);
    if (gender) genders.set(p.id, gender);
    for (const form of [p.name, ...p.aliases]) {
      add(form, entry);
      const words = tokenizeWords(form);
      const last = words[words.length - 1]?.text;
      if (words.length > 1 && last) {
        const list = surnames.get(nameKey(last)) ?? [];
        if (!list.some((e) => e.id === p.id)) list.push(entry);
        surnames.set(nameKey(last), list);
      }
    }
  }
  for (const o of sources.organizations) {
    const entry: LexiconEntry = { id: o.id, type: "organization", name: o.name, kind: "name", ambiguous: false, wikidata: o.wikidata };
    for (const form of [o.name, ...o.aliases]) add(form, entry);
  }
  for (const c of sources.countries) {
    const ambiguous = new Set(c.ambiguous);
    const entry = (kind: FormKind, form: string): LexiconEntry => ({
      id: c.id,
      type: "country",
      name: c.name,
      kind,
      ambiguous: ambiguous.has(form),
      wikidata: null,
    });
    for (const form of c.forms) add(form, entry("name", form));
    for (const form of c.demonyms) add(form, entry("demonym", form));
    // "the Russian government", "the Ukrainian government": the state itself.
    for (const form of [...c.metonyms, ...c.demonyms.filter((d) => !d.endsWith("s")).map((d) => `${d} government`)]) add(form, entry("metonym", form));
    for (const form of c.capitals) add(form, entry("capital", form));
  }
  for (const r of sources.regions) {
    const entry: LexiconEntry = { id: r.id, type: "location", name: r.name, kind: "name", ambiguous: false, wikidata: null };
    for (const form of r.forms) add(form, entry);
  }
  return { forms, maxWords, prefixes, initials, surnames, givenNames: sources.givenNames, genders, byId, rolesHeld: sources.rolesHeld };
}
