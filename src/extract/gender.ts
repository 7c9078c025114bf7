// What a pronoun or an honorific tells of a person's gender, and whether a person fits it: "she"
// is not the man named last, and "Mrs. Clinton" not Bill. A person of unknown gender fits any.
import type { Gender } from "../schema/knowledge-base.js";

const PRONOUN_GENDERS = new Map<string, Gender>([
  ...["she", "her", "hers", "herself"].map((word) => [word, "female"] as const),
  ...["he", "him", "his", "himself"].map((word) => [word, "male"] as const),
]);

const HONORIFIC_GENDERS = new Map<string, Gender>([
  ...["Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Congresswoman", "Chairwoman"].map((word) => [word, "female"] as const),
  ...["Mr", "Sir", "Lord", "King", "Prince", "Congressman", "Chairman"].map((word) => [word, "male"] as const),
]);

/** "she", "Her", "himself": the gender it refers to; null for any other word. */
export function pronounGender(word: string): Gender | null {
  return PRONOUN_GENDERS.get(word.toLowerCase()) ?? null;
}

/** "Mrs", "Sir": the gender of whom it titles; null for "Dr", "Sen" and any other word. */
export function honorificGender(word: string): Gender | null {
  return HONORIFIC_GENDERS.get(word) ?? null;
}

/** Whether a person of `gender` can be what `word` refers to: any person fits a word that tells no gender. */
export function fitsPronoun(gender: Gender | null | undefined, word: string): boolean {
  const told = pronounGender(word);
  return told === null || gender === null || gender === undefined || gender === told;
}
