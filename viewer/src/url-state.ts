// The view in the URL's query, so a link opens the same view. Only what differs from the default
// is written; each parameter is validated on its own when read, and a bad one falls back to its
// default instead of costing the rest of the link.
import type { z } from "zod";
import { Camera, DEFAULT_FILTERS, DEFAULT_VIEW, Filters, type ViewState } from "./view-state.js";

/** Camera coordinates are fractions of the graph's extent: four decimals are finer than a pixel. */
const CAMERA_DECIMALS = 4;

export function writeViewToUrl(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  const set = (name: string, value: string | null, fallback: string | null) => {
    if (value !== fallback && value !== null) params.set(name, value);
  };
  set("node", state.selected, null);
  set("pair", state.pair, null);
  set("kinds", list(filters.kinds), list(DEFAULT_FILTERS.kinds));
  set("stance", list(filters.stances), list(DEFAULT_FILTERS.stances));
  set("doc", filters.document, null);
  set("min", String(filters.minImportance), String(DEFAULT_FILTERS.minImportance));
  set("from", filters.from, null);
  set("to", filters.to, null);
  set("undated", filters.undated ? null : "hide", null);
  if (state.camera !== null) {
    const { x, y, ratio } = state.camera;
    params.set("cam", [x, y, ratio].map((n) => n.toFixed(CAMERA_DECIMALS)).join(","));
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

export function readViewFromUrl(search: string): ViewState {
  const params = new URLSearchParams(search);
  const read = <T>(name: string, schema: z.ZodType<T>, parse: (raw: string) => unknown, fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const parsed = schema.safeParse(parse(raw));
    return parsed.success ? parsed.data : fallback;
  };
  const identity = (raw: string) => raw;
  const split = (raw: string) => (raw === "" ? [] : raw.split(","));
  const field = Filters.shape;
  const filters: Filters = {
    kinds: read("kinds", field.kinds, split, DEFAULT_FILTERS.kinds),
    stances: read("stance", field.stances, split, DEFAULT_FILTERS.stances),
    document: params.get("doc") ?? DEFAULT_FILTERS.document,
    minImportance: read("min", field.minImportance, Number, DEFAULT_FILTERS.minImportance),
    from: read("from", field.from, identity, DEFAULT_FILTERS.from),
    to: read("to", field.to, identity, DEFAULT_FILTERS.to),
    undated: params.get("undated") !== "hide",
  };
  return {
    filters,
    selected: params.get("node") ?? DEFAULT_VIEW.selected,
    pair: params.get("pair") ?? DEFAULT_VIEW.pair,
    camera: read("cam", Camera, parseCamera, DEFAULT_VIEW.camera),
  };
}

function list(values: readonly string[]): string {
  return values.join(",");
}

function parseCamera(raw: string): unknown {
  const [x, y, ratio] = raw.split(",").map(Number);
  return { x, y, ratio };
}
