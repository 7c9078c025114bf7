// Finds who said what: direct quotes with their attribution (before, inside or after the
// quote, or carried over from the paragraph before), and reported speech carried by a speech
// verb ("X said that …", "…, sources said", "according to X"). Each statement gets its speaker
// (names, surnames, role phrases and pronouns resolved), the exact span of its words, whom it is
// about, the speaker's stance toward each of them, and when it was said.
import type { AnalyzedText, Paragraph, Sentence, Token } from "../schema/document.js";
import type { DocumentKind, EntityType, IsoDate, Quote, Span, Stance } from "../schema/extraction.js";
import { findDates, type DateMention } from "../text/resolve-dates.js";
import { spanSet } from "../text/span-set.js";
import { cueWeight, scoreStance, toStance, type StanceLexicon } from "./assess-stance.js";
import type { Mention } from "./find-entities.js";
import { fitsPronoun } from "./gender.js";
import type { Gender } from "../schema/knowledge-base.js";
import type { QuoteSpan } from "./find-quote-spans.js";
import type { TranscriptTurn } from "./find-transcript-turns.js";

export interface StatementContext {
  docId: string;
  analyzed: AnalyzedText;
  mentions: Mention[];
  entityTypes: Map<string, EntityType>;
  /** People whose gender is known: "she" is not the man named last. */
  genders: Map<string, Gender>;
  quoteSpans: QuoteSpan[];
  published: IsoDate | null;
  kind: DocumentKind;
  /** On a profile page, the person the page is about: unattributed key quotes are theirs. */
  profileHolder: string | null;
  stance: StanceLexicon;
  /** A transcript's turns, each a statement of the person its label names. */
  turns: TranscriptTurn[];
}

export interface Statements {
  quotes: Quote[];
  /** Pronouns resolved to a speaker or a target, to add to the entities' mentions. */
  pronouns: Mention[];
}

/** Lemmas of verbs whose complement is what was said: "X said (that) …". */
const SPEECH = new Set(["say", "tell", "add", "claim", "warn", "insist", "suggest", "argue", "announce", "state", "assert", "declare", "confirm", "deny", "explain", "note", "predict", "admit", "acknowledge", "reiterate", "stress", "write", "tweet", "reply", "respond", "answer", "complain", "concede", "boast", "recall", "emphasize", "emphasise", "observe", "remark", "comment", "reveal", "report", "caution", "indicate", "contend", "maintain", "repeat", "joke", "allege", "testify", "counter", "retort", "quip", "scoff", "lament", "concur", "speculate", "assure", "inform", "proclaim", "mention", "request", "ask", "continue", "post", "chant", "shout", "yell", "exclaim", "scream", "sing", "read"]);
/** "according to" the noun phrase after it: a cue of its own, with no verb. */
const ACCORDING = "according";
/** Report speech only right after a quote: "“…,” the letter reads." */
const AFTER_QUOTE = new Set(["read"]);
/** Report speech only when a quote or a colon follows: "Caddell continued:". */
const BEFORE_COLON = new Set(["continue", "post"]);
/**
 * Verbs of acts toward someone ("praised Trump", "urged Russia to …", "dismissed the findings"):
 * they attribute a statement only when the speaker's own words are quoted in them.
 */
const ACTS = new Set(["attack", "liken", "compare", "reference", "cite", "accuse", "urge", "vow", "promise", "pledge", "threaten", "demand", "praise", "hail", "criticise", "criticize", "slam", "blast", "mock", "call", "lash", "hit", "blame", "condemn", "denounce", "thank", "tout", "dismiss", "describe", "plead", "advise", "charge", "brand", "label", "dub"]);
/** Verbs whose first object is the listener, not the content: "told reporters (that) …". */
const LISTENER_FIRST = new Set(["tell", "urge", "warn", "assure", "inform", "advise", "remind", "ask"]);
/** Need a particle to report speech: "hit out at", "lash out at", "called on/for", or a quote after the object. */
const NEEDS_PARTICLE: Record<string, RegExp> = { hit: /^\s+out\b/, lash: /^\s+out\b/ };
const SKIP_BEFORE_VERB = new Set(["also", "then", "later", "previously", "repeatedly", "publicly", "falsely", "further", "again", "recently", "earlier", "once", "reportedly", "privately", "separately", "subsequently", "frequently", "often", "has", "have", "had", "is", "was", "will", "would", "did", "does", "not", "never", "just", "even", "still", "inaccurately", "initially", "directly", "openly", "angrily", "quickly", "finally", "reportedly", "apparently"]);
const QUANTIFIERS = new Set(["many", "some", "others", "few", "several", "most", "all", "both", "it", "this", "that", "which", "what", "there", "who"]);
const PERSONAL = new Set(["he", "she", "He", "She"]);
const PLURAL = new Set(["they", "They", "them", "Them", "their", "Their"]);
const OBJECT_PRONOUNS = new Set(["him", "his", "he", "He", "His", "she", "her", "She", "Her"]);
const BE = new Set(["is", "are", "was", "were", "been", "be"]);
/** A time phrase between a speaker and the verb: "on Tuesday night", "last week", "earlier this month". */
const TIME_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "today", "yesterday", "tonight"]);
const TIME_LEADS = new Set(["on", "last", "this", "earlier", "late", "early"]);
/** How far back a pronoun looks for its person, in sentences. */
const PRONOUN_REACH = 8;

interface Cue {
  token: number;
  sentence: number;
  lemma: string;
  speaker: string | null;
  speakerMention: Span | null;
  /** "according to X": attributes only when nothing else in the sentence does. */
  according: boolean;
}

