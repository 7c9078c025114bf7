// Finds typed, dated events and who took part, from the trigger table in data/lexicon/events.json
// (verbs by lemma, event nouns, each type with its CAMEO code). Narration only: no boilerplate, no
// quotes, nothing the clause makes unreal ("would meet", "any talks"). Sides are the actors attached
// to the trigger's phrase and its clause's subject, else the nearest in the sentence; the date is the
// one in the phrase or clause. One event per happening in a document, with an id from type, date and
// two central sides, so documents telling the same event share it.
import { z } from "zod";
import type { AnalyzedText, Sentence, Token } from "../schema/document.js";
import type { DocumentKind, EntityType, Event, Fact, IsoDate, Span } from "../schema/extraction.js";
import { readDataFile } from "../kb/read-data-file.js";
import { findDates, type DateMention } from "../text/resolve-dates.js";
import { slug, type Mention } from "./find-entities.js";
import type { QuoteSpan } from "./find-quote-spans.js";
import { fitsPronoun } from "./gender.js";
import type { Gender } from "../schema/knowledge-base.js";
import { spanSet } from "../text/span-set.js";

const Trigger = z.union([
  z.string(),
  z.object({
    phrase: z.string(),
    /** Counts only with an actor attached to the phrase itself ("a call with Putin", not "a call"). */
    attached: z.boolean().default(false),
    /** Words after the trigger that make it figurative ("a call for calm"). */
    notBefore: z.array(z.string()).default([]),
    /** One of these words must be in the clause (after a verb trigger): "withdrew from the treaty". */
    requires: z.array(z.string()).default([]),
    /** Physical only with a word of the table's `literal` list near it, or a state or place as its target. */
    literal: z.boolean().default(false),
    /** Words before the trigger that make it another thing ("heart attack"). */
    notAfter: z.array(z.string()).default([]),
  }),
]);

const EventTypeSpec = z.object({
  type: z.string().min(1),
  cameo: z.string().regex(/^\d{2,4}$/),
  note: z.string(),
  /** How many sides the event has: a two-sided event short of participants looks further in its sentence. */
  parties: z.union([z.literal(1), z.literal(2)]),
  /** Which actors fill missing sides first: leaders meet and call, states invade and sanction. */
  prefer: z.enum(["person", "country"]),
  /** A setting where other things happen ("in a press conference"): its modifiers are its own, not the events' it frames. */
  occasion: z.boolean().default(false),
  nouns: z.array(Trigger),
  verbs: z.array(Trigger),
});

export const EventTable = z.object({
  description: z.string(),
  /** "individual calls with A and B" are separate calls. */
  distributive: z.array(z.string()),
  modals: z.array(z.string()),
  negations: z.array(z.string()),
  /** Determiners and adjectives of an event that has not happened: "any talks", "new sanctions". */
  nonSpecific: z.array(z.string()),
  /** Lemmas (or lemma phrases) before a trigger in its clause that make it wished, feared or demanded: each as its words. */
  irrealis: z.array(z.string().transform((cue) => cue.split(" "))),
  /** Verbs whose subject judges or reports an event rather than takes part ("condemned the annexation"). */
  commentary: z.array(z.string()),
  literal: z.array(z.string()),
  types: z.array(EventTypeSpec).min(1),
});
export type EventTable = z.infer<typeof EventTable>;

/** Reads and validates the event table (data/lexicon/events.json). */
export function loadEventTable(path: string): EventTable {
  return readDataFile(path, EventTable, "event table");
}

export interface EventContext {
  docId: string;
  /** Paragraphs carry their boilerplate reason: events are never read from boilerplate. */
  analyzed: AnalyzedText;
  mentions: Mention[];
  entityTypes: Map<string, EntityType>;
  /** People whose gender is known: "she" is not the man named last. */
  genders: Map<string, Gender>;
  published: IsoDate | null;
  kind: DocumentKind;
  table: EventTable;
  /** Offices read from the text ("Russian President Vladimir Putin"): a person acting brings their state. */
  facts: Fact[];
  /** The person a profile page is about: the unstated subject of its "Withdrew the U.S. from …" lines. */
  profileHolder: string | null;
  /** Quoted passages: speech, not narration. */
  quoteSpans: QuoteSpan[];
}

type Spec = z.infer<typeof EventTypeSpec>;

interface CompiledTrigger {
  spec: Spec;
  kind: "noun" | "verb";
  words: string[];
  attached: boolean;
  notBefore: string[];
  notAfter: string[];
  requires: string[];
  literal: boolean;
}

/** A token with its sentence-local index and lower-case form. */
interface Tok extends Token {
  i: number;
  lower: string;
}

/** An actor named in the sentence (or a pronoun standing for one), by sentence-local token range. */
interface Actor {
  id: string;
  type: EntityType;
  first: number;
  last: number;
  pronoun: boolean;
  /** A state named after "in" or "at": where something happened, not a side. */
  place: boolean;
  /** The state in a person's title ("Russian President Vladimir Putin"): the person is the side. */
  title: boolean;
}

interface Match {
  trigger: CompiledTrigger;
  first: number;
  last: number;
}

interface Clause {
  from: number;
  to: number;
}

/** A trigger with its phrase: the modifiers before it (nouns) and the attachments after it. */
interface Phrase extends Match {
  clause: Clause;
  from: number;
  to: number;
  possessed: boolean;
  determiner: string | null;
  /** Hangs off another noun ("the idea of a ceasefire"): a topic, so it takes no actors from elsewhere. */
  afterOf: boolean;
  start: number;
  end: number;
}

