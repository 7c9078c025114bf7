// What the viewer shows: filters, selection and camera. One serializable object, validated when it
// is read back from the URL, and one store that tells the views when it changes.
import { z } from "zod";
import { Stance } from "../../src/schema/extraction.js";
import { ActorCategory } from "../../src/schema/graph.js";

export const NodeKind = z.enum([...ActorCategory.options, "event", "statement", "document"]);
export type NodeKind = z.infer<typeof NodeKind>;

/** A statement's stance, or "none" for one that takes no side anyone could read. */
export const StanceChoice = z.union([Stance, z.literal("none")]);
export type StanceChoice = z.infer<typeof StanceChoice>;
export const STANCE_CHOICES: readonly StanceChoice[] = [...Stance.options, "none"];

export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day YYYY-MM-DD");

export const Filters = z.object({
  kinds: z.array(NodeKind),
  stances: z.array(StanceChoice),
  /** Only what this document says and names; null for every document. */
  document: z.string().nullable(),
  minImportance: z.number().nonnegative(),
  /** Date range over statements and events, ends included; null is open. */
  from: Day.nullable(),
  to: Day.nullable(),
  /** Whether statements and events without a date stay visible. */
  undated: z.boolean(),
});
export type Filters = z.infer<typeof Filters>;

export const Camera = z.object({ x: z.number(), y: z.number(), ratio: z.number().positive() });
export type Camera = z.infer<typeof Camera>;

export const ViewState = z.object({
  filters: Filters,
  /** The node whose panel is open. */
  selected: z.string().nullable(),
  /** A second actor: the panel then shows what each said about the other. */
  pair: z.string().nullable(),
  camera: Camera.nullable(),
});
export type ViewState = z.infer<typeof ViewState>;

export const DEFAULT_FILTERS: Filters = {
  kinds: [...NodeKind.options],
  stances: [...STANCE_CHOICES],
  document: null,
  minImportance: 0,
  from: null,
  to: null,
  undated: true,
};

export const DEFAULT_VIEW: ViewState = { filters: DEFAULT_FILTERS, selected: null, pair: null, camera: null };

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface ViewStore {
  get(): ViewState;
  update(change: Partial<ViewState>): void;
  updateFilters(change: Partial<Filters>): void;
  subscribe(listener: Listener): void;
}

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners: Listener[] = [];
  const store: ViewStore = {
    get: () => state,
    update(change) {
      const previous = state;
      state = { ...state, ...change };
      for (const listener of listeners) listener(state, previous);
    },
    updateFilters(change) {
      store.update({ filters: { ...state.filters, ...change } });
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
  return store;
}
