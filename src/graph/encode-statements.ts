// A document's statements and mentions encoded for both graph files, where the document is
// extracted, so that a build splices their bytes rather than encoding them again
// (statement-pieces.ts).
import type { ExtractionRecord } from "../schema/extraction.js";
import { documentKey, documentMentions, statementSection } from "./build-graph.js";
import type { KeyedEdge, StatementSection } from "./built-graph.js";
import { JSON_PIECES } from "./graph-json.js";
import { encodePiece, type StatementPieces } from "./statement-pieces.js";
import { GEXF_PIECES } from "./to-gexf.js";

export function encodeStatementPieces(section: StatementSection, mentions: KeyedEdge[] = []): StatementPieces {
  return { json: encodePiece(section, mentions, JSON_PIECES), gexf: encodePiece(section, mentions, GEXF_PIECES) };
}

/**
 * The pieces of one record's statements, as the build will make its section: an edge to an actor
 * the record does not name is left out here, and the build, which may know that actor from
 * another document, then finds its section has more edges than the pieces and encodes it itself.
 */
export function recordPieces(record: ExtractionRecord): StatementPieces {
  const known = new Set([documentKey(record.doc.id), ...record.entities.map((entity) => entity.id)]);
  return encodeStatementPieces(statementSection([record], (key) => known.has(key)), documentMentions(record));
}
