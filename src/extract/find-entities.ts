// Finds the people, countries, organizations and places a document names, and every place it
// names them: known names from the lexicon, new names by their shape (a given name and a
// surname, an honorific or a title before a name, an organization word at the end), surnames
// after a full name, capitals that act for their state, and role phrases ("the Russian
// president") resolved through titles in the document and the office holders of the day.
import type { AnalyzedText, Paragraph } from "../schema/document.js";
import type { Entity, EntityType, Fact, IsoDate, Span } from "../schema/extraction.js";
import type { Lexicon, LexiconEntry } from "./build-lexicon.js";
import { genderOfName, isGivenName } from "../kb/given-names.js";
import type { Gender } from "../schema/knowledge-base.js";
import { honorificGender, pronounGender } from "./gender.js";
import { normalizeRole } from "../kb/office-holders.js";
import { isVocabularyWord } from "../text/analyze-text.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { editDistance } from "../text/edit-distance.js";
import { foldName, glued, isCapitalised, nameKey, tokenizeWords, type Word } from "./words.js";

export type MentionVia = "name" | "surname" | "demonym" | "metonym" | "role" | "pronoun";

export interface Mention {
  start: number;
  end: number;
  id: string;
  via: MentionVia;
}

/** Who held an office on a date, from the knowledge base: (role noun, country or organization id, date) -> person id. */
export type RoleResolver = (role: string, of: string | null, date: IsoDate | null) => string | null;
/** Whether the offices the knowledge base knows of a person all ended long before a date: (person id, date) -> yes or no. */
export type LongOutOfOffice = (personId: string, date: IsoDate) => boolean;

export interface EntityContext {
  analyzed: AnalyzedText;
  lexicon: Lexicon;
  published: IsoDate | null;
  authors: string[];
  resolveRole: RoleResolver;
  longOutOfOffice: LongOutOfOffice;
  /** A transcript's speaker labels ("PENCE", "AMY GOODMAN"): each names a person. */
  speakerLabels: Span[];
}

export interface FoundEntities {
  entities: Entity[];
  mentions: Mention[];
  facts: Fact[];
  /** The people whose gender is known: from the knowledge base, their given name or an honorific ("Ms Hewitt"). */
  genders: Map<string, Gender>;
}

const HONORIFICS = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Prof", "Rev", "Pope", "Senator", "Governor", "Congressman", "Congresswoman", "President", "Chancellor", "Premier", "Ambassador", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Speaker", "Secretary", "Minister", "Mayor", "Sheikh", "Ayatollah", "Chairman", "Chairwoman", "Director", "Commissioner", "Leader", "Whip"]);
const PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "du", "al", "bin", "ibn", "le", "la", "del", "dos"]);
const NOT_NAMES = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "I", "It", "He", "She", "They", "We", "You", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "But", "And", "Or", "If", "In", "On", "At", "As", "By", "For", "From", "To", "Of", "With", "After", "Before", "When", "While", "Since", "Despite", "Following", "According", "Read", "Watch", "Listen", "More", "News", "Picture", "Photo", "Image", "Getty", "Images", "Video", "Live", "Update", "Breaking", "Opinion", "Analysis", "Former", "Acting", "Deputy", "Vice", "General", "Secretary", "Minister", "President", "Prime", "Chancellor", "Senator", "Governor", "Ambassador", "Spokesman", "Spokeswoman", "Chairman", "Director", "Chief", "Head", "Leader", "Speaker"]);
const ORG_WORDS = /^(Coalition|Party|Committee|Council|Institute|Institution|Foundation|Agency|Association|Union|Organi[sz]ation|Commission|Bank|University|College|Corporation|Company|Corp|Inc|Ltd|Group|Ministry|Department|Bureau|Service|Services|Court|Parliament|Assembly|Congress|Senate|Times|Post|News|Network|Press|Herald|Journal|Tribune|Broadcasting|Television|Radio|Network|Fund|Alliance|Federation|League|Movement|Front|Programme|Program|Center|Centre|Initiative|Project|Society|Club|Board|Authority|Administration|Cabinet|Campaign|Caucus|Cathedral|Mosque|Synagogue|School|Academy|Hospital|Clinic|Museum|Embassy|Laboratory)$/;
/** Words that end a place's name, never a person's. */
const PLACE_WORDS = /^(County|Parish|Township|Borough|City|Street|Avenue|Road|Boulevard|Square|Airport|Station|Island|Islands|Valley|River|Mountains|Bay)$/;
/** Punctuation that ends a name's run of words: a comma, colon, semicolon, bracket or quotation mark. */
const CLAUSE_PUNCTUATION = /[,;:()[\]"“”]/;
const ORG_INNER = new Set(["of", "and", "for", "the", "&", "on"]);
const PREPOSITIONS = new Set(["in", "to", "from", "at", "near", "into", "outside", "across", "around", "via", "through", "of", "toward", "towards", "inside", "over", "visit", "visited", "visiting", "left", "leaving", "reached"]);
/** Role nouns that name an office in running text ("the Russian president"). */
const ROLE_NOUNS = ["president", "prime minister", "leader", "chancellor", "premier", "foreign minister", "foreign secretary", "defence secretary", "defense secretary", "defence minister", "defense minister", "secretary of state", "secretary general", "secretary-general", "vice president", "governor", "senator", "congressman", "congresswoman", "mayor"];
/** Titles in the document that a role noun names besides its own: "the leader" is the one titled President, "the congressman" the one titled Rep. */
const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  leader: ["leader", "president", "prime minister", "chancellor"],
  congressman: ["congressman", "representative"],
  congresswoman: ["congresswoman", "representative"],
};
/** The honorific or title a mention may begin with, and the space after it. */
const HONORIFIC_HEAD = new RegExp(String.raw`^(?:${[...HONORIFICS].join("|")})\.?[ \t]+(?=\p{Lu})`, "u");
/** Abbreviated titles, written out as the role they state: "Gov. Chris Christie" is a governor. */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = { "Gov.": "Governor", "Sen.": "Senator", "Rep.": "Representative" };

