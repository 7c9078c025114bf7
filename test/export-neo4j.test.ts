// The CSV files for neo4j-admin import, read back with csv-parse: typed headers, quoting, nulls
// and arrays as neo4j-admin reads them, and every relationship's ends among the node ids.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { toNeo4jCsv } from "../src/export/to-neo4j-csv.js";
import type { ActorGraph } from "../src/schema/graph.js";
import { BUILD_TIMEOUT, seedGraph } from "./seed-graph.js";

type Table = { header: string[]; rows: Array<Array<string | null>> };

/** Each file by name; an unquoted empty cell (Neo4j's null) reads as null, a quoted one as "". */
function read(graph: ActorGraph): Map<string, Table> {
  return new Map(
    toNeo4jCsv(graph).map((file) => {
      const [header = [], ...rows] = parse([...file.lines].join(""), {
        cast: (value: string, context: { quoting: boolean }) => (value === "" && !context.quoting ? null : value),
      }) as Array<Array<string | null>>;
      return [file.name, { header: header.map(String), rows }];
    }),
  );
}

function column(table: Table | undefined, name: string): Array<string | null> {
  const index = table?.header.indexOf(name) ?? -1;
  return table?.rows.map((row) => row[index] ?? null) ?? [];
}

describe("toNeo4jCsv on the seed build", () => {
  let graph: ActorGraph;
  let files: Map<string, Table>;

  beforeAll(() => {
    graph = seedGraph();
    files = read(graph);
  }, BUILD_TIMEOUT);

  it("writes a node file per kind and a relationship file per relation, empty ones included", () => {
    expect([...files.keys()]).toEqual([
      "nodes-person.csv",
      "nodes-country.csv",
      "nodes-organization.csv",
      "nodes-location.csv",
      "nodes-statement.csv",
      "nodes-event.csv",
      "nodes-document.csv",
      "relationships-said.csv",
      "relationships-about.csv",
      "relationships-reported_in.csv",
      "relationships-mentions.csv",
      "relationships-participant_in.csv",
      "relationships-holds_role.csv",
      "relationships-member_of.csv",
    ]);
    const nodes = [...files].filter(([name]) => name.startsWith("nodes-")).flatMap(([, table]) => table.rows);
    const relationships = [...files].filter(([name]) => name.startsWith("relationships-")).flatMap(([, table]) => table.rows);
    expect(nodes.length).toBe(graph.order);
    expect(relationships.length).toBe(graph.size);
  });

  it("declares ids, labels and Neo4j's types in the headers", () => {
    const statement = files.get("nodes-statement.csv")?.header;
    expect(statement?.slice(0, 2)).toEqual(["key:ID", ":LABEL"]);
    expect(statement).toEqual(expect.arrayContaining(["text:string", "date:date", "start:long", "size:double", "about:string[]"]));
    expect(statement).not.toContain("kind:string");
    const said = files.get("relationships-said.csv")?.header;
    expect(said?.slice(0, 4)).toEqual([":START_ID", ":END_ID", ":TYPE", "key"]);
    expect(said).toEqual(expect.arrayContaining(["terms:string[]", "until:date", "weight:double"]));
    expect(said).not.toContain("relation:string");
    expect(column(files.get("nodes-person.csv"), ":LABEL")).toContain("Actor;Person");
    expect(new Set(column(files.get("relationships-holds_role.csv"), ":TYPE"))).toEqual(new Set(["HOLDS_ROLE"]));
  });

  it("gives every relationship ends that are node ids, and every node a distinct id", () => {
    const ids = [...files].filter(([name]) => name.startsWith("nodes-")).flatMap(([, table]) => column(table, "key:ID"));
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const [name, table] of files) {
      if (!name.startsWith("relationships-")) continue;
      for (const end of [...column(table, ":START_ID"), ...column(table, ":END_ID")]) expect(known.has(end ?? "")).toBe(true);
    }
  });

  it("writes arrays with ';', nulls as empty cells and numbers bare", () => {
    const trump = files.get("relationships-holds_role.csv")?.rows.find((row) => row[0] === "person:donald-trump" && row[1] === "country:US");
    const header = files.get("relationships-holds_role.csv")?.header ?? [];
    expect(trump?.[header.indexOf("terms:string[]")]).toBe("2017-01-20/2021-01-19;2025-01-20/..");
    expect(trump?.[header.indexOf("stance:string")]).toBeNull();
    const lines = [...(toNeo4jCsv(graph).find((file) => file.name === "relationships-holds_role.csv")?.lines ?? [])];
    expect(lines.find((line) => line.startsWith('"person:donald-trump","country:US"'))).toMatch(/,\d+,"President of the United States",/);
  });

  it("quotes text with commas, quotes and line breaks, and keeps ';' out of array items", () => {
    const copy = graph.copy();
    const statement = copy.findNode((_, node) => node.kind === "statement") ?? "";
    const text = 'He said "no, never",\nthen left.\r\nDone';
    copy.updateNodeAttributes(statement, (node) => (node.kind === "statement" ? { ...node, text } : node));
    copy.updateNodeAttributes("country:RU", (node) => (node.kind === "country" ? { ...node, aliases: ["Kremlin; Moscow", "Moskva"] } : node));
    const tables = read(copy);
    const statements = tables.get("nodes-statement.csv");
    const row = statements?.rows.find((r) => r[0] === statement);
    expect(row?.[statements?.header.indexOf("text:string") ?? -1]).toBe(text);
    const countries = tables.get("nodes-country.csv");
    const russia = countries?.rows.find((r) => r[0] === "country:RU");
    expect(russia?.[countries?.header.indexOf("aliases:string[]") ?? -1]).toBe("Kremlin, Moscow;Moskva");
  });
});
