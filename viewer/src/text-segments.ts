// Cuts a text into runs by marked ranges (the sentence, the quoted words in it), so the source
// view can wrap each run in its marks without ever writing markup.
export interface MarkedRange {
  start: number;
  end: number;
  mark: string;
}

export interface Segment {
  start: number;
  end: number;
  /** The marks covering this run, outermost (longest range) first. */
  marks: string[];
}

export function segmentText(length: number, ranges: readonly MarkedRange[]): Segment[] {
  const clamped = ranges
    .map((range) => ({ ...range, start: clamp(range.start, length), end: clamp(range.end, length) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const cuts = [...new Set([0, length, ...clamped.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index] ?? 0;
    const end = cuts[index + 1] ?? length;
    segments.push({ start, end, marks: clamped.filter((range) => range.start <= start && end <= range.end).map((range) => range.mark) });
  }
  return segments;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, offset));
}
