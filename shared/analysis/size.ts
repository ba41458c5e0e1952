/** Node sizes for "size by": degree, PageRank or number of mentions, scaled to a readable range. */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { KnowledgeGraph } from '../graph/schema';

export type NodeSizes = Map<string, number>;

export interface SizeRange {
  min: number;
  max: number;
}

export const DEFAULT_SIZE_RANGE: SizeRange = { min: 3, max: 18 };
/** Up to this many nodes, sizes use the whole default range. */
const ROOMY_ORDER = 500;
const SMALLEST_RANGE: SizeRange = { min: 1.5, max: 4 };

/**
 * The size range for a graph of `order` nodes: the default range up to a few hundred nodes, shrinking
 * with the square root of the order beyond (so the nodes' total area stays about the same), never
 * below a range that still shows dots and hubs. Thousands of full-size discs would be one blot.
 */
export function sizeRangeFor(order: number): SizeRange {
  const shrink = Math.min(1, Math.sqrt(ROOMY_ORDER / Math.max(1, order)));
  return {
    min: Math.max(SMALLEST_RANGE.min, DEFAULT_SIZE_RANGE.min * shrink),
    max: Math.max(SMALLEST_RANGE.max, DEFAULT_SIZE_RANGE.max * shrink),
  };
}

/** Maps raw scores onto [min, max] by square root (area grows with the score); equal scores get the middle. */
export function scaleSizes(scores: ReadonlyMap<string, number>, range: SizeRange = DEFAULT_SIZE_RANGE): NodeSizes {
  const values = [...scores.values()].map((v) => Math.sqrt(Math.max(0, v)));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const sizes: NodeSizes = new Map();
  for (const [node, v] of scores) {
    const t = hi > lo ? (Math.sqrt(Math.max(0, v)) - lo) / (hi - lo) : 0.5;
    sizes.set(node, Math.round((range.min + t * (range.max - range.min)) * 100) / 100);
  }
  return sizes;
}

/** Size by number of relations (all directions, parallel edges counted). */
export function sizeByDegree(graph: KnowledgeGraph, range = sizeRangeFor(graph.order)): NodeSizes {
  const scores = new Map<string, number>();
  graph.forEachNode((node) => scores.set(node, graph.degree(node)));
  return scaleSizes(scores, range);
}

/** Size by PageRank over edge weights (directed edges point at what is talked about). */
export function sizeByPageRank(graph: KnowledgeGraph, range = sizeRangeFor(graph.order)): NodeSizes {
  if (graph.order === 0) return new Map();
  const ranks = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 500 });
  return scaleSizes(new Map(Object.entries(ranks)), range);
}

/** Size by how often the documents mention the node. */
export function sizeByMentions(graph: KnowledgeGraph, range = sizeRangeFor(graph.order)): NodeSizes {
  const scores = new Map<string, number>();
  graph.forEachNode((node, attrs) => scores.set(node, typeof attrs.mentions === 'number' ? attrs.mentions : 0));
  return scaleSizes(scores, range);
}
