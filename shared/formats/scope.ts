/** The part of a graph an export holds: the whole graph, what the filters show, or the selection. */
import { createKnowledgeGraph, type EdgeAttributes, type KnowledgeGraph } from '../graph/schema';

export interface ScopeFilter {
  /** Nodes to keep; null keeps every node. */
  nodes: ReadonlySet<string> | null;
  /** Edges to keep among the kept nodes; absent keeps every one. */
  edge?: (edge: string, attributes: EdgeAttributes) => boolean;
}

/**
 * The graph restricted to `filter`: kept nodes, and the edges between them that pass. The whole graph
 * comes back as it is; a part shares its attribute objects with the graph (writers only read them).
 */
export function scopedGraph(graph: KnowledgeGraph, filter: ScopeFilter): KnowledgeGraph {
  if (filter.nodes === null && !filter.edge) return graph;
  const part = createKnowledgeGraph();
  part.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attributes) => {
    if (!filter.nodes || filter.nodes.has(node)) part.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!part.hasNode(source) || !part.hasNode(target) || (filter.edge && !filter.edge(edge, attributes))) return;
    if (undirected) part.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else part.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return part;
}