interface Candidate {
  spec: Spec;
  /** The sides attached to the trigger: what decides whether two mentions are one event. */
  core: string[];
  participants: string[];
  date: IsoDate | null;
  place: string | null;
  start: number;
  end: number;
  /** "the talks", "their meeting": an event already told, if the document told one. */
  anaphoric: boolean;
  /** From a photo caption: everyone it names is in the scene. */
  caption: boolean;
  /** May add to an event told elsewhere, never stands alone: a caption's, or "the meeting" with no side of its own. */
  mergeOnly: boolean;
}

const ACTOR_TYPES = new Set<EntityType>(["person", "country", "organization"]);
/** Prepositions and conjunctions that attach an actor or place to an event phrase. */
const ATTACH = new Set(["with", "between", "of", "against", "on", "into", "by", "from", "to", "in", "at", "among", "toward", "towards", "and", "&", "or"]);
/** Prepositions after which a state is where something happened, not who took part. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "across", "inside", "throughout"]);
/** Words that open a new clause: an event's participants and date are read within its clause. */
const CLAUSE_OPENERS = new Set(["after", "before", "until", "following", "despite", "although", "though", "because", "while", "whereas", "when", "where", "who", "whom", "whose", "which", "that", "if", "unless", "whether", "as", "amid", "ahead"]);
const CLAUSE_PUNCTUATION = new Set([",", ";", ":", "—", "–", "(", ")", "[", "]"]);
const CONDITIONAL = new Set(["if", "unless", "whether"]);
const PERSON_PRONOUNS = new Set(["he", "she", "him", "his", "her"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "his", "her", "their", "our", "my", "your"]);
/** Determiners of an event already named: "the talks", "their meeting". */
const DEFINITE = new Set(["the", "this", "that", "these", "those", "their"]);
/** Captions of the article's own photos (not headings or teasers, which point to other stories). */
const PHOTO_CAPTION = new Set(["caption with credit", "repeated caption"]);
/** A list number or bullet before a profile's action line ("1.", "•"). */
const LIST_MARK = /^(?:\d+\.?|[•*·-])$/;
const RELATIVE = new Set(["who", "which", "that"]);
/** Prepositions that carry a complement rather than a circumstance: "the possibility of providing", "a call for talks". */
const COMPLEMENT = new Set(["of", "to", "for"]);
const POSSESSIVE_MARK = /^(?:'s?|’s?)$/;
/** Prepositions that name the other side of an event. */
const SIDE_PREPOSITIONS = new Set(["with", "between", "against"]);
/** Prepositions that name what an attack hit. */
const TARGET_PREPOSITIONS = new Set(["on", "against", "in", "into"]);
/** Nouns of time that may follow an event noun without being its head ("the call yesterday"). */
const TIME_NOUN = /^(?:yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|week|weekend|month|year|day)s?$/;
/** Words a "*" in a trigger phrase spans ("proposal for a 30-day ceasefire"). */
const MAX_GAP = 4;
/** How far after a trigger its attachments reach. */
const MAX_RIGHT = 12;
/** Title words between a state and the person it belongs to ("US Secretary of Defence Pete Hegseth"). */
const MAX_TITLE = 4;

export function extractEvents(ctx: EventContext): Event[] {
  const { analyzed, table } = ctx;
  const text = analyzed.text;
  const triggers = triggerIndex(table);
  const { quoteSpans } = ctx;
  const inQuote = spanSet(quoteSpans);
  const isBoilerplate = spanSet(analyzed.paragraphs.filter((p) => p.boilerplate !== null));
  const typeOf = (id: string) => ctx.entityTypes.get(id);
  // Actors that can take part or be a pronoun's antecedent: named in narration, outside quotes.
  const narrated = ctx.mentions.filter((m) => !inQuote(m.start) && !isBoilerplate(m.start));
  const represents = statesOfPeople(ctx.facts);
  const topics = sentenceTopics();
  const datesByParagraph = new Map<number, DateMention[]>();

  const candidates: Candidate[] = [];
  const captions: Candidate[] = [];
  analyzed.sentences.forEach((sentence, k) => {
    const reason = analyzed.paragraphs[sentence.paragraph]?.boilerplate ?? null;
    if (reason === null) candidates.push(...sentenceEvents(sentence, k, false));
    else if (PHOTO_CAPTION.has(reason)) captions.push(...sentenceEvents(sentence, k, true));
  });
  return merge([...candidates, ...captions]);

  // ---- helpers that read the document state above

  function sentenceEvents(sentence: Sentence, k: number, caption: boolean): Candidate[] {
    const tokens = analyzed.tokens.slice(sentence.firstToken, sentence.endToken);
    const lower = tokens.map((t) => straightApostrophes(text.slice(t.start, t.end).toLowerCase()));
    // Most sentences tell no event: look no further than their words.
    if (!tokens.some((t, i) => triggers.has(lower[i] ?? "") || triggers.has(t.lemma.toLowerCase()))) return [];
    return triggeredEvents(sentence, k, caption, tokens, lower);
  }

  /** The events of a sentence holding a trigger word: apart from the test above, which every sentence takes, so that V8 compiles the two apart. */
  function triggeredEvents(sentence: Sentence, k: number, caption: boolean, tokens: Token[], lower: string[]): Candidate[] {
    // Built field by field: an object spread per token was the stage's largest cost.
    const toks: Tok[] = tokens.map((t, i) => ({ start: t.start, end: t.end, pos: t.pos, lemma: t.lemma, i, lower: lower[i] ?? "" }));
    const matches = matchTriggers(toks, triggers, (t) => inQuote(t.start));
    if (!matches.length) return [];
    // A name the tagger read as a pronoun ("US") is still a name.
    const named = ctx.mentions.filter((m) => m.end > sentence.start && m.start < sentence.end);
    for (const m of named) for (const t of toks) if (t.pos === "PRON" && t.start >= m.start && t.end <= m.end) t.pos = "PROPN";
    const clauses = splitClauses(toks, text);
    const inTrigger = new Set(matches.flatMap((m) => toks.slice(m.first, m.last + 1).map((t) => t.i)));
    const actors = sentenceActors(toks, clauses, inTrigger, k, caption ? [] : narrated);
    const phrases = phrasesOf(matches, toks, clauses);
    // A noun inside another's modifiers describes it ("election interference discussions").
    const modifiers = phrases.filter((p) => p.trigger.kind === "noun");
    const standing = phrases.filter((p) => !modifiers.some((o) => o !== p && p.first >= o.from && p.last < o.first));
    // The sentence's own dates: chrono reads a sentence for a third of its paragraph's cost, and
    // the statements stage has read many of them already (findDates keeps recent texts).
    const dates = datesIn(sentence);
    const wholeParagraph = caption || ctx.kind === "profile";
    const found: Candidate[] = [];
    for (const p of standing) {
      const inside = (d: DateMention, q: Phrase) => d.start >= q.start && d.end <= q.end;
      // A date inside another event's phrase is that event's ("accepted Putin's denial of 2016 election interference").
      const free = (d: DateMention) => !phrases.some((q) => q !== p && inside(d, q));
      const clauseStart = toks[p.clause.from]?.start ?? 0;
      const clauseEnd = toks[p.clause.to - 1]?.end ?? 0;
      const own = dates.filter((d) => inside(d, p));
      const inClause = dates.filter((d) => free(d) && d.start >= clauseStart && d.end <= clauseEnd);
      const nearby = wholeParagraph ? paragraphDates(sentence.paragraph).filter(free) : [];
      const date = nearest(own, p.start) ?? nearest(inClause, p.start) ?? nearest(nearby, p.start);
      // Narration reports what has happened: a date after the article's is a misread relative one ("one day after").
      const reported = date && !(ctx.published && later(date.date, ctx.published)) ? date.date : null;
      found.push(...readEvent(p, phrases, toks, actors, reported, caption));
    }
    return found;
  }

  /** The dates in a stretch of narration, with offsets into the text: a date inside a quote is the speaker's. */
  function datesIn(span: Span): DateMention[] {
    const local = findDates(text.slice(span.start, span.end), ctx.published, { tense: "past" });
    return local.map((d) => ({ ...d, start: d.start + span.start, end: d.end + span.start })).filter((d) => !inQuote(d.start));
  }

  function paragraphDates(index: number): DateMention[] {
    let dates = datesByParagraph.get(index);
    if (!dates) {
      const p = analyzed.paragraphs[index];
      dates = p ? datesIn(p) : [];
      datesByParagraph.set(index, dates);
    }
    return dates;
  }

  /** Who each sentence is about before it starts: the person its narration last named first. */
  function sentenceTopics(): (string | null)[] {
    let topic: string | null = null;
    return analyzed.sentences.map((s) => {
      const before = topic;
      if (isBoilerplate(s.start)) return before;
      const person = narrated.find((m) => m.start >= s.start && m.end <= s.end && typeOf(m.id) === "person");
      const pronoun = analyzed.tokens
        .slice(s.firstToken, s.endToken)
        .find((t) => t.pos === "PRON" && PERSON_PRONOUNS.has(text.slice(t.start, t.end).toLowerCase()) && !inQuote(t.start));
      if (person && (!pronoun || person.start < pronoun.start)) topic = person.id;
      return before;
    });
  }

  /** Named actors, resolved pronouns and a profile's unstated subject, in order. */
  function sentenceActors(toks: Tok[], clauses: Clause[], inTrigger: Set<number>, k: number, antecedents: Mention[]): Actor[] {
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || !last) return [];
    const found: Actor[] = [];
    for (const m of ctx.mentions) {
      if (m.start < first.start || m.end > last.end || inQuote(m.start)) continue;
      const type = typeOf(m.id);
      const covered = toks.filter((t) => t.end > m.start && t.start < m.end);
      const [a, b] = [covered[0], covered[covered.length - 1]];
      if (!type || !ACTOR_TYPES.has(type) || !a || !b) continue;
      // "peace in Ukraine" names a place; "in a US drone strike" names a side.
      const before = toks.slice(0, a.i).reverse().find((t) => t.pos !== "DET");
      const place = type === "country" && !inTrigger.has(b.i + 1) && PLACE_PREPOSITIONS.has(before?.lower ?? "");
      found.push({ id: m.id, type, first: a.i, last: b.i, pronoun: false, place, title: false });
    }
    for (const t of toks) {
      if (t.pos !== "PRON" || inQuote(t.start) || found.some((f) => f.first <= t.i && t.i <= f.last)) continue;
      const id = PERSON_PRONOUNS.has(t.lower) ? personFor(t, toks, found, clauses, k, antecedents) : t.lower === "its" ? stateFor(t, found, antecedents) : null;
      if (id) found.push({ id, type: typeOf(id) ?? "person", first: t.i, last: t.i, pronoun: true, place: false, title: false });
    }
    found.sort((x, y) => x.first - y.first || y.last - x.last);
    // "US Secretary of Defence Pete Hegseth", "the Russian leader": the state belongs to the person.
    for (const a of found) {
      if (a.type === "person") continue;
      const person = found.find((p) => p.type === "person" && !p.pronoun && p !== a && ((p.first <= a.first && a.last <= p.last) || (p.first > a.last && p.first - a.last <= MAX_TITLE && toks.slice(a.last + 1, p.first).every((t) => ["PROPN", "NOUN", "ADJ"].includes(t.pos) || t.lower === "of"))));
      if (person) a.title = true;
    }
    // A profile line that opens on a verb ("Withdrew the U.S. from …") is the profile holder's act.
    const opener = toks.find((t) => !LIST_MARK.test(t.lower));
    if (ctx.kind === "profile" && ctx.profileHolder && opener?.pos === "VERB") {
      found.unshift({ id: ctx.profileHolder, type: "person", first: -1, last: -1, pronoun: true, place: false, title: false });
    }
    return found;
  }

  /**
   * he/she: the first person of the nearest clause before it that names one ("after Mr Putin said
   * that he agreed"); his/her: the last person named before it ("hit out at the Russian president
   * after his press conference"); else whom the narration was about, else the last person named;
   * each of them a person the pronoun fits (no man is "she").
   */
  function personFor(t: Tok, toks: Tok[], found: Actor[], clauses: Clause[], k: number, antecedents: Mention[]): string | null {
    const fits = (id: string) => fitsPronoun(ctx.genders.get(id), t.lower);
    if (POSSESSIVE_PRONOUNS.has(t.lower)) {
      const before = found.filter((a) => a.type === "person" && a.last < t.i && fits(a.id)).sort((x, y) => x.last - y.last);
      const last = before[before.length - 1];
      if (last) return last.id;
    }
    for (let c = clauses.findIndex((x) => t.i >= x.from && t.i < x.to); c >= 0; c--) {
      const clause = clauses[c] as Clause;
      // A person inside a prepositional phrase ("the actions of President Putin") is not who the clause is about.
      const governed = (a: Actor) => {
        let i = a.first - 1;
        while (i > clause.from && ["PROPN", "ADJ", "DET"].includes(toks[i]?.pos ?? "")) i--;
        return i > clause.from && toks[i]?.pos === "ADP";
      };
      const person = found.filter((a) => a.type === "person" && a.first >= clause.from && a.last < Math.min(clause.to, t.i) && !governed(a) && fits(a.id)).sort((x, y) => x.first - y.first)[0];
      if (person) return person.id;
    }
    const topic = topics[k];
    return topic && fits(topic) ? topic : antecedent(antecedents, t.start, (type, id) => type === "person" && fits(id));
  }

  /** "Russia was a member of the group … until its invasion": "its" is the state the sentence is about. */
  function stateFor(t: Tok, found: Actor[], antecedents: Mention[]): string | null {
    const state = found.find((a) => a.first < t.i && (a.type === "country" || a.type === "organization"));
    return state?.id ?? antecedent(antecedents, t.start, (type) => type === "country" || type === "organization");
  }

  function antecedent(antecedents: Mention[], offset: number, wanted: (type: EntityType, id: string) => boolean): string | null {
    for (let k = antecedents.length - 1; k >= 0; k--) {
      const m = antecedents[k] as Mention;
      const type = typeOf(m.id);
      if (m.end <= offset && type && wanted(type, m.id)) return m.id;
    }
    return null;
  }

  /** The event (or events, for "individual calls with A and B") a trigger phrase tells, or none if it tells none. */
  function readEvent(p: Phrase, phrases: Phrase[], toks: Tok[], actors: Actor[], date: IsoDate | null, caption: boolean): Candidate[] {
    const { trigger, clause } = p;
    const spec = trigger.spec;
    if (!realAndLiteral(p, toks, table)) return [];

    const sides = actors.filter((a) => !a.title && !a.place);
    const within = (a: Actor, from: number, to: number) => a.first >= from && a.last < to;
    const leftActors = sides.filter((a) => within(a, p.from, p.first));
    // "the ceasefire deal in a Kremlin press conference": the Kremlin belongs to the conference.
    const framed = (a: Actor) => phrases.some((q) => q !== p && q.trigger.spec.occasion && q.trigger.kind === "noun" && within(a, q.from, q.first));
    // A possessor in a verb's object is not the object ("met his future wife", "to meet Trump's plans"),
    // unless the sides are states ("annexed Ukraine's Crimea region").
    const possessorOnly = (a: Actor) =>
      trigger.kind === "verb" && ((a.pronoun && POSSESSIVE_PRONOUNS.has(lowerOf(toks, a.first))) || (spec.prefer === "person" && POSSESSIVE_MARK.test(lowerOf(toks, a.last + 1))));
    const rightActors = sides.filter((a) => within(a, p.last + 1, p.to) && !framed(a) && !possessorOnly(a));
    const firstVerb = toks.findIndex((t, i) => i >= clause.from && i < clause.to && (t.pos === "VERB" || t.pos === "AUX") && !isHyphenated(toks, i));
    const opensClause = (a: Actor) => a.first >= clause.from || (a.first < 0 && clause.from === 0);
    const commented = trigger.kind === "noun" && commentsOn(toks, clause, p.from);
    let subject: Actor[] = [];
    if (trigger.kind === "verb") subject = sides.filter((a) => opensClause(a) && a.last < p.first);
    // A noun's clause subject takes part unless the phrase has its own possessor or hangs off another noun.
    else if (!p.possessed && !p.afterOf && firstVerb >= 0 && firstVerb < p.from && !commented) {
      subject = sides.filter((a) => a.first >= clause.from && a.last < firstVerb);
    }
    // "Mueller, a former FBI director who is investigating": a relative clause's subject is what it hangs on.
    const relative = lowerOf(toks, clause.from);
    if (trigger.kind === "verb" && !subject.length && RELATIVE.has(relative)) {
      const antecedent = sides.filter((a) => a.last < clause.from && (a.type === "person") === (relative === "who")).pop();
      if (antecedent) subject = [antecedent];
    }

    const attached = [...leftActors, ...rightActors];
    // An attached verb's object is the name itself, not a modifier of it: "agreed with the Ukraine ceasefire proposals".
    const heads = trigger.kind === "verb" ? rightActors.filter((a) => toks[a.last + 1]?.pos !== "NOUN" && !POSSESSIVE_MARK.test(lowerOf(toks, a.last + 1))) : attached;
    if (trigger.attached && !heads.length) return [];
    if (trigger.kind === "noun" && p.afterOf && !attached.length) return [];
    // A two-sided verb needs an object, or two subjects joined by "and": "Putin and Trump met".
    const between = subject.length >= 2 ? toks.slice((subject[0] as Actor).last + 1, (subject[1] as Actor).first) : [];
    const joined = between.some((t) => t.pos === "CCONJ") && !between.some((t) => t.pos === "VERB" || t.pos === "AUX");
    if (trigger.kind === "verb" && spec.parties === 2 && !rightActors.length && !joined) return [];
    if (trigger.literal) {
      // The words of the trigger's own predicate, up to and with the next verb ("an attack in Kabul killed 20").
      const nextVerb = toks.findIndex((t, i) => i > p.last && i < clause.to && t.pos === "VERB");
      const words = new Set(toks.slice(clause.from, nextVerb >= 0 ? nextVerb + 1 : clause.to).map((t) => t.lower));
      // What the attack hit, right after "on"/"against"/"in": a state or a place, not "the cost of Britain's asylum system".
      const target = toks.findIndex((t, i) => i > p.last && i < p.to && TARGET_PREPOSITIONS.has(t.lower));
      let hit = target + 1;
      while (hit < p.to && ["DET", "ADJ"].includes(toks[hit]?.pos ?? "")) hit++;
      const named = rightActors.find((a) => a.first === hit && a.type === "country") ?? placeIn(toks, hit, hit + 1);
      const physical = target >= 0 && Boolean(named);
      if (!physical && !table.literal.some((w) => words.has(w))) return [];
    }

    const objectPlace = placeIn(toks, p.last + 1, p.to);
    const place = objectPlace ?? placeIn(toks, p.from, p.first);
    const anaphoric = trigger.kind === "noun" && !attached.length && DEFINITE.has(p.determiner ?? "");
    // "individual calls with A and B": one event per conjunct after the trigger, each with the subject.
    const distributive = toks.slice(p.from, p.first).some((t) => table.distributive.includes(t.lower));
    const conjuncts = distributive ? splitConjuncts(rightActors, toks) : [];
    const groups = conjuncts.length > 1 ? conjuncts : [rightActors];
    const events: Candidate[] = [];
    for (const group of groups) {
      const core = uniqueIds([...subject, ...leftActors, ...group]);
      // A caption shows one scene: everyone it names is in it.
      const participants = caption ? uniqueIds([...subject, ...leftActors, ...group, ...sides]) : [...core];
      const count = () => participants.length + (objectPlace ? 1 : 0);
      // "meetings with alleged go-betweens": the other side is named, only not as an actor.
      const unnamedSide = !group.length && toks.slice(p.last + 1, p.to).some((t) => SIDE_PREPOSITIONS.has(t.lower));
      // Sides come from elsewhere in the sentence only for one event the phrase pins down: by a side, a date, a
      // place or an indefinite article ("in a phone call, Mr Trump asked"), not "dominate discussions".
      const anchored = core.length > 0 || date !== null || objectPlace !== null || p.determiner === "a" || p.determiner === "an";
      if (count() < spec.parties && anchored && !p.afterOf && !commented && !unnamedSide) {
        const rank = (a: Actor) => {
          const preferred = spec.prefer === "person" ? a.type === "person" : a.type !== "person";
          const inClause = a.first >= clause.from && a.last < clause.to;
          const distance = a.first > p.last ? a.first - p.last : p.first - a.last;
          return (preferred ? 0 : 1000) + (inClause ? 0 : 100) + distance;
        };
        for (const a of [...sides].sort((x, y) => rank(x) - rank(y))) {
          if (count() >= spec.parties) break;
          if (!participants.includes(a.id)) participants.push(a.id);
        }
      }
      if (!participants.length || count() < spec.parties) continue;
      // The states the participants act for: from their titles here, or from the offices the text gives them.
      for (const a of actors) if (a.title && a.first >= p.from && a.last < p.to && !participants.includes(a.id)) participants.push(a.id);
      for (const id of [...participants]) {
        const state = represents.get(id);
        if (state && !participants.includes(state)) participants.push(state);
      }
      events.push({ spec, core, participants, date, place, start: p.start, end: p.end, anaphoric, caption, mergeOnly: caption || (anaphoric && !core.length) });
    }
    return events;
  }

  /** Whether the verb governing the phrase only comments on the event ("condemned the annexation"): its subject is no side. */
  function commentsOn(toks: Tok[], clause: Clause, before: number): boolean {
    // The clause's own verbs, not the word that opens it ("following a phone call"); the tagger reads
    // some participles as adjectives ("has branded").
    const verbs = toks.slice(clause.from + 1, before).filter((t) => t.pos === "VERB" || (t.pos === "ADJ" && /(?:ed|d)$/.test(t.lower)));
    const governing = verbs[verbs.length - 1];
    return governing !== undefined && table.commentary.some((c) => governing.lemma.toLowerCase() === c || governing.lower.replace(/e?d$/, "") === c.replace(/e$/, ""));
  }

  /** The first location in toks[from, to), or a state named after "in"/"at" there. */
  function placeIn(toks: Tok[], from: number, to: number): string | null {
    const first = toks[from];
    const last = toks[to - 1];
    if (!first || !last || from >= to) return null;
    const inside = ctx.mentions.filter((m) => m.start >= first.start && m.end <= last.end);
    const location = inside.find((m) => typeOf(m.id) === "location");
    const state = inside.find((m) => typeOf(m.id) === "country" && /\b(?:in|at)(?:\s+(?:the|a|an))?\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start)));
    const place = location ?? state;
    return place ? text.slice(place.start, place.end) : null;
  }
}

