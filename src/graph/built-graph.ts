// The merged graph as the build keeps it: actors, events and documents, and the edges among them,
// in a GraphTable; the statements and their said, about and reported_in edges as a section per
// document, in document order. Statements are three quarters of a large graph's nodes and edges,
// and each one with its edges comes from its own document alone: nothing needs to look one up by
// key or walk from it, so they are kept out of the table's maps (on the 10,000-document corpus the
// merge took 6.5 s with them in the table, 4.3 s with them kept here).
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Relation, StatementNode } from "../schema/graph.js";
import type { GraphEntries, GraphTable } from "./graph-table.js";
import type { PieceSource } from "./statement-pieces.js";

export type KeyedNode<T extends NodeAttributes = NodeAttributes> = { key: string; attributes: T };
export type KeyedEdge = { key: string; source: string; target: string; attributes: EdgeAttributes };

/**
 * One document's statements and their edges, each in key order; `records` is how many records of
 * the document made it (a corpus can hold an article twice). `pieces`, when the build has them
 * from the extraction cache, give its bytes in the graph files (statement-pieces.ts).
 */
export interface StatementSection {
  doc: string;
  records: number;
  nodes: KeyedNode<StatementNode>[];
  /**
   * Made when first read where they follow from the nodes: a section with pieces is written from
   * them, so of a large build's 360,000 statement edges only the viewer's cut reads a few.
   */
  readonly edges: KeyedEdge[];
  /** How many edges there are, and each one's relation and ends, without making them. */
  edgeCount: number;
  forEachEdgeEnd(visit: (relation: Relation, source: string, target: string) => void): void;
  pieces?: PieceSource;
}

export class BuiltGraph implements GraphEntries {
  readonly order: number;

  constructor(
    /** Actors, events and documents, and the edges among them. */
    readonly table: GraphTable,
    /** The statements, a section per document in document order. */
    readonly sections: readonly StatementSection[],
  ) {
    this.order = sections.reduce((order, section) => order + section.nodes.length, table.order);
  }

  getAttributes(): GraphAttributes {
    return this.table.getAttributes();
  }

  /** The table's nodes, then each document's statements. */
  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void {
    this.table.forEachNode(callback);
    this.forEachStatement(callback);
  }

  forEachStatement(callback: (key: string, attributes: StatementNode) => void): void {
    for (const { nodes } of this.sections) for (const { key, attributes } of nodes) callback(key, attributes);
  }

  /**
   * The edges joining two of `keep`'s nodes: the table's, then each document's statement edges.
   * Every statement edge has its statement at one end, so a section with none kept is passed over.
   */
  forEachEdgeAmong(keep: ReadonlySet<string>, callback: (key: string, attributes: EdgeAttributes, source: string, target: string) => void): void {
    this.table.forEachEdgeAmong(keep, callback);
    for (const { edges } of this.sections.filter(({ nodes }) => nodes.some(({ key }) => keep.has(key)))) {
      for (const { key, attributes, source, target } of edges) if (keep.has(source) && keep.has(target)) callback(key, attributes, source, target);
    }
  }
}
