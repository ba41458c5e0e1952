/**
 * The two modules of graphology-layout-forceatlas2 that its own worker is made of, which the live
 * layout's worker uses the same way (the package ships them, without typings).
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One iteration over the matrices, in place; every setting must be given (see defaults.js). */
  export default function iterate(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  /** The matrices graphology's layouts build from a graph (tests check fa2-matrices.ts against it). */
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number): { nodes: Float32Array; edges: Float32Array };
}
