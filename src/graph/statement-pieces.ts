// One document's statements as graph.json and graph.gexf write them, less their positions: the
// bytes of their nodes, with a hole for each node's x and y, and of their edges; and the bytes of
// the document's `mentions` edges. A statement and its said, about and reported_in edges come from
// its document alone (built-graph.ts), and so does a mention, so these bytes can be made where the
// document is extracted, kept in the extraction cache, and spliced into the files of every later
// build, where only the positions (which follow the layout) are new. A piece is self-describing,
// so it can be stored and read back as it is:
//   u32 nodes, u32 edges, u32 mentions, u32 node bytes, u32 edge bytes,
//   u32 × 2·nodes holes, node bytes, edge bytes, mention bytes
// (little-endian; each hole an offset into the node bytes, each node's x and then its y).
import type { KeyedEdge, KeyedNode, StatementSection } from "./built-graph.js";

/** How one file writes a node and an edge, and where a node's position goes in it. */
export interface PieceFormat {
  node(node: KeyedNode): string;
  edge(edge: KeyedEdge): string;
  /** Between two elements: "," in JSON, nothing in GEXF. */
  separator: string;
  /** The text a node written at x = 0, y = 0 ends its position with, from its last occurrence on. */
  position: string;
  /** A coordinate as the file writes it. */
  number(value: number): string;
}

/** A section's statements in both graph files. */
export interface StatementPieces {
  json: Uint8Array;
  gexf: Uint8Array;
}

/**
 * Where a build takes a section's pieces from when it writes that section (the extraction cache's
 * file): a large build's pieces are hundreds of megabytes, more than it should hold at once.
 */
export interface PieceSource {
  /**
   * One part of a piece, in a buffer of its own (the caller may keep it, or hand it to another
   * thread): its nodes, which pieceNodes reads, or the bytes of its edges or of its mentions.
   */
  read(file: keyof StatementPieces, part: PiecePart): Uint8Array;
  /** At least the piece's first PIECE_HEAD_BYTES: enough for pieceCounts and pieceParts. */
  head(file: keyof StatementPieces): Uint8Array;
}

export type PiecePart = "nodes" | "edges" | "mentions";

/** Pieces in memory as a source. */
export function piecesAt(pieces: StatementPieces): PieceSource {
  return {
    read: (file, part) => {
      const piece = pieces[file];
      const [start, end] = pieceParts(piece, piece.length)[part];
      return piece.slice(start, end);
    },
    head: (file) => pieces[file],
  };
}

/** A piece's header: its counts of nodes, edges and mentions, and the lengths of its node and edge bytes. */
const HEADER_WORDS = 5;
/** The bytes of a piece's header, which say how long its parts are. */
export const PIECE_HEAD_BYTES = 4 * HEADER_WORDS;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a surrogate pair's 4 bytes are 2 units). */
const MAX_UTF8_PER_UNIT = 3;
const encoder = new TextEncoder();

/** Where pieces are encoded before they are copied out at their size; grown as needed. */
let scratch = new Uint8Array(1 << 16);