const indexes = new WeakMap<EventTable, Map<string, CompiledTrigger[]>>();

/** The table's triggers by their first word, built once per table. */
function triggerIndex(table: EventTable): Map<string, CompiledTrigger[]> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const trigger of compileTriggers(table)) {
      const first = trigger.words[0] ?? "";
      index.set(first, [...(index.get(first) ?? []), trigger]);
    }
    indexes.set(table, index);
  }
  return index;
}

function compileTriggers(table: EventTable): CompiledTrigger[] {
  const compiled: CompiledTrigger[] = [];
  for (const spec of table.types) {
    for (const kind of ["noun", "verb"] as const) {
      for (const t of kind === "noun" ? spec.nouns : spec.verbs) {
        const o = typeof t === "string" ? { phrase: t, attached: false, notBefore: [], notAfter: [], requires: [], literal: false } : t;
        const words = o.phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
        compiled.push({ spec, kind, words, attached: o.attached, notBefore: o.notBefore, notAfter: o.notAfter, requires: o.requires, literal: o.literal });
      }
    }
  }
  return compiled;
}

const wordMatches = (t: Tok, w: string) => t.lower === w || t.lemma.toLowerCase() === w;
const lowerOf = (toks: Tok[], i: number) => toks[i]?.lower ?? "";
const isHyphen = (t: Tok | undefined) => Boolean(t && t.pos === "PUNCT" && /^[-‐‑]$/.test(t.lower));
/** "US-backed", "full-scale": a word glued to the one before it by a hyphen. */
const isHyphenated = (toks: Tok[], i: number) => isHyphen(toks[i - 1]);

