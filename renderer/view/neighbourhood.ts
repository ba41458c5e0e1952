/** Graph walks for focus and path highlighting; direction is ignored, as a reader would. */
import type { KnowledgeGraph } from '../../shared/graph/schema';

/** Nodes within `hops` steps of `start` (including it). */
export function nHop(graph: KnowledgeGraph, start: string, hops: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let i = 0; i < hops && frontier.length; i++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of graph.neighbors(node)) {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export interface PathResult {
  nodes: string[];
  edges: string[];
}

/** Shortest path by hop count between two nodes, with one edge per step; null when unconnected. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string, allowed?: Set<string>): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const parent = new Map<string, { node: string; edge: string } | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !parent.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const other = source === node ? target : source;
        if (parent.has(other) || (allowed && !allowed.has(other))) return;
        parent.set(other, { node, edge });
        next.push(other);
      });
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;
  const nodes = [to];
  const edges: string[] = [];
  for (let step = parent.get(to); step; step = parent.get(step.node)) {
    nodes.unshift(step.node);
    edges.unshift(step.edge);
  }
  return { nodes, edges };
}
