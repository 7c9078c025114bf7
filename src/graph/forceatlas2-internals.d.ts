// Types for the two modules of graphology-layout-forceatlas2 that its own worker supervisor uses
// (the package types only its entry points): the matrices a layout runs on, and one iteration.
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology-types";
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number,
  ): { nodes: Float32Array<ArrayBuffer>; edges: Float32Array<ArrayBuffer> };
  export function validateSettings(settings: object): { message: string } | null;
}

declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: object;
  export default defaults;
}
