// A document's line in documents.jsonl: what the viewer and queries open to show a statement in
// its text. Made where the document is extracted, and kept in the extraction cache with its record,
// so a build that finds the document there copies the line rather than encoding its text again.
import type { DocumentText } from "../schema/document.js";
import type { ExtractionRecord } from "../schema/extraction.js";

/** The line, its break included: the record's id, source, title and date, and the text its offsets point into. */
export function documentLine({ id, source, title, published }: ExtractionRecord["doc"], text: string): string {
  return `${JSON.stringify({ id, source, title, published, text } satisfies DocumentText)}\n`;
}