/** The section and the document's mentions in one file's bytes, the section's nodes written at 0,0 and cut there. */
export function encodePiece({ nodes, edges }: StatementSection, mentions: KeyedEdge[], format: PieceFormat): Uint8Array {
  // Each node in three parts, around the two zeros of its position, whose places are the holes.
  const parts: string[] = [];
  for (const [index, { key, attributes }] of nodes.entries()) {
    // An extracted statement is unplaced, at 0,0 already.
    const text = format.node({ key, attributes: attributes.x === 0 && attributes.y === 0 ? attributes : { ...attributes, x: 0, y: 0 } });
    const at = text.lastIndexOf(format.position);
    if (at === -1) throw new Error(`statement ${key}: no position to cut out`);
    const x = at + format.position.indexOf("0");
    const y = at + format.position.indexOf("0", x - at + 1);
    parts.push(`${index === 0 ? "" : format.separator}${text.slice(0, x)}`, text.slice(x + 1, y), text.slice(y + 1));
  }
  const nodeParts = parts.length;
  parts.push(edges.map(format.edge).join(format.separator), mentions.map(format.edge).join(format.separator));
  const most = MAX_UTF8_PER_UNIT * parts.reduce((units, part) => units + part.length, 0);
  if (scratch.length < most) scratch = new Uint8Array(2 * most);
  const ends: number[] = [];
  let written = 0;
  for (const part of parts) {
    written += encoder.encodeInto(part, scratch.subarray(written)).written;
    ends.push(written);
  }
  // A node's x goes where its first part ends, its y where its second ends.
  const holes = ends.slice(0, nodeParts).filter((_, index) => index % 3 !== 2);
  const nodeBytes = ends[nodeParts - 1] ?? 0;
  const edgeBytes = (ends[nodeParts] ?? 0) - nodeBytes;
  const start = 4 * (HEADER_WORDS + holes.length);
  const piece = new Uint8Array(start + written);
  const view = new DataView(piece.buffer);
  [nodes.length, edges.length, mentions.length, nodeBytes, edgeBytes, ...holes].forEach((word, index) => view.setUint32(4 * index, word, true));
  piece.set(scratch.subarray(0, written), start);
  return piece;
}

/** How many nodes, edges and mentions a piece holds: checked against what it is to stand for. */
export function pieceCounts(head: Uint8Array): { nodes: number; edges: number; mentions: number } {
  const view = words(head);
  return { nodes: view.getUint32(0, true), edges: view.getUint32(4, true), mentions: view.getUint32(8, true) };
}

/** Where each part of a piece `length` bytes long starts and ends, from its head (PIECE_HEAD_BYTES). */
export function pieceParts(head: Uint8Array, length: number): Record<PiecePart, [number, number]> {
  const view = words(head);
  const nodesEnd = 4 * (HEADER_WORDS + 2 * view.getUint32(0, true)) + view.getUint32(12, true);
  const edgesEnd = nodesEnd + view.getUint32(16, true);
  return { nodes: [0, nodesEnd], edges: [nodesEnd, edgesEnd], mentions: [edgesEnd, length] };
}

function words(piece: Uint8Array): DataView {
  return new DataView(piece.buffer, piece.byteOffset, piece.byteLength);
}

/** The section's nodes' positions, x and y of each in turn: what its pieces lack. */
export function positionsOf({ nodes }: StatementSection): Float64Array {
  const positions = new Float64Array(2 * nodes.length);
  nodes.forEach(({ attributes }, index) => {
    positions[2 * index] = attributes.x;
    positions[2 * index + 1] = attributes.y;
  });
  return positions;
}

/** A piece's nodes (the whole piece, or its nodes part) as the file writes them, each at its position (`positionsOf`): bytes and numbers in turn. */
export function* pieceNodes(piece: Uint8Array, positions: Float64Array, format: PieceFormat): Generator<string | Uint8Array> {
  const view = words(piece);
  const holes = 2 * view.getUint32(0, true);
  const start = 4 * (HEADER_WORDS + holes);
  const nodeBytes = piece.subarray(start, start + view.getUint32(12, true));
  let from = 0;
  for (let index = 0; index < holes; index++) {
    const hole = view.getUint32(4 * (HEADER_WORDS + index), true);
    yield nodeBytes.subarray(from, hole);
    yield format.number(positions[index] ?? 0);
    from = hole;
  }
  yield nodeBytes.subarray(from);
}

/** Whether the build has the section's pieces to splice. */
export function hasPieces(section: StatementSection): section is StatementSection & { pieces: PieceSource } {
  return section.pieces !== undefined;
}

/** A file's chunks as one string: what the viewer and tests take of a small graph. Byte chunks are whole characters (holes fall between ASCII ones). */
export function joinChunks(chunks: Iterable<string | Uint8Array>): string {
  const decoder = new TextDecoder();
  let text = "";
  for (const chunk of chunks) text += typeof chunk === "string" ? chunk : decoder.decode(chunk);
  return text;
}
