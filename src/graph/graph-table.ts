// The merged graph as the build makes it: plain maps of nodes and edges with graphology's names
// for the few operations the build, the layout and the writers use. A 10,000-document graph has
// 180,000 nodes and 570,000 edges; graphology keeps an object per edge and a dictionary per node
// and direction, which cost the build about half of its graph stage, while the full graph is only
// merged, laid out and written. What reads it takes a `GraphReader`, which a graphology graph is
// too; `inducedSubgraph` gives a graphology graph of any part of it (the viewer's cut, ForceAtlas2's core).
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.js";

/** What copying part of a graph reads: every node, and the edges joining two of the nodes kept, in the graph's order. */
export interface GraphEntries {
  readonly order: number;
  getAttributes(): GraphAttributes;
  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void;
  forEachEdgeAmong(keep: ReadonlySet<string>, callback: (key: string, attributes: EdgeAttributes, source: string, target: string) => void): void;
}

/** What the build's stages read of a graph: a graphology ActorGraph has all of it. */
export interface GraphReader {
  readonly type: string;
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;
  getAttributes(): GraphAttributes;
  nodes(): string[];
  edges(): string[];
  getNodeAttributes(key: string): NodeAttributes;
  getEdgeAttributes(key: string): EdgeAttributes;
  extremities(key: string): [string, string];
  /** In-neighbours first, then out-neighbours not already met, each in the order its edge was added: graphology's order. */
  forEachNeighbor(key: string, callback: (neighbour: string, attributes: NodeAttributes) => void): void;
  outNeighbors(key: string): string[];
}

type Edge = { key: string; source: string; target: string; attributes: EdgeAttributes };
/** A node's neighbours by direction, each to the edge between them, in the order the edges were added. */
type Adjacency = { in: Map<string, Edge>; out: Map<string, Edge> };

export class GraphTable implements GraphReader, GraphEntries {
  readonly type = "directed";
  readonly multi = false;
  readonly allowSelfLoops = true;
  private attributes: GraphAttributes = { name: "", builtFrom: "", documents: 0, extractorVersion: "" };
  private readonly nodeMap = new Map<string, NodeAttributes>();
  private readonly edgeMap = new Map<string, Edge>();
  private readonly adjacency = new Map<string, Adjacency>();

  get order(): number {
    return this.nodeMap.size;
  }

  getAttributes(): GraphAttributes {
    return this.attributes;
  }

  replaceAttributes(attributes: GraphAttributes): void {
    this.attributes = attributes;
  }

  hasNode(key: string): boolean {
    return this.nodeMap.has(key);
  }

  addNode(key: string, attributes: NodeAttributes): void {
    if (this.nodeMap.has(key)) throw new Error(`graph: the node "${key}" is already there`);
    this.nodeMap.set(key, attributes);
  }

  getNodeAttributes(key: string): NodeAttributes {
    const attributes = this.nodeMap.get(key);
    if (attributes === undefined) throw new Error(`graph: no node "${key}"`);
    return attributes;
  }

  nodes(): string[] {
    return [...this.nodeMap.keys()];
  }

  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void {
    for (const [key, attributes] of this.nodeMap) callback(key, attributes);
  }

  filterNodes(keep: (key: string, attributes: NodeAttributes) => boolean): string[] {
    const kept: string[] = [];
    for (const [key, attributes] of this.nodeMap) if (keep(key, attributes)) kept.push(key);
    return kept;
  }

  /**
   * Adds an edge under a key not yet used when both nodes are there and no edge goes from one to
   * the other yet (the graph is simple); says whether it did. What the merge asks for every piece
   * of evidence, in one step.
   */
  addEdgeIfPossible(key: string, source: string, target: string, attributes: EdgeAttributes): boolean {
    if (this.edgeMap.has(key) || !this.nodeMap.has(source) || !this.nodeMap.has(target)) return false;
    const from = this.adjacent(source);
    if (from.out.has(target)) return false;
    const edge = { key, source, target, attributes };
    this.edgeMap.set(key, edge);
    from.out.set(target, edge);
    this.adjacent(target).in.set(source, edge);
    return true;
  }

  getEdgeAttributes(key: string): EdgeAttributes {
    return this.edge(key).attributes;
  }

  /** The attributes of the edge under `key`, if there is one. */
  findEdgeAttributes(key: string): EdgeAttributes | undefined {
    return this.edgeMap.get(key)?.attributes;
  }

  extremities(key: string): [string, string] {
    const { source, target } = this.edge(key);
    return [source, target];
  }

  edges(): string[] {
    return [...this.edgeMap.keys()];
  }

  forEachEdge(callback: (key: string, attributes: EdgeAttributes, source: string, target: string) => void): void {
    for (const [key, { source, target, attributes }] of this.edgeMap) callback(key, attributes, source, target);
  }

  forEachEdgeAmong(keep: ReadonlySet<string>, callback: (key: string, attributes: EdgeAttributes, source: string, target: string) => void): void {
    for (const [key, { source, target, attributes }] of this.edgeMap) if (keep.has(source) && keep.has(target)) callback(key, attributes, source, target);
  }

  forEachNeighbor(key: string, callback: (neighbour: string, attributes: NodeAttributes) => void): void {
    this.getNodeAttributes(key);
    const adjacent = this.adjacency.get(key);
    if (adjacent === undefined) return;
    for (const neighbour of adjacent.in.keys()) callback(neighbour, this.getNodeAttributes(neighbour));
    for (const neighbour of adjacent.out.keys()) {
      if (!adjacent.in.has(neighbour)) callback(neighbour, this.getNodeAttributes(neighbour));
    }
  }

  forEachInEdge(key: string, callback: (edge: string, attributes: EdgeAttributes, source: string, target: string) => void): void {
    this.getNodeAttributes(key);
    for (const edge of this.adjacency.get(key)?.in.values() ?? []) callback(edge.key, edge.attributes, edge.source, edge.target);
  }

  forEachOutEdge(key: string, callback: (edge: string, attributes: EdgeAttributes, source: string, target: string) => void): void {
    this.getNodeAttributes(key);
    for (const edge of this.adjacency.get(key)?.out.values() ?? []) callback(edge.key, edge.attributes, edge.source, edge.target);
  }

  outNeighbors(key: string): string[] {
    this.getNodeAttributes(key);
    return [...(this.adjacency.get(key)?.out.keys() ?? [])];
  }

  private edge(key: string): Edge {
    const edge = this.edgeMap.get(key);
    if (edge === undefined) throw new Error(`graph: no edge "${key}"`);
    return edge;
  }

  private adjacent(key: string): Adjacency {
    let adjacent = this.adjacency.get(key);
    if (adjacent === undefined) this.adjacency.set(key, (adjacent = { in: new Map(), out: new Map() }));
    return adjacent;
  }
}
