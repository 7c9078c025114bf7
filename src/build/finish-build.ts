// What a build and a merge share once every document is extracted: the records in one fixed
// order, the graph, the viewer's cut, the layout, the positions, and the graph files. The order
// (by document id) makes the outputs independent of how documents were read or sharded, so a
// merge of shards in any order writes what one build of the same documents writes.
import { buildGraph, documentKey, type OfficeTerm } from "../graph/build-graph.js";
import { derivePositions } from "../graph/derive-positions.js";
import { inFileOrder, inKeyOrder } from "../graph/file-order.js";
import { selectViewerGraph, selectViewerNodes } from "../graph/select-viewer-graph.js";
import { ActorCategory } from "../schema/graph.js";
import type { ExtractionRecord } from "../schema/extraction.js";
import type { BuiltGraph } from "../graph/built-graph.js";
import { pieceCounts, type PieceSource } from "../graph/statement-pieces.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { layoutInBackground } from "./layout-in-background.js";
import { WORTH_A_GEXF_THREAD, writeGraphOutputs } from "./write-outputs.js";

export interface FinishOptions {
  outDir: string;
  builtFrom: string;
  extractorVersion: string;
  officesOf: (personId: string) => OfficeTerm[];
  /** Each document's statements in the graph files' bytes, by document id, where the extraction made them. */
  pieces?: ReadonlyMap<string, PieceSource>;
  now: () => number;
}

export interface GraphSummary {
  documents: number;
  actors: number;
  statements: number;
  events: number;
  viewerNodes: number;
  stageSeconds: { graph: number; layout: number; write: number };
}

export async function finishBuild(records: ExtractionRecord[], options: FinishOptions): Promise<GraphSummary> {
  const { now } = options;
  const started = now();
  const ordered = [...records].sort(byDocument);
  const graph = buildGraph(ordered, { name: "actorgraph", builtFrom: options.builtFrom, extractorVersion: options.extractorVersion, officesOf: options.officesOf });
  if (options.pieces) attachPieces(graph, options.pieces);
  const built = now();
  const viewerNodes = selectViewerNodes(graph);
  // The files' order and the stated positions need no layout: they are worked out while ForceAtlas2 runs.
  const { listing, positions } = await layoutInBackground(graph, { core: viewerNodes }, () => ({ listing: inFileOrder(graph), positions: derivePositions(ordered) }));
  const laidOut = now();
  // A graph the cut keeps whole is written whole, mentions and all: the same bytes as graph.json.
  const viewerGraph = viewerNodes.size === graph.order ? listing : inKeyOrder(selectViewerGraph(graph, viewerNodes));
  await writeGraphOutputs(options.outDir, { graph: listing, viewerGraph, positions }, { gexfInBackground: graph.order >= WORTH_A_GEXF_THREAD });
  const written = now();

  const kinds = new Map<string, number>();
  graph.forEachNode((_, node) => kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1));
  return {
    documents: kinds.get("document") ?? 0,
    actors: ActorCategory.options.reduce((sum, kind) => sum + (kinds.get(kind) ?? 0), 0),
    statements: kinds.get("statement") ?? 0,
    events: kinds.get("event") ?? 0,
    viewerNodes: viewerNodes.size,
    stageSeconds: { graph: (built - started) / 1000, layout: (laidOut - built) / 1000, write: (written - laidOut) / 1000 },
  };
}

/**
 * Gives each section the pieces its document's extraction made, where they are its statements
 * and its mentions: a document read twice has one section from both records, and a statement's
 * edge to an actor only another document names is one the extraction could not know. Edges the
 * pieces lack are the only difference there can be, so equal counts mean equal bytes.
 */
function attachPieces({ table, sections }: BuiltGraph, pieces: ReadonlyMap<string, PieceSource>): void {
  for (const section of sections) {
    const found = section.records === 1 ? pieces.get(section.doc) : undefined;
    if (found === undefined) continue;
    let mentions = 0;
    table.forEachOutEdge(documentKey(section.doc), (_, { relation }) => {
      if (relation === "mentions") mentions++;
    });
    const fits = (["json", "gexf"] as const).every((file) => {
      const counts = pieceCounts(found.head(file));
      return counts.nodes === section.nodes.length && counts.edges === section.edgeCount && counts.mentions === mentions;
    });
    if (fits) section.pieces = found;
  }
}

/** By document id, then where it was read: code units, so no locale decides. */
function byDocument(a: ExtractionRecord, b: ExtractionRecord): number {
  return byCodeUnits(a.doc.id, b.doc.id) || byCodeUnits(a.doc.source, b.doc.source) || (a.doc.line ?? 0) - (b.doc.line ?? 0);
}
