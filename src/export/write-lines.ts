// Streams lines to a file: joined into chunks of about 64 kB (one write per line would be slow on
// big graphs; one string for the whole file would not fit), with the stream's backpressure.
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";

const CHUNK = 1 << 16;

/** Writes every line (each ending in "\n") to `path`; resolves to how many it wrote. */
export async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let chunk = "";
    for (const line of lines) {
      count += 1;
      chunk += line;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  await pipeline(chunks(), createWriteStream(path));
  return count;
}
