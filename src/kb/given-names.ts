// Loads the list of common given names (data/kb/given-names.json) and tells whether a word is one,
// so a capitalised word followed by another can be read as the start of a person's name. The
// loaded set holds accent-folded forms: news writes "Francois" as often as "François".
import { readDataFile } from "./read-data-file.js";
import { z } from "zod";

const GivenNamesFile = z.object({
  description: z.string(),
  names: z.array(z.string().min(1)),
});

/** Letters that Unicode does not decompose into a base letter and a mark, spelled as English news spells them. */
const UNDECOMPOSED: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", Ð: "D", ı: "i",
  þ: "th", Þ: "Th", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ß: "ss", "’": "'",
};
const UNDECOMPOSED_CHAR = new RegExp(`[${Object.keys(UNDECOMPOSED).join("")}]`, "g");

/** The word without accents, so "Jérôme", "Jerome" and "Łukasz", "Lukasz" meet. */
function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(UNDECOMPOSED_CHAR, (c) => UNDECOMPOSED[c] ?? c);
}

/** The names in the file, accent-folded; the only I/O here. */
export function loadGivenNames(path: string): Set<string> {
  return new Set(readDataFile(path, GivenNamesFile, "given-names file").names.map(fold));
}

/**
 * Whether the word is a given name. The first letter must be a capital, as a name's is: "bill" and
 * "will" are words. The rest of the comparison ignores accents but not case, so "JOHN" in a
 * shouted headline is not taken for a name it might not be.
 */
export function isGivenName(names: Set<string>, word: string): boolean {
  const first = word.charAt(0);
  if (first === "" || first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  return names.has(fold(word));
}
