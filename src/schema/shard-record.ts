// One line of what `actorgraph extract` writes and `actorgraph merge` reads: a document's
// extraction record and the text its offsets index, so a merge can write documents.jsonl for the
// viewer without the original inputs. The text is optional, so a build's extractions.jsonl is a
// shard too (its documents then have no text in documents.jsonl).
import { z } from "zod";
import { ExtractionRecord } from "./extraction.js";

export const ShardRecord = ExtractionRecord.extend({ text: z.string().optional() });
export type ShardRecord = z.infer<typeof ShardRecord>;
