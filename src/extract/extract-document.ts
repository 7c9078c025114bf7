// The per-document stage: one source document in, one extraction record out. A pure map, so
// documents can be extracted in any order, in workers, or on other machines.
import type { SourceDocument } from "../schema/document.js";
import type { Entity, EntityType, ExtractionRecord, Position } from "../schema/extraction.js";
import { analyzeText } from "../text/analyze-text.js";
import type { StanceLexicon } from "./assess-stance.js";
import type { Lexicon } from "./build-lexicon.js";
import { dateKnownEvents, type KnownEvents } from "./date-known-events.js";
import { detectBoilerplate } from "./detect-boilerplate.js";
import { extractEvents, type EventTable } from "./extract-events.js";
import { extractMetadata, type StatedPosition } from "./extract-metadata.js";
import { extractStatements } from "./extract-statements.js";
import { blankSpans, findNameCards } from "./find-name-cards.js";
import { findTranscriptTurns } from "./find-transcript-turns.js";
import { findEntities, type Mention, type LongOutOfOffice, type RoleResolver } from "./find-entities.js";
import { findQuoteSpans } from "./find-quote-spans.js";
import { nameKey } from "./words.js";

/** What extraction reads besides the document: built once per build from data/. */
export interface ExtractionResources {
  lexicon: Lexicon;
  stance: StanceLexicon;
  resolveRole: RoleResolver;
  longOutOfOffice: LongOutOfOffice;
  events: EventTable;
  knownEvents: KnownEvents;
}

export function extractDocument(source: SourceDocument, resources: ExtractionResources): ExtractionRecord {
  const nameCards = findNameCards(source.text);
  const text = blankSpans(source.text, nameCards);
  const analyzed = analyzeText(text);
  const meta = extractMetadata({ ...source, text }, analyzed.paragraphs);
  const paragraphs = detectBoilerplate(text, analyzed.paragraphs, { titleParagraph: meta.titleParagraph });
  const document = { ...analyzed, paragraphs };

  const turns = findTranscriptTurns(text, paragraphs);
  const found = findEntities({
    analyzed: document,
    lexicon: resources.lexicon,
    published: meta.published,
    authors: meta.authors,
    resolveRole: resources.resolveRole,
    longOutOfOffice: resources.longOutOfOffice,
    speakerLabels: turns.map((turn) => turn.label),
  });
  const entityTypes = new Map<string, EntityType>(found.entities.map((e) => [e.id, e.type]));
  const holder = meta.position ? findHolder(meta.position, found.entities) : null;
  const quoteSpans = findQuoteSpans(text, paragraphs);
  const statements = extractStatements({
    docId: source.id,
    analyzed: document,
    mentions: found.mentions,
    entityTypes,
    genders: found.genders,
    quoteSpans,
    published: meta.published,
    kind: meta.kind,
    profileHolder: holder,
    stance: resources.stance,
    turns,
  });

  const positions: Position[] =
    meta.position && holder
      ? [{ holder, label: meta.position.label, strength: meta.position.strength, topic: meta.position.topic }]
      : [];
  return {
    doc: {
      id: source.id,
      source: source.source,
      ...(source.line ? { line: source.line } : {}),
      title: meta.title,
      published: meta.published,
      authors: meta.authors,
      kind: meta.kind,
      url: source.url,
      outlet: source.outlet,
      boilerplate: [
        ...paragraphs.filter((p) => p.boilerplate !== null).map((p) => ({ start: p.start, end: p.end, reason: p.boilerplate ?? "" })),
        ...nameCards.map((card) => ({ ...card, reason: "name card" })),
      ].sort((a, b) => a.start - b.start),
    },
    entities: withPronouns(found.entities, statements.pronouns),
    quotes: statements.quotes,
    events: dateKnownEvents(
      extractEvents({
        docId: source.id,
        analyzed: document,
        mentions: found.mentions,
        entityTypes,
        genders: found.genders,
        published: meta.published,
        kind: meta.kind,
        table: resources.events,
        facts: found.facts,
        profileHolder: holder,
        quoteSpans,
      }),
      resources.knownEvents,
      text,
      meta.published,
    ),
    positions,
    facts: found.facts,
  };
}

/** The person a position page is about, by the name its title gives. */
function findHolder(position: StatedPosition, entities: Entity[]): string | null {
  const key = nameKey(position.holderName);
  const holder = entities.find((e) => e.type === "person" && [e.name, ...e.aliases].some((n) => nameKey(n) === key));
  return holder?.id ?? null;
}

/** Pronouns resolved to an entity are mentions of it too. */
function withPronouns(entities: Entity[], pronouns: Mention[]): Entity[] {
  return entities.map((e) => {
    const extra = pronouns.filter((p) => p.id === e.id && !e.mentions.some((m) => m.start === p.start));
    if (!extra.length) return e;
    const mentions = [...e.mentions, ...extra.map(({ start, end }) => ({ start, end }))];
    const unique = [...new Map(mentions.map((m) => [`${m.start}-${m.end}`, m])).values()];
    return { ...e, mentions: unique.sort((a, b) => a.start - b.start) };
  });
}
