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
  /** The piece, in a buffer of its own: the caller may keep it, or hand it to another thread. */
  read(file: keyof StatementPieces): Uint8Array;
  /** At least the piece's first 8 bytes: enough for pieceCounts. */
  head(file: keyof StatementPieces): Uint8Array;
}

/** Pieces in memory as a source. */
export function piecesAt(pieces: StatementPieces): PieceSource {
  return { read: (file) => pieces[file].slice(), head: (file) => pieces[file] };
}

const HEADER_WORDS = 3;
const encoder = new TextEncoder();

/** The section in one file's bytes, its nodes written at 0,0 and cut there. */
export function encodePiece({ nodes, edges }: StatementSection, format: PieceFormat): Uint8Array {
  const nodeTexts: string[] = [];
  const holes: number[] = [];
  let bytes = 0;
  for (const [index, { key, attributes }] of nodes.entries()) {
    const text = format.node({ key, attributes: { ...attributes, x: 0, y: 0 } });
    const at = text.lastIndexOf(format.position);
    if (at === -1) throw new Error(`statement ${key}: no position to cut out`);
    const x = at + format.position.indexOf("0");
    const y = at + format.position.indexOf("0", x - at + 1);
    // The two zeros are left out; their places are the holes.
    const separator = index === 0 ? "" : format.separator;
    const cut = `${separator}${text.slice(0, x)}${text.slice(x + 1, y)}${text.slice(y + 1)}`;
    holes.push(bytes + utf8Length(cut, separator.length + x), bytes + utf8Length(cut, separator.length + y - 1));
    nodeTexts.push(cut);
    bytes += utf8Length(cut, cut.length);
  }
  const nodeBytes = encoder.encode(nodeTexts.join(""));
  const edgeBytes = encoder.encode(edges.map(format.edge).join(format.separator));
  const piece = new Uint8Array(4 * (HEADER_WORDS + holes.length) + nodeBytes.length + edgeBytes.length);
  const view = new DataView(piece.buffer);
  [nodes.length, edges.length, nodeBytes.length, ...holes].forEach((word, index) => view.setUint32(4 * index, word, true));
  piece.set(nodeBytes, 4 * (HEADER_WORDS + holes.length));
  piece.set(edgeBytes, 4 * (HEADER_WORDS + holes.length) + nodeBytes.length);
  return piece;
}

/** How many nodes and edges a piece holds: checked against the section it is to stand for. */
export function pieceCounts(piece: Uint8Array): { nodes: number; edges: number } {
  const view = words(piece);
  return { nodes: view.getUint32(0, true), edges: view.getUint32(4, true) };
}

/** A piece's edges, as the file writes them. */
export function pieceEdges(piece: Uint8Array): Uint8Array {
  const { nodes } = pieceCounts(piece);
  return piece.subarray(4 * (HEADER_WORDS + 2 * nodes) + words(piece).getUint32(8, true));
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

/** A piece's nodes as the file writes them, each at its position (`positionsOf`): bytes and numbers in turn. */
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

/** The UTF-8 length of the text's first `units` code units. */
function utf8Length(text: string, units: number): number {
  let bytes = 0;
  for (let i = 0; i < units; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is four bytes, two for each half; a lone surrogate is written as U+FFFD, three.
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
