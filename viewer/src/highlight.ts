// The neighbourhood in focus: the hovered node's, else the selected pair's, else the selected
// node's. The renderer fades everything else; null means nothing is in focus.
import type { ActorGraph } from "../../src/schema/graph.js";
import { saidByAbout } from "./statements.js";

export interface FocusSource {
  hovered: string | null;
  selected: string | null;
  pair: string | null;
}

export function focusOf(graph: ActorGraph, { hovered, selected, pair }: FocusSource): Set<string> | null {
  if (hovered !== null && graph.hasNode(hovered)) return neighbourhood(graph, hovered);
  if (selected !== null && pair !== null && graph.hasNode(selected) && graph.hasNode(pair)) {
    const between = [...saidByAbout(graph, selected, pair), ...saidByAbout(graph, pair, selected)];
    return new Set([selected, pair, ...between.map((entry) => entry.key)]);
  }
  if (selected !== null && graph.hasNode(selected)) return neighbourhood(graph, selected);
  return null;
}

function neighbourhood(graph: ActorGraph, node: string): Set<string> {
  return new Set([node, ...graph.neighbors(node)]);
}
