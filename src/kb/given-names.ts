// Loads the list of common given names (data/kb/given-names.json) and tells whether a word is one,
// so a capitalised word followed by another can be read as the start of a person's name, and
// which names women or men bear, so "she" can find its person. The loaded sets hold accent-folded
// forms: news writes "Francois" as often as "François".
import { readDataFile } from "./read-data-file.js";
import { z } from "zod";
import type { Gender } from "../schema/knowledge-base.js";

const GivenNamesFile = z.object({
  description: z.string(),
  names: z.array(z.string().min(1)),
  /** Names borne in news almost only by women, or by men; a name borne by both is in neither. */
  female: z.array(z.string().min(1)).default([]),
  male: z.array(z.string().min(1)).default([]),
});

export interface GivenNames {
  names: Set<string>;
  genders: Map<string, Gender>;
}

/** Letters that Unicode does not decompose into a base letter and a mark, spelled as English news spells them. */
const UNDECOMPOSED: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", Ð: "D", ı: "i",
  þ: "th", Þ: "Th", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ß: "ss", "’": "'",
};
const UNDECOMPOSED_CHAR = new RegExp(`[${Object.keys(UNDECOMPOSED).join("")}]`, "g");

/** The word without accents, so "Jérôme", "Jerome" and "Łukasz", "Lukasz" meet. */
function fold(word: string): string {
  // ASCII has nothing to fold, and most names are ASCII.
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(UNDECOMPOSED_CHAR, (c) => UNDECOMPOSED[c] ?? c);
}

/** The names in the file, accent-folded; the only I/O here. A gendered name must be one of the names. */
export function loadGivenNames(path: string): GivenNames {
  const file = readDataFile(path, GivenNamesFile, "given-names file");
  const names = new Set(file.names.map(fold));
  const genders = new Map<string, Gender>();
  for (const gender of ["female", "male"] as const) {
    for (const name of file[gender]) {
      const key = fold(name);
      if (!names.has(key)) throw new Error(`${path}: "${name}" is listed as ${gender} but not among the names`);
      // Spellings that fold alike (Adèle, Adele) share an entry, so only a different gender clashes.
      if ((genders.get(key) ?? gender) !== gender) throw new Error(`${path}: "${name}" is listed as both female and male`);
      genders.set(key, gender);
    }
  }
  return { names, genders };
}

/** The gender a full name's given name tells ("Hillary Clinton": female), if it tells one. */
export function genderOfName(given: GivenNames, name: string): Gender | null {
  const first = /^[\p{L}'’-]+/u.exec(name)?.[0];
  return first === undefined || !isGivenName(given.names, first) ? null : (given.genders.get(fold(first)) ?? null);
}

/**
 * Whether the word is a given name. The first letter must be a capital, as a name's is: "bill" and
 * "will" are words. The rest of the comparison ignores accents but not case, so "JOHN" in a
 * shouted headline is not taken for a name it might not be.
 */
export function isGivenName(names: Set<string>, word: string): boolean {
  const code = word.charCodeAt(0);
  // Asked of most words of a text: an ASCII first letter is told by its code, A to Z.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a && names.has(fold(word));
  const first = word.charAt(0);
  if (first === "" || first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  return names.has(fold(word));
}
