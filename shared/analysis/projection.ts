/** The knowledge graph seen as a simple undirected weighted graph, which community and path algorithms need. */
import Graph from 'graphology';
import type { KnowledgeGraph } from '../graph/schema';

/** One undirected edge per connected pair (weights summed), no self-loops; directions are ignored. */
export function undirectedProjection(graph: KnowledgeGraph): Graph<Record<string, never>, { weight: number }> {
  const simple = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const weight = typeof attrs.weight === 'number' && attrs.weight > 0 ? attrs.weight : 1;
    simple.updateUndirectedEdge(source, target, (a) => ({ weight: (a?.weight ?? 0) + weight }));
  });
  return simple;
}
