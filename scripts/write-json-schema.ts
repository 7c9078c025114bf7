// Writes schema/extraction-record.schema.json from the zod schema, the one source of truth.
// test/json-schema.test.ts fails when the committed file and the zod schema disagree.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractionRecordJsonSchema } from "../src/schema/json-schema.js";
import { packageRoot } from "../src/build/package-root.js";

writeFileSync(join(packageRoot(), "schema", "extraction-record.schema.json"), extractionRecordJsonSchema());
