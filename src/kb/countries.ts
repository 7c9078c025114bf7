// Countries and regions for entity recognition: the world-countries package (names, official
// names, demonyms, capitals) merged with data/kb/countries.json, our table of the forms news uses.
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { z } from "zod";
import { readDataFile } from "./read-data-file.js";

const CountryForms = z.object({
  name: z.string().optional(),
  forms: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  metonyms: z.array(z.string()).default([]),
  capitals: z.array(z.string()).default([]),
  ambiguous: z.array(z.string()).default([]),
});

export const CountryTable = z.object({
  description: z.string(),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), CountryForms),
  regions: z.array(z.object({ id: z.string().regex(/^location:[a-z0-9-]+$/), name: z.string(), forms: z.array(z.string()).min(1) })),
});
export type CountryTable = z.infer<typeof CountryTable>;

export const Country = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  /** Names of the state itself. */
  forms: z.array(z.string()),
  demonyms: z.array(z.string()),
  /** Always stand for the state: "the Kremlin". */
  metonyms: z.array(z.string()),
  /** Stand for the state only when they act: "Moscow said". */
  capitals: z.array(z.string()),
  /** Forms that count only when the document names the country another way too. */
  ambiguous: z.array(z.string()),
});
export type Country = z.infer<typeof Country>;
export type Region = CountryTable["regions"][number];

// A CommonJS package whose typings declare an ES default export; require gives the array itself.
const worldCountries = createRequire(import.meta.url)("world-countries") as Countries;

export function loadCountryTable(path: string): CountryTable {
  return readDataFile(path, CountryTable, "country table");
}

/** Sovereign states (and the few widely recognised others the table names), with every form we know. */
export function mergeCountries(table: CountryTable): Country[] {
  return worldCountries
    .filter((c) => c.independent || c.unMember || c.cca2 in table.countries)
    .map((c) => {
      const extra = CountryForms.parse(table.countries[c.cca2] ?? {});
      // Two-letter codes and non-Latin spellings in altSpellings would match ordinary words or never occur.
      const alt = c.altSpellings.filter((s) => s.length > 3 && /^[\p{Script=Latin}\s'’.-]+$/u.test(s) && !s.includes(","));
      const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
      return {
        id: `country:${c.cca2}`,
        code: c.cca2,
        name: extra.name ?? c.name.common,
        forms: unique([c.name.common, c.name.official, ...alt, ...extra.forms]),
        demonyms: unique([...demonyms, ...demonyms.map((d) => `${d}s`).filter((d) => !d.endsWith("ss") && !/(ch|sh|se|ese)s$/.test(d)), ...extra.demonyms]),
        metonyms: extra.metonyms,
        capitals: unique([...c.capital.filter((cap) => !cap.includes(".")), ...extra.capitals]),
        ambiguous: extra.ambiguous,
      };
    });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