/**
 * Whether the phrase tells a real event in its literal sense: not "a call for calm", a "heart attack",
 * "the election campaign", "charged with ensuring order", "if elected", "would meet", "any talks",
 * "called for a ceasefire" or "withdraw" without a treaty.
 */
function realAndLiteral(p: Phrase, toks: Tok[], table: EventTable): boolean {
  const { trigger, clause } = p;
  const hyphenated = isHyphen(toks[p.last + 1]);
  const after = hyphenated ? toks[p.last + 2] : toks[p.last + 1];
  if (trigger.notBefore.includes(after?.lower ?? "") || trigger.notAfter.includes(lowerOf(toks, p.first - 1))) return false;
  // An event noun before another noun only describes it: "election campaign", "sanctions list".
  if (trigger.kind === "noun" && after?.pos === "NOUN" && (hyphenated || !TIME_NOUN.test(after.lower))) return false;
  // A phrase ending on a preposition wants a noun, not a verb, after it.
  if (ATTACH.has(lowerOf(toks, p.last)) && after?.pos === "VERB") return false;
  if (CONDITIONAL.has(lowerOf(toks, clause.from))) return false;
  if (trigger.requires.length) {
    const words = toks.slice(trigger.kind === "verb" ? p.last + 1 : clause.from, clause.to);
    if (!words.some((t) => trigger.requires.includes(t.lower) || trigger.requires.includes(t.lemma.toLowerCase()))) return false;
  }
  // Modality, negation and wishes before the trigger in its clause make it unreal.
  const before = toks.slice(clause.from, p.first);
  if (before.some((t) => t.pos === "AUX" && table.modals.includes(t.lower))) return false;
  if (before.slice(-3).some((t) => table.negations.includes(t.lower))) return false;
  if (table.irrealis.some((cue) => governs(before, cue))) return false;
  if (trigger.kind !== "noun") return true;
  if (p.determiner && table.nonSpecific.includes(p.determiner)) return false;
  return !toks.slice(p.from, p.first).some((t) => table.nonSpecific.includes(t.lower));
}