/** "prime minister" -> "[Pp]rime [Mm]inister": headlines capitalise role nouns, running text does not. */
function anyCaseInitials(phrase: string): string {
  return phrase.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);
}

/** A role noun right before a surname, on its line: "President Trump", "Prime Minister May", "President-elect Trump". */
const TITLE_BEFORE_SURNAME = new RegExp(String.raw`\b(${ROLE_NOUNS.map(anyCaseInitials).join("|")})(?:-elect)?[ \t]+$`, "u");

/** Titles that stand before a name and state an office ("Russian President Vladimir Putin"). */
const TITLE = /(?:^|\s)((?:(?:Former|Acting|Deputy|Vice)\s+)?(?:President|Prime Minister|Chancellor|Premier|Secretary[- ]General|Secretary of (?:State|Defen[cs]e|the [A-Z][a-z]+)|(?:Foreign|Defen[cs]e|Home|Interior|Finance|Health|Justice|Trade|Energy) (?:Minister|Secretary)|Secretary|Minister(?: of [A-Z][a-z]+)?|Senator|Governor|Congressman|Congresswoman|Representative|Mayor|Gov\.|Sen\.|Rep\.|Ambassador|Spokesman|Spokeswoman|Speaker|King|Queen|Leader|Chief of Staff|Attorney General|National Security Adviser|Vice President))\s+$/;

/** Words of a title in a transcript's speaker label besides the honorifics ("HOUSE MAJORITY WHIP STEVE SCALISE"). */
const LABEL_TITLES = new Set(["Press", "House", "Senate", "Vice", "Deputy", "Former", "Acting", "Chief", "Majority", "Minority", "Whip", "Leader", "News"]);

/** Letters a first name may differ by from a known person's and still be theirs, misspelt ("Valadimir", "Vladamir"). */
const MISSPELT_LETTERS = 2;
/** Words after a bare surname that a pronoun telling its gender may come within. */
const GENDER_REACH = 12;
const SUBJECT_OR_REFLEXIVE = new Set(["he", "she", "himself", "herself"]);
const ARTICLES = new Set(["the", "a", "an"]);
/** What may stand between a name and its restatement on a name card: a given name, a nickname in brackets. */
const CARD_BETWEEN = /^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:\(\p{Lu}\p{Ll}+\)[ \t]+)?$/u;

