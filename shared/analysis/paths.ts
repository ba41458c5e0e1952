/** Neighbourhoods and paths for exploring: "what is near X", "how is X connected to Y". */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { KnowledgeGraph } from '../graph/schema';
import { undirectedProjection } from './projection';

/** Nodes within `hops` steps of `node` (itself included), following edges in either direction. */
export function neighbourhood(graph: KnowledgeGraph, node: string, hops: number): Set<string> {
  if (!graph.hasNode(node)) throw new Error(`Node "${node}" is not in the graph.`);
  const seen = new Set([node]);
  let frontier = [node];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (seen.has(m)) return;
        seen.add(m);
        next.push(m);
      });
    }
    frontier = next;
  }
  return seen;
}

export interface Path {
  nodes: string[];
  /** One edge per step (either direction), for highlighting. */
  edges: string[];
}

/** A shortest path between two entities, ignoring edge direction; null when they are not connected. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string): Path | null {
  for (const n of [from, to]) if (!graph.hasNode(n)) throw new Error(`Node "${n}" is not in the graph.`);
  if (from === to) return { nodes: [from], edges: [] };
  const nodes = bidirectional(undirectedProjection(graph), from, to);
  if (!nodes) return null;
  const edges = nodes.slice(1).map((n, i) => graph.edges(nodes[i]!, n)[0] ?? graph.edges(n, nodes[i]!)[0]!);
  return { nodes, edges };
}
