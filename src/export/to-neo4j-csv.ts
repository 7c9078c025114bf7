// Writes the graph as CSV files for neo4j-admin's bulk import: one node file per kind, one
// relationship file per relation, every file written (header only when empty) so the import
// command line never changes. Headers carry Neo4j's types, read from the zod schemas; each file's
// rows are produced lazily so a caller can stream them. Deterministic: rows in key order.
import type { ZodType } from "zod";
import { attributeTypes, type AttributeScalar, type AttributeType } from "../schema/attribute-types.js";
import {
  ActorNode,
  DocumentNode,
  EdgeAttributes,
  EventNode,
  Relation,
  StatementNode,
  type ActorGraph,
  type NodeKind,
} from "../schema/graph.js";

export type CsvFile = {
  name: string;
  /** Which neo4j-admin option takes the file: --nodes or --relationships. */
  section: "nodes" | "relationships";
  /** The header, then one line per node or relationship, each ending in "\n". */
  lines: Iterable<string>;
};

type Column = { name: string; type: AttributeType };

// The ID column stores the key as a property too, so a node can be found by its graph key.
const NODES: Record<NodeKind, { labels: string; schema: ZodType }> = {
  person: { labels: "Actor;Person", schema: ActorNode },
  country: { labels: "Actor;Country", schema: ActorNode },
  organization: { labels: "Actor;Organization", schema: ActorNode },
  location: { labels: "Actor;Location", schema: ActorNode },
  statement: { labels: "Statement", schema: StatementNode },
  event: { labels: "Event", schema: EventNode },
  document: { labels: "Document", schema: DocumentNode },
};

const NEO4J_TYPES: Record<AttributeScalar, string> = {
  string: "string",
  // Neo4j reads "2025" and "2025-03" as their first day: the precision is in the string only.
  date: "date",
  integer: "long",
  number: "double",
  boolean: "boolean",
};

// neo4j-admin's default array delimiter; it has no escape, so an item holding one would split.
const ARRAY_DELIMITER = ";";

export function toNeo4jCsv(graph: ActorGraph): CsvFile[] {
  // The keys of a Record<NodeKind, …> are exactly the node kinds.
  const nodeFiles = (Object.keys(NODES) as NodeKind[]).map((kind) => nodeFile(graph, kind));
  return [...nodeFiles, ...Relation.options.map((relation) => relationshipFile(graph, relation))];
}

function nodeFile(graph: ActorGraph, kind: NodeKind): CsvFile {
  const { labels, schema } = NODES[kind];
  const columns = columnsOf(schema, ["kind"]);
  function* lines(): Generator<string> {
    yield row(["key:ID", ":LABEL", ...columns.map(header)]);
    for (const key of graph.filterNodes((_, node) => node.kind === kind).sort()) {
      const node: Record<string, unknown> = graph.getNodeAttributes(key);
      yield row([quote(key), quote(labels), ...columns.map((column) => cell(node[column.name], column.type))]);
    }
  }
  return { name: `nodes-${kind}.csv`, section: "nodes", lines: lines() };
}

function relationshipFile(graph: ActorGraph, relation: Relation): CsvFile {
  const columns = columnsOf(EdgeAttributes, ["relation"]);
  const type = relation.toUpperCase();
  function* lines(): Generator<string> {
    yield row([":START_ID", ":END_ID", ":TYPE", "key", ...columns.map(header)]);
    for (const key of graph.filterEdges((_, edge) => edge.relation === relation).sort()) {
      const edge: Record<string, unknown> = graph.getEdgeAttributes(key);
      const ends = [graph.source(key), graph.target(key), type, key].map(quote);
      yield row([...ends, ...columns.map((column) => cell(edge[column.name], column.type))]);
    }
  }
  return { name: `relationships-${relation}.csv`, section: "relationships", lines: lines() };
}

function columnsOf(schema: ZodType, leaveOut: string[]): Column[] {
  return [...attributeTypes(schema, leaveOut, "toNeo4jCsv")].map(([name, type]) => ({ name, type }));
}

function header({ name, type }: Column): string {
  return `${name}:${NEO4J_TYPES[type.scalar]}${type.list ? "[]" : ""}`;
}

/** An empty unquoted cell is null (no property); "" is the empty string. */
function cell(value: unknown, type: AttributeType): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    if (value.length === 0) return "";
    return quote(value.map((item) => String(item).replaceAll(ARRAY_DELIMITER, ",")).join(ARRAY_DELIMITER));
  }
  return type.scalar === "string" || type.scalar === "date" ? quote(String(value)) : String(value);
}

/** RFC 4180 quoting, which neo4j-admin reads: quotes doubled; line breaks kept (--multiline-fields=true). */
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function row(cells: string[]): string {
  return `${cells.join(",")}\n`;
}
