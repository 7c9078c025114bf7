// Random access to documents.jsonl by document id: one pass records where each line starts,
// then a lookup reads and validates just that line. Keeps a 10k-article build's texts on disk.
import { openSync, readSync, closeSync, existsSync, readFileSync } from "node:fs";
import { DocumentText } from "../schema/document.js";

export interface DocumentStore {
  get(id: string): DocumentText | undefined;
  readonly size: number;
}

export function openDocumentStore(path: string): DocumentStore {
  const lines = new Map<string, { offset: number; length: number }>();
  if (existsSync(path)) {
    const bytes = readFileSync(path);
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      // Lines are written with "id" first; read only as far as needed to know it.
      const head = bytes.subarray(start, Math.min(end, start + 2048)).toString("utf8");
      const match = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(head);
      if (match) lines.set(JSON.parse(match[1]!) as string, { offset: start, length: end - start });
      start = end + 1;
    }
  }
  return {
    size: lines.size,
    get(id) {
      const line = lines.get(id);
      if (!line) return undefined;
      const buffer = Buffer.alloc(line.length);
      const fd = openSync(path, "r");
      try {
        readSync(fd, buffer, 0, line.length, line.offset);
      } finally {
        closeSync(fd);
      }
      const parsed = DocumentText.safeParse(JSON.parse(buffer.toString("utf8")));
      return parsed.success ? parsed.data : undefined;
    },
  };
}