export function extractStatements(ctx: StatementContext): Statements {
  const { analyzed } = ctx;
  const { text, tokens, sentences, paragraphs } = analyzed;
  const doubles = ctx.quoteSpans.filter((q) => !q.single);
  const insideQuote = spanSet(doubles);
  const isBoilerplate = spanSet(paragraphs.filter((p) => p.boilerplate !== null));
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of ctx.mentions) {
    const prev = mentionEndingAt.get(m.end);
    if (!prev || m.start < prev.start) mentionEndingAt.set(m.end, m);
  }
  const mentionStartingAt = new Map(ctx.mentions.map((m) => [m.start, m]));
  const pronouns: Mention[] = [];
  const tokenText = (i: number) => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : "";
  };

  // Speakers as the document goes, for pronouns: the latest speaker and the latest sentence subject.
  const speakerHistory: { offset: number; id: string }[] = [];
  const subjectHistory: { offset: number; id: string }[] = [];
  for (const s of sentences) {
    if (isBoilerplate(s.start)) continue;
    const first = ctx.mentions.find((m) => m.start >= s.start && m.start < s.end && !insideQuote(m.start) && ctx.entityTypes.get(m.id) === "person");
    if (first && first.start - s.start < 40) subjectHistory.push({ offset: first.start, id: first.id });
  }

  const cues = findCues();
  const quotes: Quote[] = [];
  const usedCues = new Set<number>();
  const chainOf = new Map<Quote, Quote>();
  /** Statements whose own attribution gave their date. */
  const stated = new Set<Quote>();

  // A transcript's paragraphs in turns hold the transcript, not quotes of it.
  const inTurn = spanSet(ctx.turns.flatMap((turn) => turn.paragraphs));
  transcriptTurns();
  speakerHistory.sort((a, b) => a.offset - b.offset);
  directQuotes();
  headlineQuotes();
  if (ctx.kind === "profile") profileCriticism();
  reportedSpeech();

  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  // Undated statements take their chain's date, else the speaker's last stated date nearby, else the day of publication.
  quotes.forEach((q, i) => {
    if (q.date !== null) return;
    const head = chainOf.get(q);
    const earlier = quotes.slice(0, i).reverse().find((p) => stated.has(p) && p.speaker === q.speaker && q.speaker !== null && q.start - p.end < 1500);
    q.date = head?.date ?? earlier?.date ?? ctx.published;
  });
  return { quotes: dedupe(quotes), pronouns };

  // ---- the kinds of statement, each its own function: V8 optimises, and after a deoptimisation
  // compiles again, one kind at a time rather than the whole stage

  /** A transcript's turns ("PENCE: Well, look, …"): each paragraph of a turn is its speaker's, when the label names someone (a newsletter's "IMPEACHMENT WATCH:" does not). */
  function transcriptTurns(): void {
    for (const turn of ctx.turns) {
      const label = mentionStartingAt.get(turn.label.start);
      if (!label || label.end !== turn.label.end) continue;
      let head: Quote | null = null;
      for (const words of turn.paragraphs) {
        const quote = makeQuote(words.start, words.end, "direct", label.id, turn.label, null, head);
        if (head) chainOf.set(quote, head);
        else head = quote;
        quotes.push(quote);
        speakerHistory.push({ offset: words.start, id: label.id });
      }
    }
  }

  /** Direct quotes, attributed by a cue beside them, else as the next part of the statement before. */
  function directQuotes(): void {
    let previous: { quote: Quote; paragraph: number } | null = null;
    for (const span of doubles) {
      if (isBoilerplate(span.start) || !isFullQuote(span)) continue;
      const sameParagraph = previous && previous.paragraph === span.paragraph;
      const cue = cueAfter(span) ?? signedBy(span) ?? cueBefore(span);
      // Inside a turn, quote marks hold the transcript or the speaker's own quoting, unless a
      // speaker is named for them ("Trump tweeted, “…”").
      if (inTurn(span.start) && !(cue && (cue.speaker || cue.speakerMention))) continue;
      let speaker: string | null = null;
      let speakerMention: Span | null = null;
      let cueToken: number | null = null;
      let head: Quote | null = null;
      if (cue && (cue.speaker || cue.speakerMention)) {
        ({ speaker, speakerMention } = cue);
        cueToken = cue.token;
        usedCues.add(cue.token);
      } else if (previous && (sameParagraph || span.continues || followsStatement(previous.paragraph, span.paragraph))) {
        head = chainOf.get(previous.quote) ?? previous.quote;
        speaker = previous.quote.speaker;
        speakerMention = previous.quote.speakerMention;
      } else if (ctx.kind === "profile" && ctx.profileHolder) {
        speaker = ctx.profileHolder;
      } else continue;
      const quote = makeQuote(span.start, span.end, "direct", speaker, speakerMention, cueToken, head);
      if (head) chainOf.set(quote, head);
      quotes.push(quote);
      previous = { quote, paragraph: span.paragraph };
      if (speaker) speakerHistory.push({ offset: span.start, id: speaker });
    }
  }

  /** Quotes in a headline ("Hillary Clinton Speaks ‘Directly To White People’"): the headline's subject said them. */
  function headlineQuotes(): void {
    const title = paragraphs.find((p) => p.boilerplate === "title");
    const titleSpeaker = title ? headlineSpeaker(title) : null;
    if (!title || !titleSpeaker) return;
    // "Pence: Gennifer Flowers Won't Be at Debate, Trump Was 'Mocking' Clinton Camp", "Obama on
    // Climate Change: The Trends Are 'Terrifying'": what follows a speaker's name and a colon is
    // what they said, the words quoted in it included.
    const colon = /^(?:\s+on\s+(?:\S+\s+){0,3}?\S+)?:\s*/.exec(text.slice(titleSpeaker.end, title.end));
    const said = colon && titleSpeaker.start - title.start <= 2 ? clause(tokenIndexAt(titleSpeaker.end + colon[0].length), tokenIndexAt(title.end)) : null;
    if (said) {
      quotes.push(makeQuote(said.start, said.end, "indirect", titleSpeaker.id, titleSpeaker, null, null));
      return;
    }
    for (const span of ctx.quoteSpans) {
      if (span.start < title.start || span.end > title.end) continue;
      quotes.push(makeQuote(span.start, span.end, "direct", titleSpeaker.id, titleSpeaker, null, null));
    }
  }

  /** A profile's criticism section: a critic's name as a heading, then what they hold against the holder. */
  function profileCriticism(): void {
    const section = paragraphs.findIndex((p) => /^critici[sz]ms?$/i.test(text.slice(p.start, p.end).trim()));
    for (let i = section + 1; section >= 0 && i + 1 < paragraphs.length; i++) {
      const heading = paragraphs[i] as Paragraph;
      const body = paragraphs[i + 1] as Paragraph;
      if (heading.boilerplate === null || body.boilerplate !== null) continue;
      if (/^(comparison|context|timeline|key quotes|actions taken)$/i.test(text.slice(heading.start, heading.end).trim())) break;
      const critics = ctx.mentions.filter((m) => m.start >= heading.start && m.end <= heading.end && speaks(m));
      const critic = critics.find((m) => ctx.entityTypes.get(m.id) === "person") ?? critics[0];
      if (critic) quotes.push(makeQuote(body.start, body.end, "indirect", critic.id, { start: critic.start, end: critic.end }, null, null));
    }
  }

  /** Reported speech: what a cue's clause says its speaker said. */
  function reportedSpeech(): void {
    const reported: Span[] = [];
    for (const cue of cues) {
      if (usedCues.has(cue.token) || (!cue.speaker && !cue.speakerMention)) continue;
      const at = (tokens[cue.token] as Token).start;
      // "…, adding that …" inside a clause already reported is part of that statement.
      if (reported.some((r) => at >= r.start && at < r.end)) continue;
      const sentence = sentences[cue.sentence] as Sentence;
      if (cue.according && cues.some((c) => c !== cue && c.sentence === cue.sentence && !c.according)) continue;
      const content = reportedContent(cue, sentence);
      if (!content) continue;
      // "which he claims …": what he claims is the noun the clause hangs on, unless his words are quoted.
      const relative = cue.speakerMention && /\b(which|whom)\s*$/i.test(text.slice(Math.max(0, cue.speakerMention.start - 8), cue.speakerMention.start));
      if (relative && !quotedWithin(content)) continue;
      // Acts toward someone, and a profile page's own summaries, are statements only with the speaker's quoted words.
      if ((ACTS.has(cue.lemma) || ctx.kind === "profile") && !quotedWithin(content)) continue;
      reported.push(content);
      quotes.push(makeQuote(content.start, content.end, "indirect", cue.speaker, cue.speakerMention, cue.token, null));
    }
  }

  // ---- cues and their speakers

  function findCues(): Cue[] {
    const found: Cue[] = [];
    sentences.forEach((s, si) => {
      if (isBoilerplate(s.start)) return;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = tokens[i] as Token;
        if (insideQuote(t.start)) continue;
        // Sliced and lowered only at the length of "according": this runs for every token.
        if (t.end - t.start === ACCORDING.length && tokenText(i).toLowerCase() === ACCORDING && tokenText(i + 1).toLowerCase() === "to") {
          const np = nounPhraseAt(i + 2, s);
          if (np) found.push({ token: i, sentence: si, lemma: ACCORDING, ...np, according: true });
          continue;
        }
        if (!(t.pos === "VERB" || presentTenseTaggedNoun(i)) || !(SPEECH.has(t.lemma) || ACTS.has(t.lemma))) continue;
        const particle = NEEDS_PARTICLE[t.lemma];
        if (particle && !particle.test(text.slice(t.end, t.end + 6))) continue;
        if (BEFORE_COLON.has(t.lemma) && !/^\s*[:,]?\s*["“'‘]|^\s*:/.test(text.slice(t.end, t.end + 4))) continue;
        if (AFTER_QUOTE.has(t.lemma) && !(/^\s*[.,]/.test(text.slice(t.end, t.end + 2)) && /["”'’]\s+\S+(\s+\S+)?\s*$/.test(text.slice(Math.max(s.start, t.start - 40), t.start)))) continue;
        const subject = subjectOf(i, s, found, 0);
        if (subject) {
          found.push({ token: i, sentence: si, lemma: t.lemma, ...subject, according: false });
          if (subject.speaker) speakerHistory.push({ offset: t.start, id: subject.speaker });
        }
      }
    });
    speakerHistory.sort((a, b) => a.offset - b.offset);
    return found;
  }

  /**
   * wink-nlp tags "claims" and "notes" after a name as plural nouns: "Trump claims that he …". A
   * name, the word, then "that" opening a clause (not "the Trump claims that were …") is a verb.
   */
  function presentTenseTaggedNoun(i: number): boolean {
    const t = tokens[i] as Token;
    if (t.pos !== "NOUN" || text[t.end - 1] !== "s" || tokenText(i + 1) !== "that") return false;
    const after = tokens[i + 2]?.pos;
    const named = mentionEndingAt.get(tokens[i - 1]?.end ?? -1);
    return after !== "VERB" && after !== "AUX" && speaks(named);
  }

  /** Who does the verb at token v: a name or pronoun before it, "said X" after it, or, for "…, saying" and "and said", the subject of the verb before. */
  function subjectOf(v: number, s: Sentence, earlier: Cue[], depth: number): { speaker: string | null; speakerMention: Span | null } | null {
    let k = v - 1;
    // Adverbs and a time phrase, in either order: "Wells Fargo just this month announced".
    for (let before = -1; before !== k; ) {
      before = k;
      while (k >= s.firstToken && (SKIP_BEFORE_VERB.has(tokenText(k).toLowerCase()) || tokens[k]?.pos === "ADV")) k--;
      k = beforeTimePhrase(k, s);
    }
    // A party label between name and verb: "Sen. Claire McCaskill (D-Mo.) said".
    k = beforePartyLabel(k, s);
    // "declined to answer", "went on to say": the subject of the verb before "to".
    if (tokenText(k).toLowerCase() === "to" && tokens[k - 1]?.pos === "VERB" && depth < 3) return subjectOf(k - 1, s, earlier, depth + 1);
    const left = tokens[k];
    const word = tokenText(k);
    const participle = /ing$/.test(tokenText(v));
    if (left && (word === "," || tokens[k]?.pos === "CCONJ") && (participle || tokens[k]?.pos === "CCONJ") && depth < 3) {
      // The verb shares the subject of the clause before: an earlier cue's speaker, else the last finite verb's subject.
      const cue = [...earlier].reverse().find((c) => c.token < k && c.token >= s.firstToken);
      if (cue) return { speaker: cue.speaker, speakerMention: cue.speakerMention };
      for (let p = k - 1; p >= s.firstToken; p--) {
        const w = tokenText(p);
        // A participle is no finite verb, unless a form of "be" makes it one ("is defending …, saying").
        const participleOnly = /ing$/.test(w) && !BE.has(tokenText(p - 1).toLowerCase());
        if (tokens[p]?.pos !== "VERB" || insideQuote(tokens[p]?.start ?? 0) || participleOnly || tokenText(p - 1).toLowerCase() === "to") continue;
        const subject = subjectOf(p, s, earlier, depth + 1);
        if (subject) return subject;
      }
      return null;
    }
    if (left && k >= s.firstToken) {
      const fromLeft = phraseEndingAt(k, s) ?? (word === "," ? besideApposition(k, s) : null);
      if (fromLeft) return fromLeft;
    }
    // Inverted: "…," said Mr Trump.
    let r = v + 1;
    while (r < s.endToken && tokens[r]?.pos === "ADV") r++;
    if (k < s.firstToken || /^[,"“”'‘’]+$/.test(word)) {
      // "Hogan Gidley, a White House spokesman, said the president had made …": a phrase that a
      // verb follows opens what was said and is not who said it; the cue stands, its speaker unknown.
      const inverted = nounPhraseAt(r, s);
      const after = inverted?.speakerMention ? tokens[tokenIndexAt(inverted.speakerMention.end)] : undefined;
      return inverted && (after?.pos === "VERB" || after?.pos === "AUX") ? { ...inverted, speaker: null } : inverted;
    }
    return null;
  }

  /** The token before a party label that ends at k ("(D-Mo.)"), else k. */
  function beforePartyLabel(k: number, s: Sentence): number {
    if (tokenText(k) !== ")") return k;
    let open = k;
    while (open > s.firstToken && tokenText(open) !== "(" && k - open < 8) open--;
    return tokenText(open) === "(" ? open - 1 : k;
  }

  /** "Sanders on Tuesday said", "Clinton last week said": the token before a time phrase that ends at k, else k. */
  function beforeTimePhrase(k: number, s: Sentence): number {
    let a = k;
    while (a >= s.firstToken && TIME_WORDS.has(tokenText(a).toLowerCase())) a--;
    if (a === k) return k;
    while (a >= s.firstToken && TIME_LEADS.has(tokenText(a).toLowerCase())) a--;
    return a >= s.firstToken ? a : k;
  }

  /**
   * A speaker set off by commas with a description: the name before the description ("Leonard E.
   * Burman, director of the Tax Policy Center, said"; "Michael Avenatti, the lawyer for the third
   * woman, Julie Swetnick, told"), else the name after it ("The state's campaign chairman, Phil
   * Lovas, said").
   */
  function besideApposition(comma: number, s: Sentence): { speaker: string | null; speakerMention: Span | null } | null {
    // A quoted statement, not quoted words ("the “Free Speech” rally") within the phrase.
    const quoted = (c: number) => {
      const at = tokens[c] as Token;
      return doubles.some((q) => q.start <= at.start && at.end <= q.end && isFullQuote(q));
    };
    // Back to the quote before, not into it.
    let c = comma - 1;
    for (; c > s.firstToken && comma - c < 40 && !quoted(c); c--) {
      if (tokenText(c) !== ",") continue;
      const before = mentionEndingAt.get((tokens[beforePartyLabel(c - 1, s)] as Token).end);
      // "Pastor Ramiro Pena of Waco, Texas, told": the place is the name's, its "of" the name's.
      const place = before !== undefined && ["location", "country"].includes(ctx.entityTypes.get(before.id) ?? "");
      const named = place ? (nameBeforeOf(tokenIndexAt(before.start), s) ?? before) : before;
      if (speaks(named)) return { speaker: named.id, speakerMention: { start: named.start, end: named.end } };
    }
    const last = mentionEndingAt.get((tokens[comma - 1] as Token).end);
    if (speaks(last) && last.start > s.start && tokenText(tokenIndexAt(last.start) - 1) === ",") return { speaker: last.id, speakerMention: { start: last.start, end: last.end } };
    // "“…,” Pastor Ramiro Pena of Waco, Texas, told": between the quote and the verb a noun phrase
    // with no verb of its own, opened by a name after nothing but its titles; not a phrase of the
    // quote's ("“…” in Congress, says"), nor a name after a comma ("Kendra Barkoff, a Biden
    // spokeswoman").
    if (!quoted(c)) return null;
    const to = (tokens[comma] as Token).start;
    let k = c + 1;
    while (k < comma && (/^[,"”’]+$/.test(tokenText(k)) || ["PROPN", "NOUN", "ADJ"].includes(tokens[k]?.pos ?? "")) && !mentionStartingAt.has((tokens[k] as Token).start)) k++;
    const head = mentionStartingAt.get((tokens[k] as Token).start);
    for (let v = k; v < comma; v++) if (tokens[v]?.pos === "VERB" || tokens[v]?.pos === "AUX") return null;
    return speaks(head) && head.end <= to && !text.slice((tokens[c] as Token).end, head.start).replace(/^[\s,"”’]+/, "").includes(",")
      ? { speaker: head.id, speakerMention: { start: head.start, end: head.end } }
      : null;
  }

  /** The speaker phrase that ends with token k: a known mention, a pronoun, "who" after a name, or a noun phrase. */
  function phraseEndingAt(k: number, s: Sentence): { speaker: string | null; speakerMention: Span | null } | null {
    const t = tokens[k] as Token;
    const word = tokenText(k);
    const mention = mentionEndingAt.get(t.end);
    if (mention && mention.start >= s.start) {
      const head = nameBeforeOf(tokenIndexAt(mention.start), s) ?? mention;
      return { speaker: head.id, speakerMention: { start: head.start, end: head.end } };
    }
    if (PERSONAL.has(word) || PLURAL.has(word) || word === "I" || word === "We" || word === "we") {
      const id = resolvePronoun(word, t.start);
      if (id) pronouns.push({ start: t.start, end: t.end, id, via: "pronoun" });
      return { speaker: id, speakerMention: { start: t.start, end: t.end } };
    }
    // A relative pronoun speaks for the name it follows: "Timothy Ash, …, who told us", "the police department, which reported".
    if (word.toLowerCase() === "who" || word.toLowerCase() === "which") {
      const kinds = word.toLowerCase() === "who" ? ["person"] : ["organization", "country"];
      const before = ctx.mentions.filter((m) => m.end <= t.start && m.start >= s.start && kinds.includes(ctx.entityTypes.get(m.id) ?? "")).pop();
      return before ? { speaker: before.id, speakerMention: { start: before.start, end: before.end } } : null;
    }
    // "“…,” it added": an organization or a document speaks; "it is said" does not.
    if (word.toLowerCase() === "it" && tokens[k + 1]?.pos === "VERB") {
      const id = resolvePronoun("they", t.start);
      return { speaker: id, speakerMention: { start: t.start, end: t.end } };
    }
    if (QUANTIFIERS.has(word.toLowerCase())) return null;
    // wink-nlp tags some surnames as verbs ("Lynch said"): a capitalised word that does not open the sentence is a name.
    const capitalisedName = /^\p{Lu}\p{Ll}/u.test(word) && k > s.firstToken;
    if (t.pos === "NOUN" || t.pos === "PROPN" || capitalisedName) {
      let a = k;
      while (a - 1 >= s.firstToken && ["NOUN", "PROPN", "ADJ", "NUM", "DET", "PART"].includes(tokens[a - 1]?.pos ?? "")) a--;
      // "Ramiro Pena of Waco": the name before "of" speaks.
      const beforeOf = nameBeforeOf(a, s);
      if (beforeOf) return { speaker: beforeOf.id, speakerMention: { start: beforeOf.start, end: beforeOf.end } };
      // "the G7 group of leading nations": one phrase across "of".
      while (tokenText(a - 1) === "of" && ["NOUN", "PROPN"].includes(tokens[a - 2]?.pos ?? "")) {
        a -= 2;
        while (a - 1 >= s.firstToken && ["NOUN", "PROPN", "ADJ", "NUM", "DET"].includes(tokens[a - 1]?.pos ?? "")) a--;
      }
      const span = { start: (tokens[a] as Token).start, end: t.end };
      // Only a name at the head speaks for the phrase: "news agency TASS" is TASS, "Ukraine's president" is not Ukraine.
      const head = mentionEndingAt.get(span.end);
      const named = head && head.start >= span.start && ctx.entityTypes.get(head.id) !== "location" ? head : undefined;
      return { speaker: named?.id ?? null, speakerMention: span };
    }
    return null;
  }

  /**
   * The person or organization named right before "of (the)" that precedes token i, the head of
   * the phrase: "John Smith of the Heritage Foundation said", "Sen. Ted Cruz of Texas said" are
   * Smith and Cruz, not the foundation or the state.
   */
  function nameBeforeOf(i: number, s: Sentence): Mention | null {
    let k = i - 1;
    if (tokens[k]?.pos === "DET") k--;
    if (k - 1 < s.firstToken || tokenText(k) !== "of") return null;
    const named = mentionEndingAt.get((tokens[k - 1] as Token).end);
    return speaks(named) && named.start >= s.start ? (nameBeforeOf(tokenIndexAt(named.start), s) ?? named) : null;
  }

  function nounPhraseAt(i: number, s: Sentence): { speaker: string | null; speakerMention: Span | null } | null {
    const t = tokens[i];
    if (!t || i >= s.endToken) return null;
    let j = i;
    while (j < s.endToken && ["NOUN", "PROPN", "ADJ", "NUM", "DET"].includes(tokens[j]?.pos ?? "")) j++;
    // A person at the phrase's head speaks for it: "said Senate Republican Whip John Thune" is
    // Thune, "said Trump lawyer Rudy Giuliani" Giuliani. Else a name opening it ("said Trump on
    // Monday", "said CNN Polling Director Keating Holland", whom no one knows), else the head.
    const last = tokens[j - 1];
    const head = j > i && last ? mentionEndingAt.get(last.end) : undefined;
    const headName = head && head.start >= t.start && ctx.entityTypes.get(head.id) !== "location" ? head : undefined;
    const named = headName && ctx.entityTypes.get(headName.id) === "person" ? headName : (mentionStartingAt.get(t.start) ?? headName);
    if (named) return { speaker: named.id, speakerMention: { start: named.start, end: named.end } };
    if (!last || j === i || !["NOUN", "PROPN"].includes(last.pos)) return null;
    return { speaker: null, speakerMention: { start: t.start, end: last.end } };
  }

  /** A mention of someone who can speak: a person or an organization. */
  function speaks(m: Mention | undefined): m is Mention {
    return m !== undefined && ["person", "organization"].includes(ctx.entityTypes.get(m.id) ?? "");
  }

  /** he/she: the more recent of the last speaker and the last sentence subject who fits it (no man is "she"); they: the last organization or country that spoke. */
  function resolvePronoun(word: string, offset: number): string | null {
    const reach = sentenceIndexAt(offset) - PRONOUN_REACH;
    const recent = (list: { offset: number; id: string }[], want: (id: string) => boolean) => {
      for (let i = list.length - 1; i >= 0; i--) {
        const e = list[i] as { offset: number; id: string };
        if (e.offset >= offset) continue;
        if (sentenceIndexAt(e.offset) < reach) return null;
        if (want(e.id)) return e;
      }
      return null;
    };
    const isPerson = (id: string) => ctx.entityTypes.get(id) === "person" && fitsPronoun(ctx.genders.get(id), word);
    if (PLURAL.has(word) || word.toLowerCase() === "we") return recent(speakerHistory, (id) => ctx.entityTypes.get(id) !== "person")?.id ?? null;
    const speaker = recent(speakerHistory, isPerson);
    const subject = recent(subjectHistory, isPerson);
    if (speaker && subject) return (subject.offset > speaker.offset ? subject : speaker).id;
    return (speaker ?? subject)?.id ?? null;
  }

  /** The headline's subject: a person or organization opening it, or named right before a colon ("A lesson from Loretta Lynch: '…'"). */
  function headlineSpeaker(title: Span): Mention | null {
    const inTitle = ctx.mentions.filter((m) => m.start >= title.start && m.end <= title.end && speaks(m));
    const opening = inTitle.find((m) => m.start - title.start <= 2);
    const beforeColon = inTitle.find((m) => /^\s*:/.test(text.slice(m.end, m.end + 3)));
    return opening ?? beforeColon ?? null;
  }

  // ---- direct quotes and their attribution

  /** A quote that is a statement in its own right, not a few words quoted inside a sentence. */
  function isFullQuote(span: QuoteSpan): boolean {
    if (span.continues) return true;
    const paragraph = paragraphs[span.paragraph];
    const before = text.slice(paragraph?.start ?? 0, span.start).replace(/["“”'‘’«„]+$/, "").trimEnd();
    // At the start of a paragraph or sentence, or introduced: "X said:", "X said,".
    if (!before || /[:,.!?]$/.test(before)) return true;
    // A quote right after a previous quote's close ("…" "…") in scraped paragraphs.
    return /["”]$/.test(before);
  }

  /** "…," X said / "…," said X: a cue right after the quote, in the sentence the quote ends in. */
  function cueAfter(span: QuoteSpan): Cue | undefined {
    const endSentence = sentenceIndexAt(span.end);
    const next = doubles.find((q) => q.start > span.end);
    return cues.find((c) => {
      const t = tokens[c.token] as Token;
      if (t.start < span.end || (next && t.start > next.start)) return false;
      if (c.sentence !== endSentence && c.sentence !== endSentence + 1) return false;
      // "….” Now NBC News reports that …": a cue with a clause of its own does not close a quote.
      if (tokenText(c.token + 1).toLowerCase() === "that") return false;
      const gap = text.slice(span.end, t.start);
      // Close after the quote, or a speaker named right after it and described at length before the verb.
      const near = gap.length < 60 || (c.speakerMention !== null && c.speakerMention.start - span.end < 30);
      return near && !/[.!?]\s*$/.test(text.slice(span.end, span.end + 1)) && !/\n/.test(gap);
    });
  }

  /** "“…” ― Pamela Padilla": a quote signed with a dash and a name. */
  function signedBy(span: QuoteSpan): Cue | undefined {
    const after = /^[”"'’.,\s]*[―—–]\s*/.exec(text.slice(span.end, span.end + 8));
    if (!after) return undefined;
    const at = span.end + after[0].length;
    const named = mentionStartingAt.get(at);
    const i = tokenIndexAt(at);
    if (!named && !/^\p{Lu}/u.test(text[at] ?? "")) return undefined;
    const end = named?.end ?? (tokens[i]?.end ?? at);
    return { token: i, sentence: sentenceIndexAt(at), lemma: "sign", speaker: named?.id ?? null, speakerMention: { start: at, end }, according: false };
  }

  /** X said: "…" — the last cue before the quote, after the previous quote, in the same paragraph. */
  function cueBefore(span: QuoteSpan): Cue | undefined {
    const paragraph = paragraphs[span.paragraph];
    const prev = [...doubles].reverse().find((q) => q.end < span.start && q.paragraph === span.paragraph);
    const from = Math.max(paragraph?.start ?? 0, prev?.end ?? 0);
    const candidates = cues.filter((c) => {
      const t = tokens[c.token] as Token;
      return t.start >= from && t.start < span.start;
    });
    if (candidates.length || from !== paragraph?.start) return candidates[candidates.length - 1];
    // "Caddell continued:" closing the paragraph before.
    const before = paragraphs.slice(0, span.paragraph).reverse().find((p) => p.boilerplate === null);
    if (!before || !/:\s*$/.test(text.slice(before.start, before.end))) return undefined;
    return [...cues].reverse().find((c) => (tokens[c.token] as Token).start >= before.start && (tokens[c.token] as Token).start < before.end);
  }

  /** The quote paragraph comes right after a paragraph with a statement (boilerplate between does not count). */
  function followsStatement(previousParagraph: number, paragraph: number): boolean {
    for (let p = paragraph - 1; p > previousParagraph; p--) if (paragraphs[p]?.boilerplate === null) return false;
    return true;
  }

  // ---- reported speech

  /** The reported clause: after the verb (and its listener, and "that"), or before ", X said". */
  function reportedContent(cue: Cue, s: Sentence): Span | null {
    const t = tokens[cue.token] as Token;
    let i = cue.token + 1;
    if (cue.according) {
      // "according to X, CONTENT" or "CONTENT, according to X".
      const np = cue.speakerMention;
      const after = np ? tokens.findIndex((x, j) => j >= i && x.start >= np.end) : -1;
      if (after > 0 && tokenText(after) === ",") return clause(after + 1, s.endToken);
      return clause(s.firstToken, cue.token);
    }
    if (NEEDS_PARTICLE[cue.lemma]) i++; // "out"
    if (LISTENER_FIRST.has(cue.lemma)) {
      const np = nounPhraseAt(i, s) ?? (["PRON"].includes(tokens[i]?.pos ?? "") ? { speakerMention: { start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 } } : null);
      if (np?.speakerMention) while (i < s.endToken && (tokens[i] as Token).end <= np.speakerMention.end) i++;
    }
    // "said in response that …", "said on Thursday that …": the clause starts after "that" (which
    // wink-nlp tags a pronoun in "claims that he …"; "said that was wrong" keeps it).
    for (let j = i; j < Math.min(i + 6, s.endToken); j++) {
      const clauseFollows = j === i && !["VERB", "AUX"].includes(tokens[j + 1]?.pos ?? "");
      if (tokenText(j).toLowerCase() === "that" && (tokens[j]?.pos === "SCONJ" || clauseFollows)) {
        i = j + 1;
        break;
      }
    }
    if (/^[:]/.test(tokenText(i)) || (/^["“]$/.test(tokenText(i)) && doubles.some((q) => q.start === (tokens[i]?.end ?? -1) && isFullQuote(q)))) return null;
    // Inverted, "…, said Brian Baker, a longtime adviser": what was said comes before; "…, said
    // Ivanka Trump's statement didn't …" is no speaker after the verb but what was said.
    const mention = cue.speakerMention;
    const inverted = mention !== null && mention.start >= t.end && /^[,'’"”]+$/.test(tokenText(cue.token - 1)) && /^\s*(?:[,.;:!?(—–-]|$)/.test(text.slice(mention.end, mention.end + 2));
    if (inverted) return clause(s.firstToken, cue.token);
    const after = clause(i, s.endToken);
    if (after) return after;
    // The verb ends the sentence ("…, sources said.", "…, he said in a statement."): the content is what came before.
    const rest = tokens.slice(cue.token + 1, s.endToken);
    if (rest.length > 6 || rest.some((x) => x.pos === "VERB")) return null;
    const subjectStart = cue.speakerMention?.start ?? t.start;
    const end = tokens.findIndex((x, j) => j >= s.firstToken && x.start >= subjectStart);
    return clause(s.firstToken, end < 0 ? cue.token : end);
  }

  /** Tokens [from, to) of a sentence as a span, stripped of edge punctuation; null if it says nothing. */
  function clause(from: number, to: number): Span | null {
    while (from < to && /^[,;:\-–—]$/.test(tokenText(from))) from++;
    while (to > from && /^[,.;:!?\-–—]$/.test(tokenText(to - 1))) to--;
    if (to - from < 2) return null;
    const hasVerb = tokens.slice(from, to).some((x) => x.pos === "VERB" || x.pos === "AUX");
    const hasQuote = doubles.some((q) => q.start >= (tokens[from]?.start ?? 0) && q.end <= (tokens[to - 1]?.end ?? 0)) || ctx.quoteSpans.some((q) => q.single && q.start >= (tokens[from]?.start ?? 0) && q.end <= (tokens[to - 1]?.end ?? 0));
    if (!hasVerb && !hasQuote) return null;
    return { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end };
  }

  function quotedWithin(span: Span): boolean {
    return ctx.quoteSpans.some((q) => q.start >= span.start && q.end <= span.end);
  }

  // ---- assembling a statement: targets, stance, date

  function makeQuote(start: number, end: number, kind: "direct" | "indirect", speaker: string | null, speakerMention: Span | null, cueToken: number | null, head: Quote | null): Quote {
    const sentenceIndex = sentenceIndexAt(start);
    const cueSentence = cueToken !== null ? sentenceIndexAt((tokens[cueToken] as Token).start) : sentenceIndex;
    const cueSpan = sentences[cueSentence] as Sentence;
    const targets = new Map<string, Span>();
    const addTarget = (id: string, at: Span) => {
      if (id !== speaker && !targets.has(id)) targets.set(id, at);
    };
    // Named in the words themselves.
    for (const m of ctx.mentions) if (m.start >= start && m.end <= end) addTarget(m.id, m);
    // Pronouns inside the words: him/he -> the last other person before; them/they -> what was named in the sentence before.
    for (const p of pronounsIn(start, end, speaker)) {
      const id = p.id;
      if (id) {
        addTarget(id, p);
        pronouns.push({ start: p.start, end: p.end, id, via: "pronoun" });
      }
    }
    // Named in the attribution ("hit out at the … Russian president", "praised Trump, calling him …"); a headline has none.
    for (const m of cueToken === null ? [] : ctx.mentions) {
      if (m.start < cueSpan.start || m.end > cueSpan.end || (m.start >= start && m.end <= end) || insideQuote(m.start)) continue;
      if (speakerMention && m.start >= speakerMention.start && m.end <= speakerMention.end) continue;
      if (m.start < (cueToken !== null ? (tokens[cueToken] as Token).start : start) && kind === "indirect") continue;
      addTarget(m.id, m);
    }
    if (!targets.size && head) for (const id of head.about) addTarget(id, { start, end });
    const cueScore = cueToken !== null ? cueStance(cueSpan, start) : 0;
    // In reported speech the quoted words are the speaker's own: they carry the stance when there are any.
    const quotedParts = kind === "indirect" ? ctx.quoteSpans.filter((q) => q.start >= start && q.end <= end) : [];
    const score = (a: number, b: number) => {
      const parts = quotedParts.filter((q) => q.start >= a && q.end <= b);
      if (!parts.length) return scoreStance(ctx.stance, text, tokens, a, b);
      return parts.reduce((sum, q) => sum + scoreStance(ctx.stance, text, tokens, q.start, q.end), 0);
    };
    const stance: Record<string, Stance> = {};
    for (const [id, at] of targets) {
      const region = clauseAround(at, start, end);
      const inRegion = score(region.start, region.end);
      // The attributing verb colours its object ("criticized Zelensky, arguing that he should have negotiated with Putin"), not every name after it.
      const objectOfCue = at.start < start || at.start >= end || !/\s\S+\s/.test(text.slice(start, at.start));
      stance[id] = toStance((inRegion === 0 ? score(start, end) : inRegion) + (objectOfCue ? cueScore : 0));
    }
    const quote: Quote = {
      id: `${ctx.docId}#${start}-${end}`,
      speaker,
      speakerMention,
      text: text.slice(start, end),
      start,
      end,
      kind,
      cue: cueToken !== null ? tokenText(cueToken) : null,
      about: [...targets.keys()],
      stance,
      date: head ? null : statedDate(cueSpan, start, end),
      sentence: { start: Math.min(cueSpan.start, (sentences[sentenceIndex] as Sentence).start), end: Math.max(cueSpan.end, (sentences[sentenceIndexAt(Math.max(start, end - 1))] as Sentence).end) },
    };
    if (quote.date !== null) stated.add(quote);
    return quote;
  }

  /** Pronouns inside a statement's words, resolved against what was said just before it. */
  function pronounsIn(start: number, end: number, speaker: string | null): (Span & { id: string | null })[] {
    const found: (Span & { id: string | null })[] = [];
    for (let i = tokenIndexAt(start); i < tokens.length && (tokens[i] as Token).end <= end; i++) {
      const t = tokens[i] as Token;
      const word = tokenText(i);
      if (OBJECT_PRONOUNS.has(word) || word === "him") {
        const before = ctx.mentions.filter((m) => m.end <= t.start && ctx.entityTypes.get(m.id) === "person" && !isBoilerplate(m.start));
        // The speaker does not say "he" of themselves: the last other person named before.
        const last = [...before].reverse().find((m) => m.id !== speaker && fitsPronoun(ctx.genders.get(m.id), word) && m.start >= (sentences[Math.max(0, sentenceIndexAt(start) - 3)]?.start ?? 0));
        found.push({ start: t.start, end: t.end, id: last?.id ?? null });
      } else if (PLURAL.has(word)) {
        const prevSentence = sentences[sentenceIndexAt(start) - 1];
        const named = ctx.mentions.filter((m) => prevSentence && m.start >= prevSentence.start && m.end <= prevSentence.end && ["country", "organization"].includes(ctx.entityTypes.get(m.id) ?? ""));
        for (const m of named) found.push({ start: t.start, end: t.end, id: m.id });
      }
    }
    return found;
  }

  /** The stretch of a statement around one target: the clause between commas, semicolons or "but". */
  function clauseAround(at: Span, start: number, end: number): Span {
    if (at.start < start || at.end > end) return { start, end };
    const before = text.slice(start, at.start);
    const after = text.slice(at.end, end);
    // "…, and said he trusts Putin": a second reported clause is its own stretch.
    const andSaid = (s: string) => s.search(/ and (?:said|says|added|insisted|claimed|suggested|noted|warned)\b/);
    const lastAndSaid = [...before.matchAll(/ and (?:said|says|added|insisted|claimed|suggested|noted|warned)\b/g)].pop()?.index ?? -1;
    const cutBefore = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(". "), before.lastIndexOf(" but "), lastAndSaid);
    const afterCuts = [after.indexOf(", "), after.indexOf("; "), after.indexOf(". "), after.indexOf(" but "), andSaid(after)].filter((x) => x >= 0);
    return { start: cutBefore >= 0 ? start + cutBefore + 1 : start, end: afterCuts.length ? at.end + Math.min(...afterCuts) : end };
  }

  /** The colour the attributing verbs give a statement: "praised", "accused", "mocked … saying". */
  function cueStance(s: Sentence, contentStart: number): number {
    let score = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i] as Token;
      if (t.start >= contentStart && t.start < s.end && contentStart > s.start) break;
      if (t.pos === "VERB" && !insideQuote(t.start)) score += cueWeight(ctx.stance, t.lemma);
    }
    return score;
  }

  /** A date the attribution states ("on Thursday", "on Jan. 31"), or a profile quote's venue line gives. */
  function statedDate(s: Sentence, start: number, end: number): IsoDate | null {
    const sentenceText = text.slice(s.start, s.end);
    // What was said was said by the time it was published: a later date ("the 2020 election" in a
    // 2019 article) is what the words are about, not when they were spoken.
    const said = (d: DateMention) => ctx.published === null || d.date <= ctx.published;
    const dates = findDates(sentenceText, ctx.published, { tense: "past" }).filter((d) => !insideQuote(s.start + d.start) && said(d));
    // A date in the attribution; else a day named in reported words ("hit out at … on Thursday night").
    const stated = dates.find((d) => !(s.start + d.start >= start && s.start + d.start < end)) ?? dates.find((d) => d.precision === "day");
    if (stated) return stated.date;
    // A profile's key quote is followed by its venue and date: "Truth Social post May 1, 2025 — …".
    if (ctx.kind === "profile") {
      const paragraph = paragraphs.findIndex((p) => p.start <= start && start < p.end);
      const next = paragraphs[paragraph + 1];
      if (next) {
        const venue = findDates(text.slice(next.start, next.end), ctx.published, { tense: "past" })[0];
        if (venue && venue.precision === "day" && said(venue)) return venue.date;
      }
    }
    return null;
  }

  // ---- positions in the text

  function sentenceIndexAt(offset: number): number {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as Sentence).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** One statement per span: a cue that also produced a direct quote over the same words is not counted twice. */
function dedupe(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.start}-${q.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
