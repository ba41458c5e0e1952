import { createKnowledgeGraph, TYPE_COLORS, type EdgeAttributes, type EntityType, type KnowledgeGraph, type NodeAttributes } from '../../shared/graph/schema';

export function node(label: string, type: EntityType = 'Person', extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return { label, type, aliases: [], mentions: 1, docs: ['a.txt'], x: 0, y: 0, size: 5, color: TYPE_COLORS[type], note: '', tags: [], pinned: false, occurrences: [], ...extra };
}

export function edge(label: string, extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  const support = extra.support ?? [{ doc: 'a.txt', sentence: 0, text: `X ${label} Y.`, start: 0 }];
  return { label, predicate: label, evidence: support[0]?.text ?? '', doc: 'a.txt', confidence: 0.5, weight: support.length, note: '', tags: [], support, ...extra };
}

/** Putin, Vladimir Putin, Biden, Kyiv with a few relations, including a parallel pair and an undirected edge. */
export function sampleGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.addNode('p:putin', node('Putin', 'Person', { x: 1, y: 1, occurrences: [{ doc: 'a.txt', sentence: 0, start: 0, end: 5, text: 'Putin' }] }));
  g.addNode('p:vputin', node('Vladimir Putin', 'Person', { x: 2, y: 2, aliases: ['V. Putin'], docs: ['b.txt'], note: 'President', tags: ['ru'], occurrences: [{ doc: 'b.txt', sentence: 3, start: 40, end: 54, text: 'Vladimir Putin' }] }));
  g.addNode('p:biden', node('Biden', 'Person', { x: -1, y: 0 }));
  g.addNode('l:kyiv', node('Kyiv', 'Place', { x: 0, y: -3, aliases: ['Kiev'] }));
  g.addDirectedEdgeWithKey('e1', 'p:putin', 'p:biden', edge('met', { support: [{ doc: 'a.txt', sentence: 1, text: 'Putin met Biden.', start: 10 }], confidence: 0.6 }));
  g.addDirectedEdgeWithKey('e2', 'p:vputin', 'p:biden', edge('met', { support: [{ doc: 'b.txt', sentence: 2, text: 'Vladimir Putin met Biden.', start: 30 }], confidence: 0.5, tags: ['summit'] }));
  g.addDirectedEdgeWithKey('e3', 'p:vputin', 'l:kyiv', edge('attacked'));
  g.addDirectedEdgeWithKey('e4', 'p:putin', 'p:vputin', edge('is'));
  g.addUndirectedEdgeWithKey('e5', 'p:biden', 'l:kyiv', edge('visited'));
  return g;
}

/** A comparable snapshot: nodes and edges with attributes, independent of insertion order. */
export function snapshot(graph: KnowledgeGraph): unknown {
  const s = graph.export();
  return {
    attributes: s.attributes ?? {},
    nodes: [...s.nodes].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...s.edges].map((e) => ({ ...e, undirected: e.undirected ?? false })).sort((a, b) => String(a.key).localeCompare(String(b.key))),
  };
}
