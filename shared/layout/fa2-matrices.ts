/**
 * ForceAtlas2's working matrices built straight from the graph, laid out as
 * graphology-layout-forceatlas2 lays them out (10 floats a node, 3 an edge), so the live layout can
 * start without first copying the graph into another graphology instance (most of the start's cost).
 * Pinned nodes are fixed; an edge weighs its `weight` (1 where it has none).
 */
import type Graph from 'graphology';

export const NODE_STRIDE = 10;
export const EDGE_STRIDE = 3;

export interface ForceAtlas2Matrices {
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
  /** Each node's row: its offset in `nodes` is row × NODE_STRIDE. */
  rows: Map<string, number>;
}

const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** What the matrices are built from: a graph whose nodes have a place and a size, and whose edges may have a weight. */
type LaidOutGraph = Graph<{ x?: unknown; y?: unknown; size?: number; pinned?: boolean }, { weight?: unknown }>;

/** The matrices of the whole graph, as graphology's graphToByteArrays would make them from a layout copy. */
export function forceAtlas2Matrices(graph: LaidOutGraph): ForceAtlas2Matrices {
  const nodes = new Float32Array(graph.order * NODE_STRIDE);
  const edges = new Float32Array(graph.size * EDGE_STRIDE);
  const rows = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node, a) => {
    const at = i * NODE_STRIDE;
    rows.set(node, i++);
    nodes[at] = finite(a.x);
    nodes[at + 1] = finite(a.y);
    // dx, dy, old dx, old dy start at 0; mass is 1 plus the weighted degree, added below.
    nodes[at + 6] = 1;
    nodes[at + 7] = 1;
    nodes[at + 8] = a.size !== undefined && a.size > 0 ? a.size : 1;
    nodes[at + 9] = a.pinned === true ? 1 : 0;
  });
  let j = 0;
  graph.forEachEdge((_edge, a, source, target) => {
    const s = rows.get(source)! * NODE_STRIDE;
    const t = rows.get(target)! * NODE_STRIDE;
    const weight = typeof a.weight === 'number' && a.weight > 0 ? a.weight : 1;
    nodes[s + 6] += weight;
    nodes[t + 6] += weight;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = weight;
    j += EDGE_STRIDE;
  });
  return { nodes, edges, rows };
}
