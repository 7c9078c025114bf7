// A graph whose nodes all sit on one point (a build without its layout) would draw as a single
// dot. Such a graph is spread on a circle, in key order so every load looks the same, and the
// user is told to run the layout; a laid-out graph is left alone.
import type { ActorGraph } from "../../src/schema/graph.js";

/** Returns whether the positions had to be spread. */
export function spreadIfCollapsed(graph: ActorGraph): boolean {
  if (graph.order < 2) return false;
  let first: { x: number; y: number } | undefined;
  const collapsed = graph.everyNode((_key, node) => {
    first ??= node;
    return node.x === first.x && node.y === first.y;
  });
  if (!collapsed) return false;
  const keys = graph.nodes().sort();
  const radius = 10 * Math.sqrt(keys.length);
  keys.forEach((key, index) => {
    const angle = (2 * Math.PI * index) / keys.length;
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return true;
}
