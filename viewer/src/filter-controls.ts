// The filter form, which is also the legend: categories and stances with their colours, the
// document, the minimum importance, and the date range over statements and events (a slider and
// a date field for each end). The form writes to the view state and is redrawn from it, so a
// link or a reset shows in the controls.
import type { ActorGraph } from "../../src/schema/graph.js";
import { CATEGORY_LEGEND, STANCE_LEGEND, type LegendEntry } from "./appearance.js";
import { dayFromEpoch, epochDay, type Day } from "./dates.js";
import { h, button } from "./dom.js";
import { datedExtent, documentIdOf } from "./filters.js";
import { DEFAULT_FILTERS, type Filters, type ViewStore } from "./view-state.js";

/** The importance slider runs over the square root of importance: most nodes matter little, a few a lot. */
const IMPORTANCE_STEPS = 100;

export function createFilterControls(container: HTMLElement, graph: ActorGraph, store: ViewStore): void {
  const counts = countByKind(graph);
  const categories = checklist("Categories", "filter-kind", CATEGORY_LEGEND, (entry) => `${entry.label} (${counts.get(entry.value) ?? 0})`, (kinds) => store.updateFilters({ kinds }));
  const stances = checklist("Stance", "filter-stance", STANCE_LEGEND, (entry) => entry.label, (chosen) => store.updateFilters({ stances: chosen }));

  const documentSelect = h("select", { attributes: { id: "filter-document" } }, h("option", { attributes: { value: "" } }, "all documents"), documentOptions(graph));
  documentSelect.addEventListener("change", () => store.updateFilters({ document: documentSelect.value === "" ? null : documentSelect.value }));

  // A loop, not Math.max(...all): a large graph has more nodes than a call has room for arguments.
  let maxImportance = 0;
  graph.forEachNode((_key, node) => {
    maxImportance = Math.max(maxImportance, node.importance);
  });
  const importance = h("input", { attributes: { type: "range", id: "filter-importance", min: "0", max: String(IMPORTANCE_STEPS), step: "1" } });
  const importanceValue = h("output", { attributes: { for: "filter-importance" } });
  importance.addEventListener("input", () => {
    store.updateFilters({ minImportance: Math.round((Number(importance.value) / IMPORTANCE_STEPS) ** 2 * maxImportance) });
  });

  const extent = datedExtent(graph);
  const from = dateEnd("from", extent, (day) => store.updateFilters({ from: day }));
  const to = dateEnd("to", extent, (day) => store.updateFilters({ to: day }));
  const undated = h("input", { attributes: { type: "checkbox", id: "filter-undated" } });
  undated.addEventListener("change", () => store.updateFilters({ undated: undated.checked }));

  container.append(
    categories.element,
    stances.element,
    h("label", { className: "filter" }, "Document", documentSelect),
    h("label", { className: "filter" }, "Minimum importance ", importanceValue, importance),
    h(
      "fieldset",
      { className: "filter dates" },
      h("legend", {}, "Dates of statements and events"),
      from.element,
      to.element,
      h("label", {}, undated, " show undated ones"),
    ),
    button("Reset filters", () => store.updateFilters(DEFAULT_FILTERS), "reset"),
  );

  const show = (filters: Filters) => {
    categories.show(filters.kinds);
    stances.show(filters.stances);
    documentSelect.value = filters.document ?? "";
    importance.value = String(maxImportance === 0 ? 0 : Math.round(Math.sqrt(filters.minImportance / maxImportance) * IMPORTANCE_STEPS));
    importanceValue.textContent = String(filters.minImportance);
    from.show(filters.from);
    to.show(filters.to);
    undated.checked = filters.undated;
  };
  show(store.get().filters);
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) show(state.filters);
  });
}

interface Control<Value> {
  element: HTMLElement;
  show(value: Value): void;
}

function checklist<Value extends string>(
  title: string,
  idPrefix: string,
  legend: readonly LegendEntry<Value>[],
  labelOf: (entry: LegendEntry<Value>) => string,
  onChange: (chosen: Value[]) => void,
): Control<readonly Value[]> {
  const boxes = legend.map((entry) => {
    const box = h("input", { attributes: { type: "checkbox", id: `${idPrefix}-${entry.value}`, value: entry.value } });
    box.addEventListener("change", () => onChange(legend.filter((_, position) => boxes[position]?.checked).map((chosen) => chosen.value)));
    return box;
  });
  const items = legend.map((entry, position) => {
    const swatch = h("span", { className: "swatch" });
    swatch.style.background = entry.color;
    return h("label", { className: "legend-item" }, boxes[position], swatch, labelOf(entry));
  });
  return {
    element: h("fieldset", { className: "filter legend" }, h("legend", {}, title), ...items),
    show(chosen) {
      legend.forEach((entry, position) => {
        const box = boxes[position];
        if (box !== undefined) box.checked = chosen.includes(entry.value);
      });
    },
  };
}

/** One end of the date range: a slider over the dated extent and a date field, in step. */
function dateEnd(end: "from" | "to", extent: { first: Day; last: Day } | null, onChange: (day: Day | null) => void): Control<Day | null> {
  const slider = h("input", { attributes: { type: "range", id: `filter-${end}`, step: "1", "aria-label": `${end} date` } });
  const field = h("input", { attributes: { type: "date", id: `filter-${end}-date` } });
  const open = extent === null ? null : end === "from" ? extent.first : extent.last;
  if (extent !== null) {
    slider.min = String(epochDay(extent.first));
    slider.max = String(epochDay(extent.last));
    field.min = extent.first;
    field.max = extent.last;
  } else {
    slider.disabled = true;
  }
  // The range's own end means no bound, so items dated later than the slider reaches still show.
  const choose = (day: Day | null) => onChange(day === null || day === open ? null : day);
  slider.addEventListener("input", () => choose(dayFromEpoch(Number(slider.value))));
  field.addEventListener("change", () => choose(field.value === "" ? null : field.value));
  return {
    element: h("label", { className: "date-end" }, end, slider, field),
    show(day) {
      const shown = day ?? open;
      field.value = shown ?? "";
      if (shown !== null) slider.value = String(epochDay(shown));
    },
  };
}

/** The documents, by date, as one fragment: a build can have more of them than a call takes arguments. */
function documentOptions(graph: ActorGraph): DocumentFragment {
  const options: { id: string; text: string }[] = [];
  graph.forEachNode((key, node) => {
    if (node.kind === "document") options.push({ id: documentIdOf(key), text: `${node.published ?? "undated"} · ${node.title ?? node.source}` });
  });
  const fragment = document.createDocumentFragment();
  for (const option of options.sort((a, b) => (a.text < b.text ? -1 : 1))) fragment.append(h("option", { attributes: { value: option.id } }, option.text));
  return fragment;
}

function countByKind(graph: ActorGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, node) => counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1));
  return counts;
}
