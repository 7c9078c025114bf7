// Finds the actor a name means: by id, by name, by alias, then by the words of a name ("Lukashenko"
// for Alexander Lukashenko), all case- and accent-insensitive. A name several actors fit is an
// AmbiguousNameError; a name none fits is an UnknownNameError with the nearest names.
import { z } from "zod";
import { editDistance } from "../text/edit-distance.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { AmbiguousNameError, UnknownNameError } from "./query-errors.js";
import type { ActorRef } from "./views.js";

/** Ranks candidates and suggestions by importance: the more important first. */
export interface NamedActor extends ActorRef, Nameable {}

export interface NameIndex {
  actors: Map<string, NamedActor>;
  /** Each actor's names and their words, normalized once: what suggestions are measured against. */
  forms: NameForms[];
  byName: Map<string, string[]>;
  byAlias: Map<string, string[]>;
  byWord: Map<string, Set<string>>;
}

/** A name, alias or id of an actor, as a question takes it. */
export const ActorName = z.string().trim().min(1, "a name, an alias or an id of an actor");

/** Lower case, accents and punctuation dropped, one space between words: "Zelénskyy's" → "zelenskyy s". */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function indexNames(actors: NamedActor[]): NameIndex {
  const index: NameIndex = { actors: new Map(), forms: [], byName: new Map(), byAlias: new Map(), byWord: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) map.set(key, [...ids, id]);
  };
  for (const actor of actors) {
    index.actors.set(actor.id, actor);
    index.forms.push(nameForms(actor));
    add(index.byName, normalizeName(actor.name), actor.id);
    for (const alias of actor.aliases) add(index.byAlias, normalizeName(alias), actor.id);
    for (const word of [actor.name, ...actor.aliases].flatMap((n) => normalizeName(n).split(" "))) {
      index.byWord.set(word, (index.byWord.get(word) ?? new Set()).add(actor.id));
    }
  }
  return index;
}

/** How many times more important than the next the first candidate must be to be the one a name means. */
const DOMINANCE = 5;

/** The id of the one actor `query` names. */
export function matchName(index: NameIndex, query: string): string {
  if (index.actors.has(query)) return query;
  const normal = normalizeName(query);
  const words = normal.split(" ");
  // Each tier is tried only when the one before finds nobody: a full name beats an alias beats a word.
  const tiers = [
    () => index.byName.get(normal) ?? [],
    () => index.byAlias.get(normal) ?? [],
    () => [...(index.byWord.get(words[0] ?? "") ?? [])].filter((id) => words.every((w) => index.byWord.get(w)?.has(id))),
  ];
  for (const tier of tiers) {
    const candidates = byImportance(index, normal === "" ? [] : tier());
    const [first, second] = candidates;
    // In a large corpus "Trump" is also Melania's and Ivanka's alias; a name that overwhelmingly means one actor means that one.
    if (first && (!second || first.importance >= DOMINANCE * second.importance)) return first.id;
    if (first) throw new AmbiguousNameError(query, candidates.map(({ id, name, kind }) => ({ id, name, kind })));
  }
  throw new UnknownNameError("actor", query, nearestNames(index.forms, query));
}

export interface Nameable {
  name: string;
  /** Other names it goes by. */
  aliases: string[];
  importance: number;
}

export interface NameForms {
  name: string;
  importance: number;
  /** Names and aliases normalized, and each of their words. */
  forms: string[];
}

export function nameForms({ name, aliases, importance }: Nameable): NameForms {
  const normal = [...new Set([name, ...aliases].map(normalizeName))];
  return { name, importance, forms: [...new Set([...normal, ...normal.flatMap((form) => form.split(" "))])] };
}

/** Up to five names within a few edits of the query (or of one of a name's words), nearest and most important first. */
export function nearestNames(known: NameForms[], query: string): string[] {
  const normal = normalizeName(query);
  const allowed = Math.max(2, Math.round(normal.length * 0.4));
  const scored: { known: NameForms; distance: number }[] = [];
  for (const candidate of known) {
    let distance = allowed + 1;
    for (const form of candidate.forms) distance = Math.min(distance, editDistance(normal, form, allowed));
    if (distance <= allowed) scored.push({ known: candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || b.known.importance - a.known.importance || byCodeUnits(a.known.name, b.known.name));
  return [...new Set(scored.map((s) => s.known.name))].slice(0, 5);
}

function byImportance(index: NameIndex, ids: string[]): NamedActor[] {
  return ids.flatMap((id) => index.actors.get(id) ?? []).sort((a, b) => b.importance - a.importance || byCodeUnits(a.id, b.id));
}
