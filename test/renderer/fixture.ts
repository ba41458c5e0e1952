/** A small knowledge graph with parallel edges, several types and occurrences, for renderer tests. */
import { createKnowledgeGraph, TYPE_COLORS, type EntityType, type KnowledgeGraph, type NodeAttributes, type EdgeAttributes } from '../../shared/graph/schema';

export function node(label: string, type: EntityType, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label, type, aliases: [], mentions: 1, docs: ['a.txt'], x: 0, y: 0, size: 5, color: TYPE_COLORS[type],
    note: '', tags: [], pinned: false, occurrences: [], ...extra,
  };
}

export function edge(label: string, extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return { label, predicate: label, evidence: '', doc: 'a.txt', confidence: 0.8, weight: 1, note: '', tags: [], support: [], ...extra };
}

export function sampleGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.addNode('putin', node('Vladimir Putin', 'Person', { aliases: ['Putin'], mentions: 5, x: 0, y: 0, docs: ['a.txt', 'b.txt'] }));
  g.addNode('russia', node('Russia', 'Place', { mentions: 4, x: 10, y: 0 }));
  g.addNode('kremlin', node('Kremlin', 'Organization', { mentions: 2, x: 0, y: 10, docs: ['b.txt'] }));
  g.addNode('atacms', node('ATACMS', 'Weapon', { mentions: 1, x: 10, y: 10 }));
  g.addNode('us', node('United States', 'Place', { aliases: ['US', 'U.S.'], mentions: 3, x: -10, y: 5 }));
  g.addDirectedEdgeWithKey('e1', 'putin', 'russia', edge('leads', { confidence: 0.9 }));
  g.addDirectedEdgeWithKey('e2', 'putin', 'russia', edge('visited', { confidence: 0.4 }));
  g.addDirectedEdgeWithKey('e3', 'kremlin', 'putin', edge('speaks for', { confidence: 0.7, doc: 'b.txt' }));
  g.addDirectedEdgeWithKey('e4', 'us', 'atacms', edge('supplied', { confidence: 0.6 }));
  return g;
}
