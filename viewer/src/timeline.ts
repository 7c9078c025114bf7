// A small stance timeline: one dot per statement of one actor about another, in time order,
// high for positive, middle for neutral, low for negative, joined by a line, so a turn from
// praise to attack reads at a glance. Dots are evenly spaced (a sequence, not a time scale) so a
// month of statements is not crushed by one from years before; the dates show under the axis
// wherever the month changes. Undated statements are counted, not placed.
import type { Stance } from "../../src/schema/extraction.js";
import { stanceColor } from "./appearance.js";
import type { StatementEntry } from "./statements.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 300;
const HEIGHT = 96;
const MARGIN = { left: 20, right: 12, top: 12, bottom: 26 };
const RADIUS = 5;
/** Labels closer than this on the axis are skipped so they do not overlap. */
const LABEL_GAP = 56;
const LEVEL: Record<Stance | "none", number> = { positive: 0, neutral: 0.5, none: 0.5, negative: 1 };

export function stanceTimeline(entries: readonly StatementEntry[]): SVGSVGElement {
  const dated = entries.filter((entry) => entry.statement.date !== null);
  const svg = svgElement("svg", { class: "timeline", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img" });
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) => MARGIN.left + (dated.length === 1 ? plotWidth / 2 : (index / (dated.length - 1)) * plotWidth);
  const y = (stance: Stance | null) => MARGIN.top + LEVEL[stance ?? "none"] * plotHeight;

  svg.append(titleOf(`${dated.length} dated statements${entries.length > dated.length ? `, ${entries.length - dated.length} undated` : ""}`));
  for (const stance of ["positive", "neutral", "negative"] as const) {
    svg.append(
      svgElement("line", { class: "level", x1: String(MARGIN.left), x2: String(WIDTH - MARGIN.right), y1: String(y(stance)), y2: String(y(stance)) }),
      text(stance === "positive" ? "+" : stance === "negative" ? "−" : "0", 4, y(stance) + 4, "level-label"),
    );
  }
  if (dated.length > 1) {
    const points = dated.map((entry, index) => `${x(index)},${y(entry.stance)}`).join(" ");
    svg.append(svgElement("polyline", { class: "trend", points }));
  }
  let lastLabelX = -Infinity;
  let lastMonth = "";
  dated.forEach((entry, index) => {
    const date = entry.statement.date ?? "";
    const stanceName = entry.stance ?? "none";
    const dot = svgElement("circle", {
      class: `dot stance-${stanceName}`,
      cx: String(x(index)),
      cy: String(y(entry.stance)),
      r: String(RADIUS),
      fill: stanceColor(stanceName),
      "data-key": entry.key,
    });
    dot.append(titleOf(`${date} (${stanceName}): ${entry.statement.text}`));
    svg.append(dot);
    const month = date.slice(0, 7);
    if (month !== lastMonth && x(index) - lastLabelX >= LABEL_GAP) {
      // Anchored inward at the ends, so the first and last dates are not cut by the frame.
      const anchor = x(index) < MARGIN.left + LABEL_GAP / 2 ? "start" : x(index) > WIDTH - MARGIN.right - LABEL_GAP / 2 ? "end" : "middle";
      svg.append(text(month, x(index), HEIGHT - 6, `axis-label anchor-${anchor}`));
      lastLabelX = x(index);
    }
    lastMonth = month;
  });
  return svg;
}

function svgElement<Tag extends keyof SVGElementTagNameMap>(tag: Tag, attributes: Record<string, string>): SVGElementTagNameMap[Tag] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function text(content: string, x: number, y: number, className: string): SVGTextElement {
  const element = svgElement("text", { x: String(x), y: String(y), class: className });
  element.textContent = content;
  return element;
}

function titleOf(content: string): SVGTitleElement {
  const element = svgElement("title", {});
  element.textContent = content;
  return element;
}