/** Trigger phrases in the sentence, longest first, each token used once, none inside a quote. */
function matchTriggers(toks: Tok[], triggers: Map<string, CompiledTrigger[]>, quoted: (t: Tok) => boolean): Match[] {
  const candidates: Match[] = [];
  for (const t of toks) {
    for (const trigger of new Set([...(triggers.get(t.lower) ?? []), ...(triggers.get(t.lemma.toLowerCase()) ?? [])])) {
      const last = matchAt(toks, t.i, trigger.words);
      if (last >= 0) candidates.push({ trigger, first: t.i, last });
    }
  }
  // Longest phrases first: "drone attack" is not an "attack", "phone call" not a bare "call".
  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const used = new Array<boolean>(toks.length).fill(false);
  const found: Match[] = [];
  for (const m of candidates) {
    const span = toks.slice(m.first, m.last + 1);
    if (span.some((t) => used[t.i] || quoted(t))) continue;
    const content = span.filter((t) => !isHyphen(t));
    const head = m.trigger.kind === "noun" ? content[content.length - 1] : content[0];
    if (!head || (m.trigger.kind === "noun" ? !["NOUN", "PROPN"].includes(head.pos) : head.pos !== "VERB" || isHyphenated(toks, head.i))) continue;
    for (const t of span) used[t.i] = true;
    found.push(m);
  }
  return found.sort((a, b) => a.first - b.first);
}

