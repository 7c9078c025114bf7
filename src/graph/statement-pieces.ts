// One document's statements as graph.json and graph.gexf write them, less their positions: the
// bytes of their nodes, with a hole for each node's x and y, and of their edges. A statement and
// its said, about and reported_in edges come from its document alone (built-graph.ts), so these
// bytes can be made where the document is extracted, kept in the extraction cache, and spliced
// into the files of every later build, where only the positions (which follow the layout) are new.
// A piece is self-describing, so it can be stored and read back as it is:
//   u32 nodes, u32 edges, u32 node bytes, u32 × 2·nodes holes, node bytes, edge bytes
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
   * thread): its nodes, which pieceNodes reads, or the bytes of its edges.
   */
  read(file: keyof StatementPieces, part: "nodes" | "edges"): Uint8Array;
  /** At least the piece's first PIECE_HEAD_BYTES: enough for pieceCounts and nodesLength. */
  head(file: keyof StatementPieces): Uint8Array;
}

/** Pieces in memory as a source. */
export function piecesAt(pieces: StatementPieces): PieceSource {
  return {
    read: (file, part) => {
      const piece = pieces[file];
      const nodes = nodesLength(piece);
      return part === "nodes" ? piece.slice(0, nodes) : piece.slice(nodes);
    },
    head: (file) => pieces[file],
  };
}

/** A piece's header: its counts of nodes and edges and the length of its node bytes. */
const HEADER_WORDS = 3;
/** The bytes of a piece's header, which say how long its parts are. */
export const PIECE_HEAD_BYTES = 4 * HEADER_WORDS;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a surrogate pair's 4 bytes are 2 units). */
const MAX_UTF8_PER_UNIT = 3;
const encoder = new TextEncoder();

/** Where pieces are encoded before they are copied out at their size; grown as needed. */
let scratch = new Uint8Array(1 << 16);

/** The section in one file's bytes, its nodes written at 0,0 and cut there. */
export function encodePiece({ nodes, edges }: StatementSection, format: PieceFormat): Uint8Array {
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
  parts.push(edges.map(format.edge).join(format.separator));
  const most = MAX_UTF8_PER_UNIT * parts.reduce((units, part) => units + part.length, 0);
  if (scratch.length < most) scratch = new Uint8Array(2 * most);
  const holes: number[] = [];
  let written = 0;
  let nodeBytes = 0;
  parts.forEach((part, index) => {
    written += encoder.encodeInto(part, scratch.subarray(written)).written;
    // After each node's first and second part come its x and y; after its third, the next node or the edges.
    if (index % 3 !== 2 && index < parts.length - 1) holes.push(written);
    if (index === parts.length - 2) nodeBytes = written;
  });
  const start = 4 * (HEADER_WORDS + holes.length);
  const piece = new Uint8Array(start + written);
  const view = new DataView(piece.buffer);
  view.setUint32(0, nodes.length, true);
  view.setUint32(4, edges.length, true);
  view.setUint32(8, nodeBytes, true);
  holes.forEach((hole, index) => view.setUint32(4 * (HEADER_WORDS + index), hole, true));
  piece.set(scratch.subarray(0, written), start);
  return piece;
}

/** How many nodes and edges a piece holds: checked against the section it is to stand for. */
export function pieceCounts(piece: Uint8Array): { nodes: number; edges: number } {
  const view = words(piece);
  return { nodes: view.getUint32(0, true), edges: view.getUint32(4, true) };
}

/** How long a piece's nodes part is, header and holes included, from its head (PIECE_HEAD_BYTES); its edges follow. */
export function nodesLength(head: Uint8Array): number {
  const view = words(head);
  return 4 * (HEADER_WORDS + 2 * view.getUint32(0, true)) + view.getUint32(8, true);
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
  const nodeBytes = piece.subarray(start, start + view.getUint32(8, true));
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