export function findEntities(ctx: EntityContext): FoundEntities {
  const { analyzed, lexicon } = ctx;
  const text = analyzed.text;
  const words = tokenizeWords(text);
  const taken = new Array<boolean>(words.length).fill(false);
  const mentions: Mention[] = [];
  const fresh = new Map<string, { type: EntityType; name: string }>();
  const ambiguousMentions: Mention[] = [];
  /** Per surname, the gender its bare uses tell across the document (documentGender). */
  const documentGenders = new Map<string, Gender | null>();
  const posAt = posLookup(analyzed);

  const spanText = (i: number, j: number) => text.slice(words[i]?.start ?? 0, words[j]?.end ?? 0);
  // Step 1 looks up every run of up to maxWords words: build their keys from per-word pieces.
  const wordKeys = words.map((w) => foldName(w.text));
  const gapKeys = words.map((w, i) => foldName(text.slice(w.end, words[i + 1]?.start ?? w.end)));
  const lineBreaksBefore = [0];
  for (let i = 0; i < words.length; i++) lineBreaksBefore.push((lineBreaksBefore[i] ?? 0) + (hasLineBreak(text, words[i]?.end ?? 0, words[i + 1]?.start ?? 0) ? 1 : 0));
  const claim = (i: number, j: number, id: string, via: MentionVia, start = words[i]?.start ?? 0) => {
    for (let k = i; k <= j; k++) taken[k] = true;
    mentions.push({ start, end: words[j]?.end ?? 0, id, via });
  };
  // Words joined only by spaces (or a hyphen inside a form like G-7) on one line.
  const joinable = (i: number, j: number) => lineBreaksBefore[j] === lineBreaksBefore[i];
  // The next word of a name: after a space, a hyphen or an abbreviation's full stop ("Mr. Trump"), not across other punctuation.
  // A full stop joins only after an initial or an abbreviated title: "Chris Stevens. Trump" is two sentences.
  const nextInName = (i: number) => {
    const gap = gapAfter(i);
    if (/^([ \t]+|-)$/.test(gap)) return true;
    const word = words[i]?.text ?? "";
    return /^\.[ \t]+$/.test(gap) && (word.length === 1 || HONORIFICS.has(word));
  };

  knownNames();
  newFullNames();
  // Surnames this document gives to someone the knowledge base does not know, in a full name step 4
  // reads: their bare uses are that person's ("Rep. Devin Nunes … Mr. Nunes said" is not Aloysio Nunes).
  const borneByOthers = new Set<string>();
  for (let i = 1; i < words.length; i++) if (!taken[i] && afterGivenName(i)) borneByOthers.add(nameKey((words[i] as Word).text));
  // 3. Surnames (and Mr/President + surname) of people named in full here or in the knowledge base.
  surnamePass();
  titledNames();
  surnamePass();
  organizationsByLastWord();
  speakerLabelPeople();

  // Ambiguous forms ("Georgia") count only when the document names that entity another way.
  const named = new Set(mentions.map((m) => m.id));
  mentions.push(...ambiguousMentions.filter((m) => named.has(m.id)));

  const facts = [...titleFacts(), ...affiliationFacts()];
  mentions.push(...roleMentions(facts));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities = assembleEntities();
  const genders = new Map<string, Gender>();
  for (const e of entities) {
    const gender = e.type === "person" ? genderOf(e.id) : null;
    if (gender) genders.set(e.id, gender);
  }
  return { entities, mentions, facts, genders };

  // ---- the steps, each its own function: V8 optimises, and after a deoptimisation compiles again,
  // one step at a time rather than the whole stage

  /** 1. Known names, longest first. */
  function knownNames(): void {
    for (let i = 0; i < words.length; i++) {
      if (taken[i] || !lexicon.initials.has((wordKeys[i] as string).charAt(0))) continue;
      const keys = [wordKeys[i] as string];
      for (let j = i + 1; j < Math.min(i + lexicon.maxWords, words.length) && lexicon.prefixes.has(keys[keys.length - 1] as string); j++) {
        keys.push(`${keys[keys.length - 1]}${gapKeys[j - 1]}${wordKeys[j]}`);
      }
      for (let n = keys.length; n >= 1; n--) {
        const j = i + n - 1;
        if (!joinable(i, j)) continue;
        // A form ending where a glued word goes on is part of that word ("Obama" of "ObamaCare").
        if (glued(words[j], words[j + 1])) continue;
        const entries = lexicon.forms.get(keys[n - 1] as string);
        const entry = entries?.[0];
        if (!entry) continue;
        const word = words[i] as Word;
        const next = words[j + 1];
        // "Jordan Peterson": a given name followed by a capitalised word is a person, not a country;
        // so is one after a given name ("Rep. Steve Israel").
        if (entry.type !== "person" && n === 1 && isGivenName(lexicon.givenNames.names, word.text) && next && isCapitalised(next.text) && joinable(i, j + 1)) break;
        if (entry.type !== "person" && n === 1 && afterGivenName(i)) break;
        if (entry.kind === "capital" && !actsAsState(i, j)) {
          const id = `location:${slug(entry.type === "country" ? word.text : entry.name)}`;
          fresh.set(id, { type: "location", name: spanText(i, j) });
          claim(i, j, id, "name");
        } else {
          const via = entry.kind === "demonym" ? "demonym" : entry.kind === "name" ? "name" : "metonym";
          if (entry.ambiguous) {
            for (let k = i; k <= j; k++) taken[k] = true;
            ambiguousMentions.push({ start: word.start, end: words[j]?.end ?? 0, id: entry.id, via });
          } else claim(i, j, entry.id, via);
        }
        i = j;
        break;
      }
    }
  }

  /**
   * 2. New full names: a given name and one to three more capitalised words; or a first name the
   * list lacks before a known surname ("Anderson Cooper", "Chelsea Clinton" are not Yvette or Bill).
   */
  function newFullNames(): void {
    for (let i = 0; i < words.length; i++) {
      if (taken[i]) continue;
      if (isGivenName(lexicon.givenNames.names, (words[i] as Word).text)) {
        const j = nameEnd(i + 1, i);
        if (j > i && !hyphenatedOnly(i, j)) addPerson(i, j);
      } else if (unlistedFirstName(i)) addPerson(i, i + 1);
    }
  }

  /** Words i to j joined by hyphens alone: a place ("Winston-Salem", "Charlotte-Mecklenburg"), where a person's name has a space ("Jean-Pierre Raffarin"). */
  function hyphenatedOnly(i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (gapAfter(k) !== "-") return false;
    return true;
  }

  /** 4. A title or honorific before a name nobody knows yet ("Ms Hewitt", "Sen. Cruz"), or a quote signed with it ("” ― Sonya Herrid"). */
  function titledNames(): void {
    for (let i = 0; i < words.length; i++) {
      // Titles stack ("NSA Director Gen. Keith Alexander"): the name follows the last ("Rep. King" is a name).
      if (taken[i] || !isNameWord(i) || (HONORIFICS.has((words[i] as Word).text) && /^\.[ \t]/.test(gapAfter(i)))) continue;
      const prev = words[i - 1];
      const titled = prev && HONORIFICS.has(prev.text) && joinable(i - 1, i);
      const signed = /["”’]\s*[―—]\s*$/.test(text.slice(Math.max(0, (words[i] as Word).start - 5), (words[i] as Word).start));
      if (!titled && !signed) continue;
      const j = nameEnd(i);
      if (j === i && borneByOthers.has(nameKey((words[i] as Word).text))) continue;
      if (j >= i && !ORG_WORDS.test((words[j] as Word).text)) addPerson(i, j, titled ? prev.start : undefined);
    }
  }

  /** 5. Organizations by their last word: "Faith and Freedom Coalition". */
  function organizationsByLastWord(): void {
    for (let i = 0; i < words.length; i++) {
      if (taken[i] || !isNameWord(i) || NOT_NAMES.has((words[i] as Word).text) || HONORIFICS.has((words[i] as Word).text) || /^Head$/.test((words[i] as Word).text)) continue;
      // The tail of a longer name whose head is already known ("Russia and Eurasia Programme").
      const before = words[i - 1];
      if (before && ORG_INNER.has(before.text) && taken[i - 2] && joinable(i - 2, i)) continue;
      let j = i;
      // Not across a clause's punctuation ("Apparently, Hofstra University" names the university
      // alone), nor into a second name after "and the" ("Walter Reed Hospital and the Mayo Clinic").
      while (j + 1 < words.length && !taken[j + 1] && joinable(j, j + 1) && !CLAUSE_PUNCTUATION.test(gapAfter(j)) && (isNameWord(j + 1) || ORG_INNER.has((words[j + 1] as Word).text))) {
        if (ORG_WORDS.test((words[j] as Word).text) && words[j + 1]?.text === "and" && words[j + 2]?.text === "the") break;
        j++;
      }
      while (j > i && !ORG_WORDS.test((words[j] as Word).text)) j--;
      if (j > i && ORG_WORDS.test((words[j] as Word).text)) {
        const name = spanText(i, j);
        const id = `organization:${slug(name)}`;
        fresh.set(id, { type: "organization", name });
        claim(i, j, id, "name");
        i = j;
      }
    }
  }

  /**
   * 6. A transcript's speaker labels: the person the document or the knowledge base knows by the
   * label or its end ("PENCE" after "Gov. Mike Pence", "PRESS SECRETARY SEAN SPICER"), else a new
   * person when the label reads as a name or speaks more than once; a newsletter's one-off section
   * head ("IMPEACHMENT WATCH:") is no one.
   */
  function speakerLabelPeople(): void {
    const labelCounts = new Map<string, number>();
    for (const label of ctx.speakerLabels) {
      const raw = text.slice(label.start, label.end);
      labelCounts.set(raw, (labelCounts.get(raw) ?? 0) + 1);
    }
    for (const label of ctx.speakerLabels) {
      if (mentions.some((m) => m.start === label.start && m.end === label.end)) continue;
      const found = speakerOfLabel(label, labelCounts);
      if (!found) continue;
      // A name read across the label's colon ("AMY GOODMAN: While the National Hurricane Center") was misread.
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k] as Mention;
        if (m.start < label.end && m.end > label.start) mentions.splice(k, 1);
      }
      mentions.push({ start: label.start, end: label.end, id: found, via: "name" });
    }
  }

  // ---- helpers that read the document state above

  /** Who a transcript's label names, as step 6 says; null for no one. */
  function speakerOfLabel(label: Span, labelCounts: ReadonlyMap<string, number>): string | null {
    const raw = text.slice(label.start, label.end);
    const labelWords = raw
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
      .split(/\s+/);
    for (let k = 0; k < labelWords.length; k++) {
      // The name after a title ("PRESS SECRETARY SEAN SPICER"), not the end of any phrase ("DEMS TO OBAMA").
      if (k > 0 && !isTitleWord(labelWords[k - 1] ?? "")) break;
      const name = labelWords.slice(k).join(" ");
      const id = namedHere(name) ?? lexicon.forms.get(nameKey(name))?.find((e) => e.type === "person" || e.type === "organization")?.id;
      if (id) return id;
    }
    const given = labelWords.findIndex((w) => isGivenName(lexicon.givenNames.names, w));
    if (given < 0 && (labelCounts.get(raw) ?? 0) < 2) return null;
    const name = labelWords.slice(Math.max(0, given)).join(" ");
    const id = `person:${slug(name)}`;
    if (!fresh.has(id)) fresh.set(id, { type: "person", name });
    return id;
  }

  /** A word of a title before a name: "Sen.", "Press", "Secretary", "President-Elect", "ABC News'". */
  function isTitleWord(word: string): boolean {
    const base = word.replace(/-Elect$/, "").replace(/\.$/, "");
    return HONORIFICS.has(base) || LABEL_TITLES.has(base) || /[.'’]$/.test(word);
  }

  /** The person named here whose name is `name`, or ends with it when it is one word ("Pence"). */
  function namedHere(name: string): string | undefined {
    const wanted = name.toLowerCase();
    const oneWord = !wanted.includes(" ");
    for (const m of mentions) {
      if (!m.id.startsWith("person:") && !m.id.startsWith("organization:")) continue;
      const full = (fresh.get(m.id)?.name ?? lexicon.byId.get(m.id)?.name ?? "").toLowerCase();
      if (full === wanted || (oneWord && full.endsWith(` ${wanted}`))) return m.id;
    }
    return undefined;
  }

  /** Whether word i ends a full name not yet read: a name word before it, after a title or a given name tagged a proper noun ("Rep. Devin Nunes"). */
  function afterGivenName(i: number): boolean {
    const prev = words[i - 1];
    if (!prev || taken[i - 1] || !isNameWord(i - 1) || NOT_NAMES.has(prev.text) || HONORIFICS.has(prev.text) || !/^[ \t]+$/.test(gapAfter(i - 1))) return false;
    const titled = HONORIFICS.has(words[i - 2]?.text ?? "") && nextInName(i - 2);
    return titled || (isGivenName(lexicon.givenNames.names, prev.text) && posAt(prev.start) === "PROPN");
  }

  /**
   * Whether word i is a first name the list lacks: a capitalised proper noun that is no English
   * word ("Team Trump", "Candidate Trump" are Trump) and no known surname ("Trump Jr"), opening a
   * name of two words whose second is a known person's surname, and neither part of that person's
   * name ("Le Pen", "Peña Nieto") nor a misspelling of their first name ("Valadimir Putin"), nor
   * of a full name given before, and standing as a name stands: not after an article, not
   * hyphenated to the words around it.
   */
  function unlistedFirstName(i: number): boolean {
    const word = words[i] as Word;
    const next = words[i + 1];
    const bearers = next && !taken[i + 1] ? lexicon.surnames.get(nameKey(next.text)) : undefined;
    if (!bearers || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || !/^[ \t]+$/.test(gapAfter(i))) return false;
    if (NOT_NAMES.has(word.text) || HONORIFICS.has(word.text) || lexicon.surnames.has(nameKey(word.text)) || isVocabularyWord(word.text)) return false;
    if ((i > 0 && isNameWord(i - 1) && nextInName(i - 1)) || posAt(word.start) !== "PROPN" || nameEnd(i + 1, i) !== i + 1) return false;
    // "the Dow Jones", "the Apostle Paul"; "out-Sandersing Sanders"; "Prayuth Chan-ocha": a name, if one, is not this.
    if (ARTICLES.has((words[i - 1]?.text ?? "").toLowerCase()) || /-$/.test(i > 0 ? gapAfter(i - 1) : "") || /^-/.test(gapAfter(i + 1))) return false;
    // "Eskelsen Garcia" after "Lily Eskelsen Garcia": the name this document gave in full.
    if (mentions.some((m) => m.id.startsWith("person:") && tokenizeWords(text.slice(m.start, m.end)).some((w) => w.text === word.text))) return false;
    const first = foldName(word.text).toLowerCase();
    return bearers.every((bearer) => {
      const names = tokenizeWords(foldName(bearer.name).toLowerCase()).map((w) => w.text);
      return !names.includes(first) && editDistance(first, names[0] ?? "", MISSPELT_LETTERS) > MISSPELT_LETTERS;
    });
  }

  function isNameWord(i: number): boolean {
    const w = words[i];
    return Boolean(w && isCapitalised(w.text) && !/^\d/.test(w.text));
  }

  /** Last word of a name whose words from i on are capitalised words, initials and particles (at most four); it began at `first`. */
  function nameEnd(i: number, first = i): number {
    let j = i - 1;
    while (j + 1 < words.length && j + 1 - i < 4 && !taken[j + 1] && (j < first || nextInName(j))) {
      const w = (words[j + 1] as Word).text;
      if (NOT_NAMES.has(w) || !(isNameWord(j + 1) || PARTICLES.has(w))) break;
      if (j > first && restartsName(j + 1)) break;
      j++;
    }
    while (j >= i && PARTICLES.has((words[j] as Word).text)) j--;
    return j;
  }

  /**
   * Whether word k, a given name after a surname, begins the same person's name again, as a name
   * card does: "Larry Kudlow Lawrence Alan Kudlow", "Dennis Ross Dennis Alan Ross". The surname must
   * come again, or "Sheila Jackson Lee" would be cut before "Lee".
   */
  function restartsName(k: number): boolean {
    const surname = words[k - 1]?.text ?? "";
    const given = words[k]?.text ?? "";
    if (!/^[ \t]+$/.test(gapAfter(k - 1)) || !isGivenName(lexicon.givenNames.names, given)) return false;
    if (/^\p{Lu}\.?$/u.test(surname)) return false;
    for (let later = k + 1; later <= k + 3 && joinable(k, later); later++) if (words[later]?.text === surname) return true;
    return false;
  }

  function gapAfter(i: number): string {
    return text.slice(words[i]?.end ?? 0, words[i + 1]?.start ?? 0);
  }

  function addPerson(i: number, j: number, start?: number) {
    const last = words[j] as Word;
    if (ORG_WORDS.test(last.text)) return;
    // "Shelby County", "Shelby County v. Holder": a place's name, or a case's, not a person's
    // ("Janet Street-Porter" is one).
    for (let k = i + 1; k <= j; k++) if (PLACE_WORDS.test((words[k] as Word).text) && gapAfter(k - 1) !== "-" && gapAfter(k) !== "-") return;
    const name = spanText(i, j);
    const known = lexicon.forms.get(nameKey(name))?.find((e) => e.type === "person") ?? withoutMiddleNames(i, j) ?? restated(i, j);
    const id = known?.id ?? `person:${slug(name)}`;
    if (!known) fresh.set(id, { type: "person", name });
    claim(i, j, id, "name", start);
  }

  /**
   * A full name with middle names ("Adam Bennett Schiff", "John Francis Kelly") is the person the
   * knowledge base, or this document already, knows by its first and last words.
   */
  function withoutMiddleNames(i: number, j: number): { id: string } | undefined {
    if (j - i < 2) return undefined;
    const short = `${(words[i] as Word).text} ${(words[j] as Word).text}`;
    const known = lexicon.forms.get(nameKey(short))?.find((e) => e.type === "person");
    if (known) return known;
    const id = `person:${slug(short)}`;
    return fresh.has(id) ? { id } : undefined;
  }

  /**
   * A name right after a person's with the same last word restates it in full, as a name card
   * does: "Larry Kudlow Lawrence Alan Kudlow", "Ed Perlmutter Edwin (Ed) George Perlmutter" (a given
   * name and a nickname may come between).
   */
  function restated(i: number, j: number): { id: string } | undefined {
    const before = mentions[mentions.length - 1];
    if (!before?.id.startsWith("person:") || !CARD_BETWEEN.test(text.slice(before.end, (words[i] as Word).start))) return undefined;
    return text.slice(before.start, before.end).endsWith(` ${(words[j] as Word).text}`) ? { id: before.id } : undefined;
  }

  /** Bare surnames: of a person named in full in this document (the nearest before, else the first after), else of a known person. */
  function surnamePass() {
    const full = new Map<string, Mention[]>();
    for (const m of mentions) {
      if (!m.id.startsWith("person:")) continue;
      const ws = tokenizeWords(text.slice(m.start, m.end)).filter((w) => !HONORIFICS.has(w.text));
      const last = ws[ws.length - 1];
      if (ws.length < 2 || !last) continue;
      const list = full.get(nameKey(last.text)) ?? [];
      list.push(m);
      full.set(nameKey(last.text), list);
    }
    const titled = new Map<string, Mention[]>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      // A surname glued to what follows is part of another word ("Obama" of "ObamaCare").
      if (taken[i] || !isNameWord(i) || NOT_NAMES.has(w.text) || glued(w, words[i + 1])) continue;
      const key = nameKey(w.text);
      const inDocument = full.get(key);
      if (inDoubleBarrel(i, key, inDocument ?? [])) continue;
      const heldBy = titledHolders(i, key, inDocument ?? []);
      // "President Trump" after "Melania Trump": the title picks the Trump who held that office.
      const id = heldBy.length === 1 ? (heldBy[0] ?? null) : inDocument?.length ? bearerNamedHere(i, key, inDocument, titled) : bearerKnownOnly(i, key);
      if (!id) continue;
      const prev = words[i - 1];
      const withHonorific = prev && HONORIFICS.has(prev.text) && joinable(i - 1, i) && !taken[i - 1];
      if (withHonorific) taken[i - 1] = true;
      claim(i, i, id, "surname", withHonorific ? prev.start : w.start);
      if (heldBy.length === 1) titled.set(key, [...(titled.get(key) ?? []), mentions[mentions.length - 1] as Mention]);
    }
  }

  /**
   * Whether word i, the surname `key`, is hyphenated to a word shaped like a name that is neither
   * part of a bearer's name, however misspelt ("Ocasio-Cortez", "Holtz-Eakin" after "Doug
   * Holtz-Eakin"), nor a known surname or name or its start ("Trump-Putin" and "Trump-Kim" name
   * two people, "Trump-Russia" and "Trump-GOP" one): a double-barrelled name nobody here bears
   * ("Cohen-Watnick", "Miller-Meeks") or a bill's ("Graham-Cassidy").
   */
  function inDoubleBarrel(i: number, key: string, inDocument: readonly Mention[]): boolean {
    const k = gapAfter(i) === "-" && isNameWord(i + 1) ? i + 1 : i > 0 && gapAfter(i - 1) === "-" && isNameWord(i - 1) ? i - 1 : -1;
    if (k < 0) return false;
    const word = (words[k] as Word).text;
    const partner = nameKey(word);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lexicon.surnames.has(partner) || lexicon.forms.has(partner) || lexicon.prefixes.has(partner)) return false;
    const names = [...(lexicon.surnames.get(key) ?? []).map((e) => e.name), ...inDocument.map((m) => text.slice(m.start, m.end))];
    return !names.some((name) => tokenizeWords(name).some((w) => editDistance(nameKey(w.text), partner, MISSPELT_LETTERS) <= MISSPELT_LETTERS));
  }

  /**
   * Which of the people named here in full a bare surname is. A bearer named by a title counts as
   * named: after "President Trump" and "Melania Trump", a bare "Trump" is not simply the only full
   * name's.
   */
  function bearerNamedHere(i: number, key: string, inDocument: Mention[], titled: ReadonlyMap<string, Mention[]>): string | null {
    const w = words[i] as Word;
    const bearers = [...new Set([...inDocument, ...(titled.get(key) ?? [])].map((m) => m.id))];
    // Of those, the ones of the gender the text tells, if it tells one ("Mrs. Trump", "Clinton … herself").
    const told = toldGender(i) ?? documentGender(key, bearers);
    const fitting = bearers.filter((bearer) => told === null || (genderOf(bearer) ?? told) === told);
    const candidates = fitting.length > 0 ? fitting : bearers;
    const named = inDocument.filter((m) => candidates.includes(m.id));
    const nearest = named.filter((m) => m.start < w.start).pop() ?? named[0];
    return (candidates.length === 1 ? candidates[0] : principalBearer(candidates)) ?? nearest?.id ?? candidates[0] ?? null;
  }

  /**
   * A surname known only from the knowledge base must read as a proper noun here ("May" the month
   * is not Theresa May), not as a place ("in Freeland, Michigan"); of several people with it, the
   * one knownBearer picks.
   */
  function bearerKnownOnly(i: number, key: string): string | null {
    const w = words[i] as Word;
    const known = knownBearer(lexicon.surnames.get(key) ?? []);
    const place = PREPOSITIONS.has(words[i - 1]?.text.toLowerCase() ?? "") && !/^['’]s/.test(text.slice(w.end, w.end + 2));
    const speaks = /^\s+(said|says|told|added|asked|wrote)\b/.test(text.slice(w.end, w.end + 8));
    return known && (posAt(w.start) === "PROPN" || speaks) && !place && !borneByOthers.has(key) ? known.id : null;
  }

  /**
   * Which of the people the knowledge base knows by one surname a bare use of it means: the only
   * one, or of several the only one who held office; but not one whose offices ended long before
   * the article (longOutOfOffice: "Cohen" in 2018 is not the secretary of defense of 1997, "Green"
   * in 2016 not Mexico's foreign minister of 1998). The date only rules out: that the one
   * officeholder is in office says nothing of the bearers the knowledge base gives no office
   * ("Fox" in 2017 is seldom Liam Fox).
   */
  function knownBearer(bearers: readonly LexiconEntry[]): LexiconEntry | null {
    const holders = bearers.filter((e) => lexicon.rolesHeld.has(e.id));
    const only = bearers.length === 1 ? bearers[0] : holders.length === 1 ? holders[0] : undefined;
    if (!only) return null;
    return ctx.published !== null && ctx.longOutOfOffice(only.id, ctx.published) ? null : only;
  }

  /**
   * The bearer a bare surname means when several people named here share it: the one who held an
   * office ("Trump" after "Melania Trump"), unless the document names another one more often,
   * who is then its subject (an interview of Hunter Biden); null, for the nearest full name, when
   * several held office or none did.
   */
  function principalBearer(ids: string[]): string | null {
    const holders = ids.filter((candidate) => lexicon.rolesHeld.has(candidate));
    const holder = holders[0];
    if (holders.length !== 1 || holder === undefined) return null;
    const named = new Map(ids.map((candidate) => [candidate, mentions.filter((m) => m.id === candidate).length]));
    const most = Math.max(...named.values());
    const subjects = ids.filter((candidate) => named.get(candidate) === most);
    return (named.get(holder) ?? 0) === most ? holder : subjects.length === 1 ? (subjects[0] ?? null) : null;
  }

  /**
   * The gender word i, a bare surname, is told by: its honorific ("Mrs. Clinton"), or the first
   * "he", "she", "himself" or "herself" after it in its sentence, before any other capitalised word
   * ("Clinton has struggled to defend herself", "Clinton said she"). An object or possessive ("Trump
   * attacked her record") is as often someone else, and so is a relative clause's subject ("Trump,
   * whom she called").
   */
  function toldGender(i: number): Gender | null {
    const byTitle = honorificGender(words[i - 1]?.text ?? "");
    return byTitle && joinable(i - 1, i) ? byTitle : pronounAfter(i);
  }

  /** The gender the first "he", "she", "himself" or "herself" after word i in its sentence tells, as toldGender reads it. */
  function pronounAfter(i: number): Gender | null {
    for (let k = i + 1; k < words.length && k <= i + GENDER_REACH && joinable(i, k); k++) {
      const word = (words[k] as Word).text;
      if (/[.!?;:"“”]/.test(gapAfter(k - 1)) || isNameWord(k)) return null;
      if (!SUBJECT_OR_REFLEXIVE.has(word)) continue;
      return /^(who|whom|that|which)$/i.test(words[k - 1]?.text ?? "") ? null : pronounGender(word);
    }
    return null;
  }

  /**
   * The gender the uses of a surname are told by across the document, when the pronouns after at
   * least two tell one and none the other: a debate article's "Clinton … herself", "Clinton if
   * she" make each bare "Clinton" Hillary's, though Bill is the Clinton named in full last. An
   * honorific ("Mr. Clinton") says whom its own use means, not whom the bare ones do.
   */
  function documentGender(key: string, bearers: string[]): Gender | null {
    const genders = new Set(bearers.map(genderOf));
    if (genders.size < 2) return null;
    let remembered = documentGenders.get(key);
    if (remembered === undefined) {
      const told = { female: 0, male: 0 };
      for (let k = 0; k < words.length; k++) {
        const gender = nameKey((words[k] as Word).text) === key && !glued(words[k] as Word, words[k + 1]) ? pronounAfter(k) : null;
        if (gender) told[gender]++;
      }
      remembered = told.female >= 2 && told.male === 0 ? "female" : told.male >= 2 && told.female === 0 ? "male" : null;
      documentGenders.set(key, remembered);
    }
    return remembered;
  }

  /** A person's gender: the knowledge base's, else told by the given name or an honorific this document names them with. */
  function genderOf(id: string): Gender | null {
    const known = lexicon.genders.get(id);
    if (known) return known;
    const made = fresh.get(id);
    if (made?.type !== "person") return null;
    const byName = genderOfName(lexicon.givenNames, made.name);
    if (byName) return byName;
    for (const m of mentions) {
      if (m.id !== id) continue;
      const byTitle = honorificGender(/^\p{L}+/u.exec(text.slice(m.start, m.end))?.[0] ?? "");
      if (byTitle) return byTitle;
    }
    return null;
  }

  /** Of the people who might bear the surname at word i, those the knowledge base has in the office its title names ("Vice President Biden"). */
  function titledHolders(i: number, surname: string, inDocument: Mention[]): string[] {
    const start = (words[i] as Word).start;
    const title = TITLE_BEFORE_SURNAME.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (!title) return [];
    const role = normalizeRole(title);
    // The bearers named here, then those the knowledge base knows; gathered only after a title.
    const candidates = new Set(inDocument.map((m) => m.id));
    for (const entry of lexicon.surnames.get(surname) ?? []) candidates.add(entry.id);
    return [...candidates].filter((id) => lexicon.rolesHeld.get(id)?.has(role));
  }

  /** A capital stands for its state when it acts or owns: "Moscow said", "Kyiv's fury", not "in Moscow". */
  function actsAsState(i: number, j: number): boolean {
    const prev = words[i - 1];
    if (prev && PREPOSITIONS.has(prev.text.toLowerCase())) return false;
    const after = text.slice(words[j]?.end ?? 0, (words[j]?.end ?? 0) + 3);
    if (/^['’]s\b/.test(after)) return true;
    const nextPos = posAt((words[j + 1] as Word | undefined)?.start ?? -1);
    return nextPos === "VERB" || nextPos === "AUX";
  }

  /** "Russian President Vladimir Putin", "US Secretary of Defence Pete Hegseth": the title is a dated fact. */
  function titleFacts(): Fact[] {
    const facts: Fact[] = [];
    const byStart = [...mentions].sort((a, b) => a.start - b.start);
    for (let k = 0; k < byStart.length; k++) {
      const m = byStart[k] as Mention;
      if (!m.id.startsWith("person:")) continue;
      const lineStart = text.lastIndexOf("\n", m.start) + 1;
      // A title the mention itself begins with ("Rep. Devin Nunes", "Sen. Cruz") counts as one before it.
      const nameStart = m.start + (HONORIFIC_HEAD.exec(text.slice(m.start, m.end))?.[0].length ?? 0);
      const before = text.slice(Math.max(lineStart, nameStart - 60), nameStart);
      const title = TITLE.exec(before);
      if (!title?.[1]) continue;
      const titleStart = nameStart - title[1].length - (before.length - before.trimEnd().length);
      // The country or organization named right before the title: "Belarus President", "NATO Secretary General".
      const owner = byStart.slice(0, k).reverse().find((o) => o.end <= titleStart && titleStart - o.end <= 3 && !o.id.startsWith("person:"));
      const ownerSpan = owner && /^[\s’'s]*$/.test(text.slice(owner.end, titleStart)) ? owner : undefined;
      // "Former U.S. President Donald Trump" held the office once, not on the day of writing.
      const titleFrom = ownerSpan?.start ?? titleStart;
      if (/\b(former|ex-?|then|late)\s*$/i.test(text.slice(Math.max(lineStart, titleFrom - 12), titleFrom)) || /^(former|acting|ex)/i.test(title[1])) continue;
      const label = ABBREVIATED_TITLES[title[1]] ?? title[1].replace(/\s+/g, " ");
      facts.push({
        subject: m.id,
        relation: "holds_role",
        object: ownerSpan?.id ?? label.toLowerCase(),
        label,
        date: ctx.published,
        start: ownerSpan?.start ?? titleStart,
        end: m.end,
      });
    }
    return facts;
  }

  /** "Timothy Ash, associate fellow at Chatham House", "Jason Miller, a senior adviser to the campaign of …": an apposition naming an organization. */
  function affiliationFacts(): Fact[] {
    const facts: Fact[] = [];
    const APPOSITION = /^,\s+((?:an?\s+|the\s+)?(?:[a-z][\p{L}-]*\s+){0,4}[a-z][\p{L}-]*\s+(?:at|of|for|with|to)\s+(?:the\s+)?)$/u;
    const ordered = [...mentions].sort((a, b) => a.start - b.start);
    ordered.forEach((m, k) => {
      if (!m.id.startsWith("person:")) return;
      const org = ordered.slice(k + 1, k + 3).find((o) => o.id.startsWith("organization:") && o.start - m.end < 70);
      const between = org ? text.slice(m.end, org.start) : "";
      const role = APPOSITION.exec(between);
      if (!org || !role?.[1]) return;
      facts.push({ subject: m.id, relation: "member_of", object: org.id, label: role[1].replace(/\s+(?:at|of|for|with|to)\s+(?:the\s+)?$/, "").replace(/^(?:an?|the)\s+/, "").trim(), date: ctx.published, start: m.start, end: org.end });
    });
    return facts;
  }

  /** Whether a title ("Prime Minister", "Gov.") states the role a role noun names: "Vice President" is no president, "Deputy Prime Minister" no prime minister. */
  function titleStates(label: string, role: string): boolean {
    const title = label.toLowerCase().replace(/-/g, " ");
    if (/^(?:vice|deputy)\s/.test(title) && !title.startsWith(role)) return false;
    return (ROLE_TITLES[role] ?? [role]).some((name) => title === name || title.endsWith(` ${name}`));
  }

  /** "the Russian president", "Ukraine's president", "the US president": through titles in this document, else office holders on the day. */
  function roleMentions(facts: Fact[]): Mention[] {
    const found: Mention[] = [];
    const ROLE = new RegExp(
      String.raw`\b(?:(the|The)\s+)?(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(['’]s)?\s+)?(${ROLE_NOUNS.map(anyCaseInitials).join("|")})\b(?!\s+\p{Lu})`,
      "gu",
    );
    for (let m = ROLE.exec(text); m; m = ROLE.exec(text)) {
      const [whole, article, ownerText, possessive, roleText] = m;
      // "the president", "Ukraine's president", "Russian president": a bare "president" names nobody.
      if (!roleText || (!article && !possessive && !ownerText)) continue;
      const role = roleText.toLowerCase().replace("-", " ");
      const ownerKey = ownerText ? nameKey(ownerText.replace(/^the\s+/i, "")) : null;
      const owner = ownerKey ? lexicon.forms.get(ownerKey)?.find((e) => e.type === "country" || e.type === "organization") : undefined;
      if (ownerText && !owner) {
        // Words before the role that own nothing may end a sentence ("spoke on Fox. The president
        // said"): the role phrase may start after them.
        ROLE.lastIndex = m.index + 1;
        continue;
      }
      const ownerId = owner?.id ?? null;
      const matching = facts.filter((f) => (f.object === ownerId || !ownerId) && titleStates(f.label, role));
      const people = [...new Set(matching.map((f) => f.subject))];
      const id = people.length === 1 ? (people[0] as string) : ownerId ? ctx.resolveRole(role, ownerId, ctx.published) : null;
      if (id) found.push({ start: m.index, end: m.index + whole.length, id, via: "role" });
    }
    return found;
  }

  function assembleEntities(): Entity[] {
    const byId = new Map<string, Mention[]>();
    for (const m of mentions) {
      const list = byId.get(m.id) ?? [];
      list.push(m);
      byId.set(m.id, list);
    }
    const lexiconEntry = (id: string): LexiconEntry | undefined => {
      for (const m of byId.get(id) ?? []) {
        const e = lexicon.forms.get(nameKey(text.slice(m.start, m.end)))?.find((x) => x.id === id);
        if (e) return e;
      }
      return undefined;
    };
    const authorKeys = new Set(ctx.authors.map(nameKey));
    const entities: Entity[] = [];
    for (const [id, ms] of byId) {
      const known = lexiconEntry(id) ?? lexicon.byId.get(id);
      const made = fresh.get(id);
      const type = (known?.type ?? made?.type ?? id.split(":")[0]) as EntityType; // ids are built from these four prefixes only
      const forms = [...new Set(ms.filter((m) => m.via !== "role" && m.via !== "pronoun").map((m) => text.slice(m.start, m.end).replace(/\s+/g, " ")))];
      const name = known?.name ?? made?.name ?? longest(forms);
      const inStory = ms.some((m) => !isCredit(m) && !inByline(m));
      entities.push({
        id,
        type,
        name,
        aliases: forms.filter((f) => f !== name).sort(),
        mentions: ms.map(({ start, end }) => ({ start, end })),
        role: inStory ? "actor" : authorKeys.has(nameKey(name)) || ms.some(inByline) ? "author" : "credit",
        wikidata: known?.wikidata ?? null,
      });
    }
    return entities.sort((a, b) => byCodeUnits(a.id, b.id));
  }

  function paragraphAt(offset: number): Paragraph | undefined {
    return analyzed.paragraphs.find((p) => p.start <= offset && offset < p.end);
  }
  function isCredit(m: Mention): boolean {
    const p = paragraphAt(m.start);
    if (!p?.boilerplate?.includes("credit")) return false;
    const line = text.slice(p.start, p.end);
    const offset = m.start - p.start;
    return /\([^()]*$/.test(line.slice(0, offset)) || /(picture|photo|credit|image)s?\s*:\s*[^:]*$/i.test(line.slice(0, offset));
  }
  function inByline(m: Mention): boolean {
    return paragraphAt(m.start)?.boilerplate === "byline";
  }
}

/** Whether text[from, to) holds a line break: asked of the gap after every word, so without a slice. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

/** POS of the wink-nlp token that starts at an offset, by binary search over the token starts. */
function posLookup(analyzed: AnalyzedText): (offset: number) => string | null {
  const tokens = analyzed.tokens;
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid];
      if (!t) return null;
      if (t.end <= offset) lo = mid + 1;
      else if (t.start > offset) hi = mid - 1;
      else return t.pos;
    }
    return null;
  };
}

export function slug(name: string): string {
  return nameKey(name)
    .toLowerCase()
    .replace(/['.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function longest(forms: string[]): string {
  return forms.reduce((a, b) => (b.length > a.length ? b : a), forms[0] ?? "");
}
