// Which nodes the filters keep. Computed once per change of the filters (not per frame in a
// reducer): the renderer and the panel look nodes up in the result.
import type { ActorGraph, EventNode, StatementNode } from "../../src/schema/graph.js";
import type { IsoDate } from "../../src/schema/extraction.js";
import { firstDay, lastDay, overlaps, type Day } from "./dates.js";
import type { Filters } from "./view-state.js";

/** Whether a statement passes the filters on its own: stance, date and document. */
export function statementPasses(statement: StatementNode, filters: Filters): boolean {
  return (
    filters.stances.includes(statement.stance ?? "none") &&
    datePasses(statement.date, filters) &&
    (filters.document === null || statement.doc === filters.document)
  );
}

export function eventPasses(event: EventNode, filters: Filters): boolean {
  return datePasses(event.date, filters) && (filters.document === null || event.docs.includes(filters.document));
}

function datePasses(date: IsoDate | null, filters: Filters): boolean {
  return date === null ? filters.undated : overlaps(date, filters.from, filters.to);
}

const DOCUMENT_PREFIX = "document:";

export function documentKey(documentId: string): string {
  return `${DOCUMENT_PREFIX}${documentId}`;
}

export function documentIdOf(key: string): string {
  return key.slice(DOCUMENT_PREFIX.length);
}

/**
 * The nodes to draw. A statement is drawn with its speaker only, so raising the minimum
 * importance or hiding a category clears what the hidden actors said too.
 */
export function visibleNodes(graph: ActorGraph, filters: Filters): Set<string> {
  const kinds = new Set(filters.kinds);
  const chosenDocument = filters.document === null ? null : documentKey(filters.document);
  const named = chosenDocument !== null && graph.hasNode(chosenDocument) ? new Set(graph.outNeighbors(chosenDocument)) : null;
  const visible = new Set<string>();
  graph.forEachNode((key, node) => {
    if (!kinds.has(node.kind) || node.kind === "statement" || node.importance < filters.minImportance) return;
    const kept =
      node.kind === "event"
        ? eventPasses(node, filters)
        : node.kind === "document"
          ? chosenDocument === null || key === chosenDocument
          : chosenDocument === null || (named?.has(key) ?? false);
    if (kept) visible.add(key);
  });
  if (!kinds.has("statement")) return visible;
  graph.forEachNode((key, node) => {
    if (node.kind !== "statement" || !statementPasses(node, filters)) return;
    if (node.speaker === null || visible.has(node.speaker)) visible.add(key);
  });
  return visible;
}

/** The first and last day of the statements and events that have a date: the date slider's ends. */
export function datedExtent(graph: ActorGraph): { first: Day; last: Day } | null {
  let first: Day | null = null;
  let last: Day | null = null;
  graph.forEachNode((_key, node) => {
    if ((node.kind !== "statement" && node.kind !== "event") || node.date === null) return;
    const start = firstDay(node.date);
    const end = lastDay(node.date);
    if (first === null || start < first) first = start;
    if (last === null || end > last) last = end;
  });
  return first === null || last === null ? null : { first, last };
}
