// Membership in a union of text spans, by binary search. Stages ask "is this offset inside a
// quote / boilerplate?" for every token or mention; a scan of every span per question is
// quadratic on long articles.
export interface Range {
  start: number;
  end: number;
}

/** A test for offsets inside any of the spans (start included, end excluded). */
export function spanSet(spans: readonly Range[]): (offset: number) => boolean {
  const merged: Range[] = [];
  for (const s of [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (offset) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = merged[mid] as Range;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
