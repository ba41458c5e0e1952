import { describe, expect, it } from 'vitest';
import { Workspace } from '../../renderer/app/workspace';
import { createKnowledgeGraph } from '../../shared/graph/schema';
import { node, sampleGraph } from './fixture';

function loaded(): Workspace {
  const ws = new Workspace();
  const other = new Workspace();
  other.graph.import(sampleGraph().export());
  other.documents = [{ name: 'a.txt', text: 'Putin leads Russia.' }];
  ws.load(other.toProject());
  return ws;
}

describe('Workspace', () => {
  it('load replaces contents in the same graph instance and is clean', () => {
    const ws = loaded();
    const graph = ws.graph;
    expect(ws.graph.order).toBe(5);
    expect(ws.isDirty()).toBe(false);
    ws.load({ ...ws.toProject(), graph: createKnowledgeGraph().export(), documents: [] });
    expect(ws.graph).toBe(graph);
    expect(graph.order).toBe(0);
    expect(ws.documents).toEqual([]);
  });

  it('round-trips through toProject', () => {
    const ws = loaded();
    ws.view.colorBy = 'community';
    const again = new Workspace();
    again.load(ws.toProject());
    expect(again.graph.getNodeAttribute('us', 'aliases')).toEqual(['US', 'U.S.']);
    expect(again.graph.size).toBe(4);
    expect(again.view.colorBy).toBe('community');
  });

  it('addDocuments is one undoable edit that marks the workspace dirty', () => {
    const ws = loaded();
    const events: string[] = [];
    ws.on('dirty', () => events.push(ws.isDirty() ? 'dirty' : 'clean'));
    const extracted = createKnowledgeGraph();
    extracted.addNode('zelensky', node('Volodymyr Zelensky', 'Person'));
    extracted.addNode('russia', node('Russia', 'Place'));
    extracted.addDirectedEdge('zelensky', 'russia', { ...ws.graph.getEdgeAttributes('e1'), label: 'condemned' });
    ws.addDocuments([{ name: 'c.txt', text: 'Zelensky condemned Russia.' }], extracted);
    expect(ws.graph.hasNode('zelensky')).toBe(true);
    expect(ws.graph.size).toBe(5);
    expect(ws.documents.map((d) => d.name)).toEqual(['a.txt', 'c.txt']);
    expect(events).toEqual(['dirty']);
    ws.undo();
    expect(ws.graph.hasNode('zelensky')).toBe(false);
    expect(ws.graph.size).toBe(4);
    expect(ws.documents.map((d) => d.name)).toEqual(['a.txt']);
    ws.markClean();
    expect(events).toEqual(['dirty', 'clean']);
  });
});
