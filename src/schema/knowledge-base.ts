// The project's knowledge base in data/kb: people, organizations and the offices people held,
// with dates. Users may extend these files; they are validated when loaded.
// Interval rule for offices: `start` is the first day in office (included), `end` the day the
// successor took over (excluded); `end: null` means the holder is still in office.
import { z } from "zod";
import { IsoDate } from "./extraction.js";

const Wikidata = z.string().regex(/^Q\d+$/);

/** What news calls a person by: "he" or "she". */
export const Gender = z.enum(["female", "male"]);
export type Gender = z.infer<typeof Gender>;

export const KbPerson = z.object({
  id: z.string().regex(/^person:[a-z0-9-]+$/),
  name: z.string(),
  /** Other names that refer to this person alone: spelling variants, full forms ("Zelensky", "Joseph R. Biden"). */
  aliases: z.array(z.string()).default([]),
  wikidata: Wikidata.nullable().default(null),
  /** Tells "she" from "he", and Hillary from Bill Clinton where "Clinton … her emails" says which. */
  gender: Gender.nullable().default(null),
});
export type KbPerson = z.infer<typeof KbPerson>;

export const KbOrganization = z.object({
  id: z.string().regex(/^organization:[a-z0-9-]+$/),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** alliance, intergovernmental, agency, media, think-tank, party, company, court, legislature, ... */
  category: z.string(),
  /** ISO 3166-1 alpha-2 code of the country it belongs to, when it is a national body. */
  country: z.string().length(2).nullable().default(null),
  wikidata: Wikidata.nullable().default(null),
});
export type KbOrganization = z.infer<typeof KbOrganization>;

export const KbOffice = z.object({
  /** office id: "US:head-of-state", "GB:head-of-government", "NATO:secretary-general". */
  id: z.string(),
  /** Display label: "President of the United States". */
  label: z.string(),
  /** Who the office belongs to: country:US or organization:nato. */
  of: z.string().regex(/^(country|organization):/),
  /** Role nouns that name this office in running text, lower-case: "president", "prime minister", "secretary general". */
  roles: z.array(z.string()).min(1),
  wikidata: Wikidata.nullable().default(null),
});
export type KbOffice = z.infer<typeof KbOffice>;

export const KbTenure = z.object({
  office: z.string(),
  holder: z.string().regex(/^person:[a-z0-9-]+$/),
  start: IsoDate,
  end: IsoDate.nullable(),
  /** Role nouns for this holder when not all of the office's apply (a queen regnant is no "king",
   * an acting president): they replace the office's roles for this tenure. */
  roles: z.array(z.string()).min(1).optional(),
});
export type KbTenure = z.infer<typeof KbTenure>;

export const KnowledgeBaseFiles = {
  people: z.array(KbPerson),
  organizations: z.array(KbOrganization),
  offices: z.array(KbOffice),
  tenures: z.array(KbTenure),
};
