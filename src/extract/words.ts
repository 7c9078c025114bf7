// A word tokenizer for names: wink-nlp splits non-ASCII names ("Erdoğan") and keeps possessives
// on some words ("Kremlin's"), so entity matching cuts its own words, with offsets.
export interface Word {
  start: number;
  end: number;
  text: string;
}

// Initialisms (U.S., U.K.), single initials before a capitalised word (Donald J. Trump), and words
// with inner apostrophes (O'Brien); hyphens separate words so "Trump-Putin" gives both names.
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let value = m[0];
    // A possessive is not part of the name.
    if (/['’]s$/.test(value) && value.length > 2) value = value.slice(0, -2);
    let start = m.index;
    for (let seam = gluedSeam(value); seam > 0; seam = gluedSeam(value)) {
      words.push({ start, end: start + seam, text: value.slice(0, seam) });
      start += seam;
      value = value.slice(seam);
    }
    words.push({ start, end: start + value.length, text: value });
  }
  return words;
}

/**
 * Where two words were glued together by a scraper that dropped the space between a page's blocks
 * ("Adam Bennett SchiffWhite House won't…", a name card run into a headline): in a capitalised
 * word, a capital or a digit right after a capitalised part of three letters or more. The pieces
 * are words with nothing between them, so a form written as one word ("ExxonMobil", "TikTok")
 * still matches across the seam. Names that join a prefix to a capitalised rest ("MacKay",
 * "DelBene", "DesJarlais") keep it; the two-letter ones ("McCain", "DeSantis", "LaHood") are short
 * of three letters. 0: no seam.
 */
function gluedSeam(word: string): number {
  if (!mayBeGlued(word)) return 0;
  GLUED_SEAM.lastIndex = 0;
  for (let m = GLUED_SEAM.exec(word); m; m = GLUED_SEAM.exec(word)) {
    const part = m[1] ?? "";
    if (!JOINED_NAME_PREFIXES.has(part)) return m.index + part.length;
  }
  return 0;
}

/** A capitalised part of three letters or more (the apostrophe of "O'Rourke" inside it), then a capital or digit. */
const GLUED_SEAM = /(\p{Lu}(?:['’]\p{Lu})?\p{Ll}{2,})(?=[\p{Lu}\p{N}])/gu;
const JOINED_NAME_PREFIXES = new Set(["Mac", "Del", "Des", "Della", "Van", "Von", "Fitz", "Ben", "Abu", "San", "Dos"]);

/**
 * Whether the pattern need look: a capitalised word of four characters or more with a lower-case
 * ASCII letter before a capital or digit, or with other letters, which the pattern then decides.
 * Tokenizing meets every word of every text, and the pattern on each cost a third of it.
 */
function mayBeGlued(word: string): boolean {
  const first = word.charCodeAt(0);
  if (word.length < 4 || (first >= 0x61 && first <= 0x7a) || first < 0x41) return false;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 0x7f) return true;
    const before = word.charCodeAt(i - 1);
    if (((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) && before >= 0x61 && before <= 0x7a) return true;
  }
  return false;
}

/** Words written together with nothing between them: the pieces of one glued at a seam. */
export function glued(left: Word | undefined, right: Word | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** The key under which a name form is looked up: accents folded, quotes straightened, spaces collapsed. */
export function nameKey(form: string): string {
  return foldName(form).trim();
}

/**
 * nameKey without the trim. It works character by character and words hold no spaces, so the key
 * of words i..j is the folds of the words and of the gaps between them, concatenated.
 */
export function foldName(form: string): string {
  // Most text is plain ASCII, where folding only collapses spaces: most forms and the gaps
  // between words (" ") have nothing to fold.
  if (isPrintableAscii(form)) return form.includes("  ") ? form.replace(/ {2,}/g, " ") : form;
  return form
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[‐‑–—]/g, "-")
    .replace(/\s+/g, " ");
}

/** Letters, digits, punctuation and the space: what NFKD leaves alone and holds no mark, curly quote, dash or other space. */
function isPrintableAscii(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  // An ASCII letter or sign answers at once; the Unicode property is asked only beyond ASCII.
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return /^\p{Lu}/u.test(word);
}
