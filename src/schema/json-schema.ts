// The extraction record as JSON Schema, for consumers outside TypeScript.
import { z } from "zod";
import { ExtractionRecord } from "./extraction.js";

export function extractionRecordJsonSchema(): string {
  const schema = z.toJSONSchema(ExtractionRecord, { io: "output" });
  return `${JSON.stringify({ ...schema, title: "actorgraph extraction record", $id: "https://actorgraph.dev/schema/extraction-record.schema.json" }, null, 2)}\n`;
}