/** Index of the last token of `words` matched from toks[i], or -1; hyphens are skipped and "*" spans up to MAX_GAP tokens. */
function matchAt(toks: Tok[], i: number, words: string[]): number {
  const step = (at: number, w: number): number => {
    if (w === words.length) return at - 1;
    let k = at;
    while (w > 0 && isHyphen(toks[k])) k++;
    const word = words[w] as string;
    if (word === "*") {
      for (let gap = 0; gap <= MAX_GAP; gap++) {
        const end = step(k + gap, w + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    const t = toks[k];
    return t && wordMatches(t, word) ? step(k + 1, w + 1) : -1;
  };
  return step(i, 0);
}

/**
 * Whether a cue (lemmas) stands in `before` and reaches its end: "asked him to investigate" does,
 * "asked him during an Oval Office meeting" does not, as a preposition of the clause's own comes
 * between (not "of", "to" or "for", which carry a complement, nor a verb's particle: "draw out").
 */
function governs(before: Tok[], cue: string[]): boolean {
  for (let i = before.length - cue.length; i >= 0; i--) {
    if (!cue.every((w, k) => before[i + k]?.lemma.toLowerCase() === w)) continue;
    for (let j = i + cue.length; j < before.length; j++) {
      const t = before[j] as Tok;
      if (t.pos === "ADP" && !COMPLEMENT.has(t.lower) && before[j - 1]?.pos !== "VERB") return false;
    }
    return true;
  }
  return false;
}

/**
 * Cuts a sentence into clauses at punctuation, subordinators and a conjunction before a verb. A
 * piece with neither verb nor name ("On Thursday,", "At the Helsinki summit,") belongs to the next.
 */
function splitClauses(toks: Tok[], text: string): Clause[] {
  const cuts: number[] = [0];
  toks.forEach((t, i) => {
    if (i === 0) return;
    const next = toks[i + 1];
    const dash = isHyphen(t) && /\s/.test(text[t.start - 1] ?? "") && /\s/.test(text[t.end] ?? "");
    const opener = CLAUSE_OPENERS.has(t.lower) && ["ADP", "SCONJ", "PRON", "ADV", "VERB"].includes(t.pos);
    const coordinated = t.pos === "CCONJ" && next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
    if ((t.pos === "PUNCT" && CLAUSE_PUNCTUATION.has(t.lower)) || dash || opener || coordinated) cuts.push(i);
  });
  const clauses: Clause[] = [];
  let pending: number | null = null;
  cuts.forEach((from, k) => {
    const to = cuts[k + 1] ?? toks.length;
    const start: number = pending ?? from;
    const bare = !toks.slice(from, to).some((t) => ["VERB", "AUX", "PROPN", "PRON"].includes(t.pos));
    if (bare && to < toks.length) {
      pending = start;
      return;
    }
    clauses.push({ from: start, to });
    pending = null;
  });
  return clauses;
}

/** Each trigger's phrase: its clause, the modifiers before an event noun, and what is attached after it, up to the next trigger. */
function phrasesOf(matches: Match[], toks: Tok[], clauses: Clause[]): Phrase[] {
  const clauseOf = (m: Match) => clauses.find((c) => m.first >= c.from && m.first < c.to) ?? { from: 0, to: toks.length };
  const lefts = matches.map((m) => (m.trigger.kind === "noun" ? leftSpan(toks, m.first, clauseOf(m).from) : { from: m.first, possessed: false, determiner: null }));
  return matches.map((m, k) => {
    const clause = clauseOf(m);
    const left = lefts[k] ?? { from: m.first, possessed: false, determiner: null };
    const next = matches.find((o) => o.first > m.last)?.first ?? toks.length;
    const to = rightSpan(toks, m.last + 1, Math.min(clause.to, next), m.trigger.kind === "verb");
    const beforeLeft = toks[left.from - 1]?.pos === "DET" ? toks[left.from - 2] : toks[left.from - 1];
    return {
      ...m,
      clause,
      from: left.from,
      to,
      possessed: left.possessed,
      determiner: left.determiner,
      afterOf: m.trigger.kind === "noun" && beforeLeft?.lower === "of",
      start: toks[left.from]?.start ?? 0,
      end: toks[Math.max(m.last, to - 1)]?.end ?? 0,
    };
  });
}

/** The modifiers before an event noun: adjectives, compounds, names and one possessor. */
function leftSpan(toks: Tok[], first: number, clauseFrom: number): { from: number; possessed: boolean; determiner: string | null } {
  let from = first;
  for (let i = first - 1; i >= clauseFrom; i--) {
    const t = toks[i] as Tok;
    if (t.pos === "PART" && /^'s?$/.test(t.lower)) {
      // The possessor's own name: "Donald Trump's".
      from = i;
      while (from - 1 >= clauseFrom && ["PROPN", "NOUN"].includes((toks[from - 1] as Tok).pos)) from--;
      return { from, possessed: true, determiner: null };
    }
    if (t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.lower)) return { from: i, possessed: true, determiner: t.lower };
    // Hyphenated compounds count whole: "US-backed", "closed-door".
    const compound = t.pos === "VERB" && (isHyphen(toks[i - 1]) || isHyphen(toks[i + 1]));
    const modifier = ["ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos) || isHyphen(t) || compound || t.lower === "–";
    if (!modifier) return { from, possessed: false, determiner: t.pos === "DET" ? t.lower : null };
    from = i;
  }
  return { from, possessed: false, determiner: null };
}

/** End (exclusive) of the attachments after an event word: "with the Russian leader and Mr Zelenskyy on Wednesday". */
function rightSpan(toks: Tok[], from: number, limit: number, verb: boolean): number {
  let i = from;
  // A verb's adverb: "met privately with".
  while (verb && i < limit && (toks[i] as Tok).pos === "ADV") i++;
  for (; i < limit && i < from + MAX_RIGHT; i++) {
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    // "and" goes on only to another name: "between Russia and the States", not "and any ties".
    if (t.pos === "CCONJ" && (!ATTACH.has(t.lower) || !namesNext(toks, i + 1))) break;
    if (t.pos === "ADP" && !ATTACH.has(t.lower)) break;
    if (t.pos === "PART" && !/^'s?$/.test(t.lower)) break;
    if (t.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(t.lower)) break;
    if ((t.pos === "VERB" || t.pos === "AUX") && !isHyphenated(toks, i)) break;
    if (["SCONJ", "ADV", "SYM", "INTJ"].includes(t.pos)) break;
    if (t.pos === "PUNCT" && !isHyphen(t) && t.lower !== "–" && !/^['"“”‘’]$/.test(t.lower)) break;
  }
  return i;
}

/** Whether a name comes within the next few words, before any verb, preposition or common noun. */
function namesNext(toks: Tok[], from: number): boolean {
  for (const t of toks.slice(from, from + 3)) {
    if (t.pos === "PROPN") return true;
    if (t.pos !== "DET" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** Actors after a distributive trigger, grouped by "and" and commas: "the Russian leader and Mr Zelenskyy". */
function splitConjuncts(objects: Actor[], toks: Tok[]): Actor[][] {
  const groups: Actor[][] = [];
  let previous: Actor | null = null;
  for (const a of objects) {
    const joined = previous !== null && toks.slice(previous.last + 1, a.first).some((t) => t.pos === "CCONJ" || t.lower === ",");
    if (!previous || joined) groups.push([a]);
    else groups[groups.length - 1]?.push(a);
    previous = a;
  }
  return groups;
}

function uniqueIds(actors: Actor[]): string[] {
  return [...new Set(actors.map((a) => a.id))];
}

/** ’ as ': trigger phrases are written with the straight apostrophe. Most words have neither, and testing is cheaper than replacing. */
function straightApostrophes(word: string): string {
  return word.includes("’") ? word.replace(/’/g, "'") : word;
}

/** person -> the state whose office the text gives them ("Russian President Vladimir Putin"). */
function statesOfPeople(facts: Fact[]): Map<string, string> {
  const states = new Map<string, string>();
  for (const f of facts) if (f.relation === "holds_role" && f.object.startsWith("country:") && !states.has(f.subject)) states.set(f.subject, f.object);
  return states;
}

function nearest(dates: DateMention[], offset: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  return best;
}

/** Whether ISO date a falls after b, at the precision both have. */
const later = (a: IsoDate, b: IsoDate) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
};

const compatible = (a: IsoDate | null, b: IsoDate | null) => a === null || b === null || a.startsWith(b) || b.startsWith(a);

/**
 * One event per happening: same type, compatible dates and the same sides (two shared, or all of
 * the smaller set); "the talks" joins the last talks told. Captions only add to what is kept.
 */
function merge(candidates: Candidate[]): Event[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = c.core.length && !c.caption ? c.core : c.participants;
    const alike = kept.filter((k) => k.spec === c.spec && compatible(k.date, c.date));
    const same = alike.find((k) => {
      const other = k.core.length ? k.core : k.participants;
      const shared = key.filter((id) => other.includes(id)).length;
      return shared > 0 && shared >= Math.min(2, key.length, other.length);
    }) ?? (c.anaphoric ? alike[alike.length - 1] : undefined);
    if (!same) {
      if (!c.mergeOnly) kept.push({ ...c, core: [...c.core], participants: [...c.participants] });
      continue;
    }
    for (const id of c.participants) if (!same.participants.includes(id)) same.participants.push(id);
    if ((c.date?.length ?? 0) > (same.date?.length ?? 0)) same.date = c.date;
    same.place ??= c.place;
  }
  // Two kept events that still come out under one id are one node in the graph: one record too.
  const byId = new Map<string, Event>();
  for (const k of kept) {
    const central = (k.core.length ? k.core : k.participants).slice(0, 2).sort();
    const id = `event:${slug(k.spec.type)}:${k.date ?? "undated"}:${central.join("+")}`;
    const known = byId.get(id);
    if (known) {
      for (const p of k.participants) if (!known.participants.includes(p)) known.participants.push(p);
      continue;
    }
    byId.set(id, { id, type: k.spec.type, cameo: k.spec.cameo, participants: k.participants, date: k.date, place: k.place, start: k.start, end: k.end });
  }
  return [...byId.values()];
}
