/**
 * Target positions for the one-shot layouts (circular, circle pack, random; removing overlaps is in
 * overlap.ts) and a synchronous ForceAtlas2. Pinned nodes never move: they are left out of the result,
 * and where a layout pushes nodes around (ForceAtlas2) they act as fixed obstacles.
 */
import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import circular from 'graphology-layout/circular';
import random from 'graphology-layout/random';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { detectCommunities } from '../analysis/color';
import type { Positions } from '../graph/commands/positions';
import type { KnowledgeGraph } from '../graph/schema';
import { seededRandom } from './rng';

/** Node attributes the layout algorithms read and write on their working copy. */
export interface LayoutNode {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
  group: string;
  [key: string]: unknown;
}

export type LayoutGraph = Graph<LayoutNode, { weight: number }>;

/**
 * A working copy with just what layouts need; `fixed` (which ForceAtlas2 honours) marks pinned nodes.
 * With `edges` false only the nodes are copied.
 */
export function layoutCopy(graph: KnowledgeGraph, options: { edges?: boolean; group?: (node: string) => string } = {}): LayoutGraph {
  const copy: LayoutGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.forEachNode((node, a) => {
    copy.addNode(node, { x: finite(a.x), y: finite(a.y), size: a.size > 0 ? a.size : 1, fixed: a.pinned === true, group: options.group?.(node) ?? '' });
  });
  if (options.edges !== false) {
    graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
      const weight = typeof a.weight === 'number' && a.weight > 0 ? a.weight : 1;
      if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target, { weight });
      else copy.addDirectedEdgeWithKey(edge, source, target, { weight });
    });
  }
  return copy;
}

const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Positions of the unpinned nodes of a working copy. */
export function unpinnedPositions(copy: LayoutGraph): Positions {
  const out: Positions = {};
  copy.forEachNode((node, a) => {
    if (!a.fixed) out[node] = { x: a.x, y: a.y };
  });
  return out;
}

/** Centre and radius of the current picture; a picture with everything at one point gets a radius for its size. */
export function frameOf(graph: KnowledgeGraph): { x: number; y: number; radius: number } {
  if (graph.order === 0) return { x: 0, y: 0, radius: 1 };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, finite(a.x)); maxX = Math.max(maxX, finite(a.x));
    minY = Math.min(minY, finite(a.y)); maxY = Math.max(maxY, finite(a.y));
  });
  const radius = Math.max(maxX - minX, maxY - minY) / 2;
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, radius: radius > 0 ? radius : Math.sqrt(graph.order) * 10 };
}

function placeOnFrame(positions: Positions, frame: { x: number; y: number; radius: number }, unit = 1): Positions {
  const out: Positions = {};
  for (const [node, p] of Object.entries(positions)) out[node] = { x: frame.x + (p.x / unit) * frame.radius, y: frame.y + (p.y / unit) * frame.radius };
  return out;
}

/** Unpinned nodes evenly around a circle filling the current picture, grouped by type then label. */
export function circularLayout(graph: KnowledgeGraph): Positions {
  const nodes = graph.filterNodes((_n, a) => a.pinned !== true);
  nodes.sort((a, b) => {
    const x = graph.getNodeAttributes(a), y = graph.getNodeAttributes(b);
    return String(x.type).localeCompare(String(y.type)) || String(x.label).localeCompare(String(y.label)) || a.localeCompare(b);
  });
  const ring = new Graph();
  for (const n of nodes) ring.addNode(n);
  return placeOnFrame(circular(ring, { scale: 1 }) as Positions, frameOf(graph));
}

/** Unpinned nodes at random inside the current picture; the same seed gives the same layout. */
export function randomLayout(graph: KnowledgeGraph, seed = 1): Positions {
  const copy = layoutCopy(graph, { edges: false });
  copy.filterNodes((_n, a) => a.fixed).forEach((n) => copy.dropNode(n));
  const unit = random(copy, { rng: seededRandom(seed), center: 0, scale: 2 }) as Positions;
  return placeOnFrame(unit, frameOf(graph));
}

export type PackBy = 'type' | 'community';

/** Unpinned nodes packed as circles within one circle per type (or community), sized by node size. */
export function circlePackLayout(graph: KnowledgeGraph, by: PackBy, seed = 1): Positions {
  const community = by === 'community' ? detectCommunities(graph, seed).community : null;
  const group = (node: string): string => (community ? `c${community.get(node)}` : String(graph.getNodeAttribute(node, 'type')));
  const copy = layoutCopy(graph, { edges: false, group });
  copy.filterNodes((_n, a) => a.fixed).forEach((n) => copy.dropNode(n));
  const packed = circlepack(copy, { hierarchyAttributes: ['group'], rng: seededRandom(seed), center: 0, scale: 1 }) as Positions;
  const radius = Math.max(1e-9, ...Object.values(packed).map((p) => Math.hypot(p.x, p.y)));
  return placeOnFrame(packed, frameOf(graph), radius);
}

/** ForceAtlas2 settings for this graph: the library's inferred ones, with Barnes-Hut beyond a few hundred nodes. */
export function forceAtlas2Settings(graph: KnowledgeGraph | LayoutGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph.order), barnesHutOptimize: graph.order > 500, adjustSizes: false };
}

/** `iterations` of ForceAtlas2 in this thread (tests, CLI); pinned nodes are fixed. The app runs it in a worker. */
export function forceAtlas2Layout(graph: KnowledgeGraph, iterations: number, settings: ForceAtlas2Settings = forceAtlas2Settings(graph)): Positions {
  const copy = layoutCopy(graph);
  forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: 'weight' });
  return unpinnedPositions(copy);
}
