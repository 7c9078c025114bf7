// The per-document extraction record: the contract with ../shared/eval (score.mjs) and with the
// graph builder. Fields may be added; the ones score.mjs reads are never dropped or renamed.
import { z } from "zod";

export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const DocumentKind = z.enum(["article", "profile"]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentMeta = z.object({
  id: z.string(),
  source: z.string(),
  line: z.number().int().positive().optional(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  authors: z.array(z.string()),
  kind: DocumentKind,
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  /** Character ranges of scraped boilerplate (captions, prompts, teasers): kept in the text, kept out of statements and events. */
  boilerplate: z.array(Span.extend({ reason: z.string() })),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const EntityType = z.enum(["person", "country", "organization", "location"]);
export type EntityType = z.infer<typeof EntityType>;

/** What part a person plays in the document: an actor of the story, or its author or a photo credit. */
export const EntityRole = z.enum(["actor", "author", "credit"]);

export const Entity = z.object({
  /** Namespaced and stable across documents: person:vladimir-putin, country:RU, organization:nato. */
  id: z.string().regex(/^(person|country|organization|location):[^\s]+$/),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
  role: EntityRole.default("actor"),
  wikidata: z.string().regex(/^Q\d+$/).nullable().default(null),
});
export type Entity = z.infer<typeof Entity>;

export const Stance = z.enum(["positive", "negative", "neutral"]);
export type Stance = z.infer<typeof Stance>;

export const QuoteKind = z.enum(["direct", "indirect"]);

export const Quote = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  /** The words that name the speaker in this attribution ("He", "the Russian president"). */
  speakerMention: Span.nullable(),
  /** The quoted words (direct) or the reported content (indirect), exactly as in the source span. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: QuoteKind,
  /** The cue that attributes it: "said", "told reporters", "according to", ":". */
  cue: z.string().nullable(),
  about: z.array(z.string()),
  stance: z.record(z.string(), Stance),
  date: IsoDate.nullable(),
  /** The sentence the statement stands in, for provenance. */
  sentence: Span,
});
export type Quote = z.infer<typeof Quote>;

export const Event = z.object({
  id: z.string(),
  type: z.string(),
  /** CAMEO root code (two digits) so the data lines up with GDELT-style event data. */
  cameo: z.string().regex(/^\d{2,4}$/),
  participants: z.array(z.string()),
  date: IsoDate.nullable(),
  place: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Event = z.infer<typeof Event>;

export const Position = z.object({
  holder: z.string(),
  label: z.string(),
  strength: z.string().nullable(),
  topic: z.string().nullable(),
});
export type Position = z.infer<typeof Position>;

/** A dated fact read from an apposition or role phrase: "Belarus President Alexander Lukashenko". */
export const Fact = z.object({
  subject: z.string(),
  relation: z.enum(["holds_role", "member_of"]),
  /** The office or organization: an entity id, or a role label when no entity stands for it. */
  object: z.string(),
  label: z.string(),
  date: IsoDate.nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Fact = z.infer<typeof Fact>;

export const ExtractionRecord = z.object({
  doc: DocumentMeta,
  entities: z.array(Entity),
  quotes: z.array(Quote),
  events: z.array(Event),
  positions: z.array(Position),
  facts: z.array(Fact),
});
export type ExtractionRecord = z.infer<typeof ExtractionRecord>;
