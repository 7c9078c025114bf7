// The lines that report skipped inputs, the same for build, extract and merge: where, and why.
import type { SkippedInput } from "../schema/document.js";

const SHOWN = 50;

export function formatSkipped(skipped: SkippedInput[]): string[] {
  return [
    ...skipped.slice(0, SHOWN).map((k) => `    ${k.source}${k.line ? `:${k.line}` : ""}: ${k.reason}`),
    ...(skipped.length > SHOWN ? [`    … and ${skipped.length - SHOWN} more`] : []),
  ];
}
