// Search over actors' names and aliases and documents' titles, accent- and case-insensitive:
// "Zelensky" finds Volodymyr Zelenskyy (a word's prefix), "zelenskyy" too.
import type { ActorGraph, NodeAttributes } from "../../src/schema/graph.js";

export interface SearchEntry {
  key: string;
  label: string;
  kind: NodeAttributes["kind"];
  importance: number;
  /** The name first, then aliases, each folded. */
  terms: string[];
  /** The forms as written, parallel to terms, to show which alias matched. */
  forms: string[];
}

export interface Suggestion {
  key: string;
  label: string;
  kind: NodeAttributes["kind"];
  /** The alias that matched, when it is not the label. */
  via: string | null;
}

/** Lower case without diacritics: "Zelenskyy" and "zelenskyy", "Gérard" and "gerard" fold alike. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

export function buildSearchIndex(graph: ActorGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, node) => {
    const forms =
      node.kind === "document"
        ? [node.title ?? node.source]
        : node.kind === "statement" || node.kind === "event"
          ? []
          : [node.name, ...node.aliases];
    if (forms.length === 0) return;
    entries.push({ key, label: node.label, kind: node.kind, importance: node.importance, terms: forms.map(fold), forms });
  });
  return entries;
}

/** How well a folded term matches the folded query: lower is better, undefined is no match. */
function rank(term: string, query: string): number | undefined {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  if (term.split(/[\s\-'’.]+/).some((word) => word.startsWith(query))) return 2;
  if (term.includes(query)) return 3;
  return undefined;
}

export function suggest(index: readonly SearchEntry[], query: string, limit = 8): Suggestion[] {
  const folded = fold(query);
  if (folded === "") return [];
  const matches: { entry: SearchEntry; score: number; via: number }[] = [];
  for (const entry of index) {
    let best: { score: number; via: number } | undefined;
    entry.terms.forEach((term, via) => {
      const score = rank(term, folded);
      if (score !== undefined && (best === undefined || score < best.score)) best = { score, via };
    });
    if (best !== undefined) matches.push({ entry, ...best });
  }
  matches.sort((a, b) => a.score - b.score || b.entry.importance - a.entry.importance || (a.entry.label < b.entry.label ? -1 : 1));
  return matches.slice(0, limit).map(({ entry, via }) => ({
    key: entry.key,
    label: entry.label,
    kind: entry.kind,
    // The alias is worth showing only when the label itself does not explain the match.
    via: via === 0 || rank(fold(entry.label), folded) !== undefined ? null : (entry.forms[via] ?? null),
  }));
}
