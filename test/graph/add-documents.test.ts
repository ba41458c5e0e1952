import { describe, expect, it } from 'vitest';
import { AddDocumentsCommand, DeleteCommand, History, MergeNodesCommand, MoveNodesCommand, RenameNodeCommand, annotateNode } from '../../shared/graph/commands';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../shared/graph/schema';
import { edge, node, sampleGraph, snapshot } from './fixture';

/** What an extraction of a new document "c.txt" might return. */
function extractedFromNewDocument(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  const occ = (text: string, start: number) => [{ doc: 'c.txt', sentence: 0, start, end: start + text.length, text }];
  g.addNode('p:putin', node('Putin', 'Person', { docs: ['c.txt'], occurrences: occ('Putin', 0) }));
  g.addNode('x:kiev', node('Kiev', 'Place', { docs: ['c.txt'], occurrences: occ('Kiev', 20) }));
  g.addNode('p:biden', node('Biden', 'Person', { docs: ['c.txt'], occurrences: occ('Biden', 40) }));
  g.addNode('o:nato', node('NATO', 'Organization', { docs: ['c.txt'], occurrences: occ('NATO', 60) }));
  g.addNode('o:un', node('United Nations', 'Organization', { docs: ['c.txt'], aliases: ['UN'], occurrences: occ('UN', 80) }));
  const ev = (text: string) => ({ support: [{ doc: 'c.txt', sentence: 1, text, start: 100 }] });
  g.addDirectedEdgeWithKey('p:putin|met|p:biden', 'p:putin', 'p:biden', edge('met', ev('Putin met Biden again.')));
  g.addDirectedEdgeWithKey('o:nato|warned|p:putin', 'o:nato', 'p:putin', edge('warned', ev('NATO warned Putin.')));
  g.addDirectedEdgeWithKey('p:putin|attacked|x:kiev', 'p:putin', 'x:kiev', edge('attacked', ev('Putin attacked Kiev.')));
  return g;
}

describe('AddDocumentsCommand', () => {
  it('recognises nodes by id and by label/alias case-insensitively, and enriches them', () => {
    const graph = sampleGraph();
    graph.dropNode('p:biden');
    graph.addNode('p:joe', node('Joe Biden', 'Person', { aliases: ['BIDEN'], x: 7, y: 7 }));
    const command = new AddDocumentsCommand(extractedFromNewDocument());
    new History(graph).execute(command);
    // 'x:kiev' is the existing Kyiv (alias Kiev), 'p:biden' is Joe Biden (alias BIDEN).
    expect(graph.hasNode('x:kiev')).toBe(false);
    expect(graph.hasNode('p:biden')).toBe(false);
    expect(graph.getNodeAttributes('l:kyiv')).toMatchObject({ label: 'Kyiv', docs: ['a.txt', 'c.txt'] });
    expect(graph.getNodeAttributes('p:joe').docs).toContain('c.txt');
    expect(graph.getNodeAttribute('p:putin', 'mentions')).toBe(2);
    expect(command.summary.addedNodes.sort()).toEqual(['o:nato', 'o:un']);
    expect(graph.edges('p:putin', 'p:joe')).toHaveLength(1);
  });

  it('keeps the person’s renames, notes, positions, pins and merges', () => {
    const graph = sampleGraph();
    const history = new History(graph);
    history.execute(new RenameNodeCommand('p:putin', 'President Putin'));
    history.execute(annotateNode('p:putin', { note: 'checked', tags: ['key'] }));
    history.execute(new MoveNodesCommand({ 'p:putin': { x: 30, y: 40 } }, { 'p:putin': { x: 1, y: 1 } }));
    history.execute(new MergeNodesCommand(['p:putin', 'p:vputin']));
    const beforeAdd = snapshot(graph);
    history.execute(new AddDocumentsCommand(extractedFromNewDocument()));
    const putin = graph.getNodeAttributes('p:putin');
    expect(putin).toMatchObject({ label: 'President Putin', note: 'checked\n\nPresident', tags: ['key', 'ru'], x: 30, y: 40, pinned: true });
    expect(putin.docs).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // "met Biden" already existed on the merged node: one edge, three sentences now.
    const met = graph.edges('p:putin', 'p:biden');
    expect(met).toHaveLength(1);
    expect(graph.getEdgeAttribute(met[0]!, 'weight')).toBe(3);
    history.undo();
    expect(snapshot(graph)).toEqual(beforeAdd);
  });

  it('does not bring back what the person deleted', () => {
    const graph = sampleGraph();
    const history = new History(graph);
    history.execute(new DeleteCommand({ nodes: ['l:kyiv'], edges: ['e1'] }));
    const command = new AddDocumentsCommand(extractedFromNewDocument());
    history.execute(command);
    expect(graph.nodes().some((n) => /ki/i.test(graph.getNodeAttribute(n, 'label')))).toBe(false);
    expect(graph.edges('p:putin', 'p:biden')).toHaveLength(0);
    expect(command.summary.skippedDeleted).toBe(2);
    // The same extraction after undoing the deletion brings them in.
    history.undo();
    history.undo();
    history.execute(new AddDocumentsCommand(extractedFromNewDocument()));
    expect(graph.edges('p:putin', 'p:biden')).toHaveLength(1);
  });

  it('places new nodes near their neighbours, deterministically', () => {
    const place = () => {
      const graph = sampleGraph();
      graph.forEachNode((n) => graph.mergeNodeAttributes(n, { x: 100, y: 100 }));
      new AddDocumentsCommand(extractedFromNewDocument()).apply(graph);
      return graph;
    };
    const a = place();
    const nato = a.getNodeAttributes('o:nato');
    const un = a.getNodeAttributes('o:un');
    expect(Math.hypot(nato.x - 100, nato.y - 100)).toBeLessThan(Math.hypot(un.x - 100, un.y - 100));
    expect(Number.isFinite(un.x)).toBe(true);
    expect(snapshot(place())).toEqual(snapshot(a));
  });

  it('into an empty graph it adds everything where the extraction laid it out, and undo empties it again', () => {
    const graph = createKnowledgeGraph();
    const history = new History(graph);
    const extracted = extractedFromNewDocument();
    extracted.forEachNode((n, a) => extracted.mergeNodeAttributes(n, { x: a.label.length * 10, y: -a.label.length }));
    history.execute(new AddDocumentsCommand(extracted, 1));
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(3);
    graph.forEachNode((n, a) => expect([a.x, a.y]).toEqual([extracted.getNodeAttribute(n, 'x'), extracted.getNodeAttribute(n, 'y')]));
    history.undo();
    expect(graph.order).toBe(0);
  });
});
