// Pieces every panel view shares: its context, titled sections, count lines, category chips.
import { CATEGORY_LEGEND } from "./appearance.js";
import { h } from "./dom.js";
import type { ListContext } from "./statement-list.js";
import type { Filters, ViewStore } from "./view-state.js";

export interface PanelContext extends ListContext {
  filters: Filters;
  store: ViewStore;
}

export function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { className: "panel-section" }, h("h3", {}, title), ...content);
}

/** "12 statements" or "3 of 12 statements (the filters hide the rest)". */
export function countLine(shown: number, total: number, noun: string): HTMLElement {
  return h("p", { className: "count" }, shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun} (the filters hide the rest)`);
}

export function categoryChip(kind: string): HTMLElement {
  const entry = CATEGORY_LEGEND.find((candidate) => candidate.value === kind);
  const swatch = h("span", { className: "swatch" });
  swatch.style.background = entry?.color ?? "transparent";
  return h("span", { className: "category" }, swatch, kind);
}
