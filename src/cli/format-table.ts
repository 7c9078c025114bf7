// Plain-text tables for a terminal: columns sized to their contents, long cells wrapped at word
// boundaries inside their column, and an optional colour per cell when writing to a TTY.
export interface Column {
  header: string;
  /** The widest the column may grow; longer cells wrap. */
  max?: number;
  /** Takes the width the other columns leave (at most one column). */
  flex?: boolean;
  /** An ANSI colour for a cell's value, used only when colour is on. */
  color?: (value: string) => string | undefined;
}

export interface TableStyle {
  width: number;
  color: boolean;
}

export const COLORS = { green: "32", red: "31", grey: "90", bold: "1" } as const;

export function paint(text: string, code: string | undefined, style: TableStyle): string {
  return style.color && code ? `\x1b[${code}m${text}\x1b[0m` : text;
}

export function renderTable(columns: Column[], rows: string[][], style: TableStyle): string {
  const gap = 2;
  const natural = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => longestLine(row[i] ?? ""))));
  const widths = columns.map((column, i) => Math.min(natural[i] ?? 0, column.max ?? Infinity));
  const flex = columns.findIndex((column) => column.flex);
  if (flex >= 0) {
    const others = widths.reduce((sum, w, i) => (i === flex ? sum : sum + w + gap), 0);
    widths[flex] = Math.min(natural[flex] ?? 0, Math.max(20, style.width - others));
  }
  const line = (cells: string[][], painted: (i: number, text: string) => string) => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, l) =>
      columns
        .map((_, i) => painted(i, (cells[i]?.[l] ?? "").padEnd(widths[i] ?? 0)))
        .join(" ".repeat(gap))
        .trimEnd(),
    ).join("\n");
  };
  const header = line(columns.map((c) => [c.header]), (_, text) => paint(text, COLORS.bold, style));
  const body = rows.map((row) => line(columns.map((_, i) => wrap(row[i] ?? "", widths[i] ?? 0)), (i, text) => paint(text, columns[i]?.color?.(row[i] ?? ""), style)));
  return [header, ...body].join("\n");
}

/** Words wrapped to `width`; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let current = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (let piece = word; piece.length > 0; piece = piece.slice(width)) {
        const part = piece.slice(0, width);
        if (current === "") current = part;
        else if (current.length + 1 + part.length <= width) current += ` ${part}`;
        else {
          lines.push(current);
          current = part;
        }
      }
    }
    lines.push(current);
  }
  return lines;
}

function longestLine(text: string): number {
  return Math.max(...text.split("\n").map((l) => l.length));
}
