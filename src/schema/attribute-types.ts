// The type of every attribute a graph schema declares, read from its JSON Schema, so exporters
// that declare typed columns (GEXF, Neo4j's CSV headers) follow the zod schemas: a field added
// there is exported with its type. ISO dates are told apart from other strings by IsoDate's pattern.
import { z } from "zod";
import { IsoDate } from "./extraction.js";

export type AttributeScalar = "string" | "date" | "integer" | "number" | "boolean";
export type AttributeType = { scalar: AttributeScalar; list: boolean };
type JsonSchema = z.core.JSONSchema._JSONSchema;

const ISO_DATE_PATTERN = z.toJSONSchema(IsoDate).pattern;
const SCALARS: Partial<Record<string, AttributeScalar>> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
};

/**
 * Every field of the schema (of each member, for a union) but the ones left out, sorted by name.
 * `origin` heads the errors: a field with two types across members, or one no scalar fits.
 */
export function attributeTypes(schema: z.ZodType, leaveOut: string[], origin: string): Map<string, AttributeType> {
  const root = z.toJSONSchema(schema);
  const declared = new Map<string, AttributeType>();
  for (const member of root.oneOf ?? root.anyOf ?? [root]) {
    for (const [name, property] of Object.entries(member.properties ?? {})) {
      if (leaveOut.includes(name)) continue;
      const type = attributeType(property, origin);
      const known = declared.get(name);
      if (known !== undefined && (known.scalar !== type.scalar || known.list !== type.list)) {
        throw new Error(`${origin}: attribute "${name}" is both ${describe(known)} and ${describe(type)} in the graph schema`);
      }
      declared.set(name, type);
    }
  }
  return new Map([...declared].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function attributeType(property: JsonSchema, origin: string): AttributeType {
  const items = typeof property === "object" ? property.items : undefined;
  return items === undefined || Array.isArray(items)
    ? { scalar: scalar(property, origin), list: false }
    : { scalar: scalar(items, origin), list: true };
}

function scalar(property: JsonSchema, origin: string): AttributeScalar {
  const members = alternatives(property).filter((member) => member.type !== "null");
  const types = new Set(members.map((member) => member.type));
  const [type] = types;
  const found = types.size === 1 && typeof type === "string" ? SCALARS[type] : undefined;
  if (found === undefined) throw new Error(`${origin}: no attribute type for ${JSON.stringify(property)}`);
  return found === "string" && members.every((member) => member.pattern === ISO_DATE_PATTERN) ? "date" : found;
}

/** The alternatives a property allows: zod writes a nullable one as type: [t, "null"] or anyOf. */
function alternatives(property: JsonSchema): Array<Exclude<JsonSchema, boolean>> {
  if (typeof property === "boolean") return [];
  const { anyOf, type, ...rest } = property;
  const own = (Array.isArray(type) ? type : type === undefined ? [] : [type]).map((t) => ({ ...rest, type: t }));
  return [...own, ...(anyOf ?? []).flatMap(alternatives)];
}

function describe(type: AttributeType): string {
  return type.list ? `a list of ${type.scalar}` : type.scalar;
}
