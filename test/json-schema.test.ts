import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { extractionRecordJsonSchema } from "../src/schema/json-schema.js";

describe("extraction record JSON Schema", () => {
  it("is the one generated from the zod schema (run `npm run schema` after changing it)", () => {
    const committed = readFileSync(join(packageRoot(), "schema", "extraction-record.schema.json"), "utf8");
    expect(committed).toBe(extractionRecordJsonSchema());
  });

  it("requires the fields the scorer reads", () => {
    const schema = JSON.parse(extractionRecordJsonSchema());
    expect(schema.required).toEqual(expect.arrayContaining(["doc", "entities", "quotes", "events", "positions"]));
    const quote = schema.properties.quotes.items;
    expect(quote.required).toEqual(expect.arrayContaining(["speaker", "speakerMention", "text", "start", "end", "kind", "about", "stance", "date"]));
  });
});
