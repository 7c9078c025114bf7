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
    words.push({ start: m.index, end: m.index + value.length, text: value });
  }
  return words;
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
  // Most text is plain ASCII with single spaces: nothing to fold.
  if (/^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/.test(form)) return form;
  return form
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[‐‑–—]/g, "-")
    .replace(/\s+/g, " ");
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
