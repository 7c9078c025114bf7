// Reads one JSON file of data/ and validates it against its schema; every error names the file
// and says what is wrong, so a user extending the knowledge base sees where.
import { readFileSync } from "node:fs";
import { z } from "zod";

export function readDataFile<T extends z.ZodType>(path: string, schema: T, what: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: cannot read ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: not a valid ${what}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
