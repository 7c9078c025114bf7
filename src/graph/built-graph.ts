// The merged graph as the build keeps it: actors, events and documents, and the edges among them,
// in a GraphTable; the statements and their said, about and reported_in edges as a section per
// document, in document order. Statements are three quarters of a large graph's nodes and edges,
// and each one with its edges comes from its own document alone: nothing needs to look one up by
// key or walk from it, so they are kept out of the table's maps (on the 10,000-document corpus the
// merge took 6.5 s with them in the table, 4.3 s with them kept here).
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StatementNode } from "../schema/graph.js";
import type { GraphEntries, GraphTable } from "./graph-table.js";
import type { PieceSource } from "./statement-pieces.js";

export type KeyedNode<T extends NodeAttributes = NodeAttributes> = { key: string; attributes: T };
export type KeyedEdge = { key: string; source: string; target: string; attributes: EdgeAttributes };

/**
 * One document's statements and their edges, each in key order; `records` is how many records of
 * the document made it (a corpus can hold an article twice). `pieces`, when the build has them
 * from the extraction cache, give its bytes in the graph files (statement-pieces.ts).
 */
export type StatementSection = { doc: string; records: number; nodes: KeyedNode<StatementNode>[]; edges: KeyedEdge[]; pieces?: PieceSource };

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

  /** The table's edges, then each document's statement edges. */
  forEachEdge(callback: (key: string, attributes: EdgeAttributes, source: string, target: string) => void): void {
    this.table.forEachEdge(callback);
    for (const { edges } of this.sections) for (const { key, attributes, source, target } of edges) callback(key, attributes, source, target);
  }
}
