// How the graph looks, as data: the legend's categories and stances with their colours (the
// build's palette, so the legend matches the colours in graph.json and graph.gexf), the colours
// of what is out of focus, and sigma's settings for sizes and labels.
import { PALETTE } from "../../src/graph/build-graph.js";
import type { EdgeAttributes } from "../../src/schema/graph.js";
import type { NodeKind, StanceChoice } from "./view-state.js";

export interface LegendEntry<Value extends string> {
  value: Value;
  label: string;
  color: string;
}

export const CATEGORY_LEGEND: readonly LegendEntry<NodeKind>[] = [
  { value: "person", label: "person", color: PALETTE.node.person },
  { value: "country", label: "country", color: PALETTE.node.country },
  { value: "organization", label: "organization", color: PALETTE.node.organization },
  { value: "location", label: "location", color: PALETTE.node.location },
  { value: "event", label: "event", color: PALETTE.node.event },
  { value: "statement", label: "statement", color: PALETTE.node.statement },
  { value: "document", label: "document", color: PALETTE.node.document },
];

export const STANCE_LEGEND: readonly LegendEntry<StanceChoice>[] = [
  { value: "positive", label: "positive", color: PALETTE.stance.positive },
  { value: "negative", label: "negative", color: PALETTE.stance.negative },
  { value: "neutral", label: "neutral", color: PALETTE.stance.neutral },
  { value: "none", label: "no stance", color: PALETTE.relation.about },
];

export function stanceColor(stance: StanceChoice): string {
  return STANCE_LEGEND.find((entry) => entry.value === stance)?.color ?? PALETTE.relation.about;
}

/**
 * Relations drawn only inside the neighbourhood in focus: every document mentions dozens of
 * actors, and drawn all the time these edges (most of a build's) bury the rest and slow the
 * first frame in a software-rendered browser.
 */
export const FOCUS_ONLY_RELATIONS: ReadonlySet<EdgeAttributes["relation"]> = new Set(["mentions"]);

/** Nodes and edges outside the hovered or selected neighbourhood fade to these. */
export const FADED = { node: "#e2e2e2", edge: "#f0f0f0" };

/** Where labels go: sigma's label grid keeps one label per cell, the largest node's, so they do not pile up. */
export const RENDER_SETTINGS = {
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 8,
  labelFont: "system-ui, sans-serif",
  labelSize: 12,
  zIndex: true,
  hideEdgesOnMove: false,
  minCameraRatio: 0.02,
  maxCameraRatio: 8,
} as const;

/** Camera zoom when the search or a link moves to a node. */
export const FOCUS_RATIO = 0.35;
