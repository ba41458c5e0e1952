import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AddEdgeCommand,
  AddNodeCommand,
  annotateEdge,
  annotateNode,
  DeleteCommand,
  History,
  MergeNodesCommand,
  MoveNodesCommand,
  RenameNodeCommand,
  RetypeNodeCommand,
  ReverseEdgeCommand,
  SetHiddenCommand,
  SetPinnedCommand,
  SetPositionsCommand,
  type Command,
} from '../../shared/graph/commands';
import { TYPE_COLORS, type KnowledgeGraph } from '../../shared/graph/schema';
import { sampleGraph, snapshot } from './fixture';

/** Applies, undoes and redoes `command`, checking undo restores the graph exactly and redo repeats the result. */
function roundTrip(graph: KnowledgeGraph, command: Command): void {
  const before = snapshot(graph);
  const history = new History(graph);
  history.execute(command);
  const after = snapshot(graph);
  expect(after).not.toEqual(before);
  history.undo();
  expect(snapshot(graph)).toEqual(before);
  history.redo();
  expect(snapshot(graph)).toEqual(after);
}

describe('attribute commands', () => {
  it('rename keeps the old name as an alias and drops the new one from aliases', () => {
    const graph = sampleGraph();
    roundTrip(graph, new RenameNodeCommand('l:kyiv', 'Kiev'));
    expect(graph.getNodeAttributes('l:kyiv')).toMatchObject({ label: 'Kiev', aliases: ['Kyiv'] });
    expect(() => new RenameNodeCommand('l:kyiv', '  ')).toThrow(/name/);
  });

  it('retype moves a default-coloured node to the new type colour but keeps a custom colour', () => {
    const graph = sampleGraph();
    roundTrip(graph, new RetypeNodeCommand('p:biden', 'Organization'));
    expect(graph.getNodeAttributes('p:biden')).toMatchObject({ type: 'Organization', color: TYPE_COLORS.Organization });
    graph.setNodeAttribute('l:kyiv', 'color', '#123456');
    new RetypeNodeCommand('l:kyiv', 'Event').apply(graph);
    expect(graph.getNodeAttributes('l:kyiv')).toMatchObject({ type: 'Event', color: '#123456' });
  });

  it('annotates nodes and edges with notes, tags and colour; rejects a bad colour', () => {
    const graph = sampleGraph();
    roundTrip(graph, annotateNode('p:biden', { note: 'US president', tags: ['us', ' us ', 'leader'], color: '#AABBCC' }));
    expect(graph.getNodeAttributes('p:biden')).toMatchObject({ note: 'US president', tags: ['us', 'leader'], color: '#aabbcc' });
    roundTrip(graph, annotateEdge('e3', { note: 'disputed' }));
    expect(graph.getEdgeAttribute('e3', 'note')).toBe('disputed');
    expect(() => annotateNode('p:biden', { color: 'red' })).toThrow(/#rrggbb/);
  });

  it('fails clearly on a node that is gone', () => {
    expect(() => new RenameNodeCommand('nope', 'X').apply(sampleGraph())).toThrow(/not in the graph/);
  });
});

describe('add, delete, reverse', () => {
  it('adds a node and an edge, keeping the same keys on redo', () => {
    const graph = sampleGraph();
    const history = new History(graph);
    const add = new AddNodeCommand({ label: 'NATO', type: 'Organization', x: 4, y: 5 });
    history.execute(add);
    expect(graph.getNodeAttributes(add.key!)).toMatchObject({ label: 'NATO', type: 'Organization', x: 4, y: 5, mentions: 0 });
    const link = new AddEdgeCommand({ source: add.key!, target: 'l:kyiv', label: 'supports' });
    history.execute(link);
    expect(graph.source(link.key!)).toBe(add.key);
    history.undo();
    history.undo();
    expect(graph.hasNode(add.key!)).toBe(false);
    history.redo();
    history.redo();
    expect(graph.hasEdge(link.key!)).toBe(true);
    expect(() => new AddEdgeCommand({ source: 'p:biden', target: 'gone', label: 'x' }).apply(graph)).toThrow(/not in the graph/);
  });

  it('delete restores nodes with all incident edges (same keys, directions, attributes) on undo', () => {
    const graph = sampleGraph();
    roundTrip(graph, new DeleteCommand({ nodes: ['p:biden'], edges: ['e3'] }));
    expect(graph.hasNode('p:biden')).toBe(false);
    expect(graph.hasEdge('e1') || graph.hasEdge('e5') || graph.hasEdge('e3')).toBe(false);
    expect(graph.order).toBe(3);
  });

  it('reverse swaps a directed edge and refuses an undirected one', () => {
    const graph = sampleGraph();
    roundTrip(graph, new ReverseEdgeCommand('e3'));
    expect([graph.source('e3'), graph.target('e3')]).toEqual(['l:kyiv', 'p:vputin']);
    expect(() => new ReverseEdgeCommand('e5').apply(graph)).toThrow(/undirected/);
  });
});

describe('merge', () => {
  it('keeps aliases, evidence and occurrences, combines docs and mentions, rewires and combines parallels', () => {
    const graph = sampleGraph();
    roundTrip(graph, new MergeNodesCommand(['p:putin', 'p:vputin']));
    expect(graph.hasNode('p:vputin')).toBe(false);
    const putin = graph.getNodeAttributes('p:putin');
    expect(putin.label).toBe('Putin');
    expect(putin.aliases).toEqual(['Vladimir Putin', 'V. Putin']);
    expect(putin.docs).toEqual(['a.txt', 'b.txt']);
    expect(putin.mentions).toBe(2);
    expect(putin.occurrences).toHaveLength(2);
    expect(putin.note).toBe('President');
    expect(putin.tags).toEqual(['ru']);
    // "Putin is Vladimir Putin" would be a self-loop: gone.
    expect(graph.hasEdge('e4')).toBe(false);
    // Both "met Biden" edges became one with both sentences.
    const met = graph.edges('p:putin', 'p:biden');
    expect(met).toEqual(['e1']);
    const attrs = graph.getEdgeAttributes('e1');
    expect(attrs.support.map((s) => s.doc)).toEqual(['a.txt', 'b.txt']);
    expect(attrs.weight).toBe(2);
    expect(attrs.confidence).toBeCloseTo(0.8);
    expect(attrs.tags).toEqual(['summit']);
    // The attack edge moved to the survivor, keeping its key.
    expect([graph.source('e3'), graph.target('e3')]).toEqual(['p:putin', 'l:kyiv']);
  });

  it('needs two distinct nodes', () => {
    expect(() => new MergeNodesCommand(['p:putin', 'p:putin'])).toThrow(/two/);
  });
});

describe('positions', () => {
  it('a drag end is one command that pins, undo returns to the start and unpins', () => {
    const graph = sampleGraph();
    graph.mergeNodeAttributes('p:biden', { x: 10, y: 10 }); // the drag already moved it live
    const history = new History(graph);
    history.execute(new MoveNodesCommand({ 'p:biden': { x: 10, y: 10 } }, { 'p:biden': { x: -1, y: 0 } }));
    expect(graph.getNodeAttributes('p:biden')).toMatchObject({ x: 10, y: 10, pinned: true });
    history.undo();
    expect(graph.getNodeAttributes('p:biden')).toMatchObject({ x: -1, y: 0, pinned: false });
  });

  it('a layout run over many nodes is one undoable command', () => {
    const graph = sampleGraph();
    roundTrip(graph, new SetPositionsCommand({ 'p:biden': { x: 5, y: 5 }, 'l:kyiv': { x: 6, y: 6 }, gone: { x: 0, y: 0 } }, { label: 'Circular layout' }));
    expect(graph.getNodeAttributes('l:kyiv')).toMatchObject({ x: 6, y: 6 });
    expect(() => new SetPositionsCommand({ a: { x: NaN, y: 0 } })).toThrow(/finite/);
  });

  it('pins and unpins', () => {
    const graph = sampleGraph();
    roundTrip(graph, new SetPinnedCommand(['p:biden', 'l:kyiv'], true));
    expect(graph.getNodeAttribute('l:kyiv', 'pinned')).toBe(true);
  });

  it('hides nodes and shows them again, leaving no attribute on a shown node', () => {
    const graph = sampleGraph();
    roundTrip(graph, new SetHiddenCommand(['p:biden', 'l:kyiv'], true));
    expect(graph.getNodeAttribute('l:kyiv', 'hidden')).toBe(true);
    roundTrip(graph, new SetHiddenCommand(['l:kyiv'], false));
    expect(graph.hasNodeAttribute('l:kyiv', 'hidden')).toBe(false);
    expect(() => new SetHiddenCommand([], true)).toThrow(/Select the nodes/);
  });

  it('moves dragged nodes together and pins them', () => {
    const graph = sampleGraph();
    const command = new MoveNodesCommand({ 'p:biden': { x: 10, y: 10 }, 'l:kyiv': { x: 20, y: 5 } });
    expect(command.label).toBe('Move 2 nodes');
    roundTrip(graph, command);
    expect(graph.getNodeAttributes('l:kyiv')).toMatchObject({ x: 20, y: 5, pinned: true });
  });
});

describe('any sequence of edits', () => {
  const keys = ['p:putin', 'p:vputin', 'p:biden', 'l:kyiv'];
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('rename' as const), node: fc.constantFrom(...keys), name: fc.constantFrom('Putin', 'Kiev', 'Joe', 'NATO') }),
    fc.record({ kind: fc.constant('delete' as const), node: fc.constantFrom(...keys) }),
    fc.record({ kind: fc.constant('merge' as const), a: fc.constantFrom(...keys), b: fc.constantFrom(...keys) }),
    fc.record({ kind: fc.constant('move' as const), node: fc.constantFrom(...keys), x: fc.integer({ min: -50, max: 50 }) }),
    fc.record({ kind: fc.constant('link' as const), a: fc.constantFrom(...keys), b: fc.constantFrom(...keys), label: fc.constantFrom('met', 'is') }),
    fc.record({ kind: fc.constant('reverse' as const), index: fc.nat() }),
  );

  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

  function toCommand(graph: KnowledgeGraph, e: Edit): Command | null {
    switch (e.kind) {
      case 'rename':
        return graph.hasNode(e.node) ? new RenameNodeCommand(e.node, e.name) : null;
      case 'delete':
        return graph.hasNode(e.node) ? new DeleteCommand({ nodes: [e.node] }) : null;
      case 'merge':
        return e.a !== e.b && graph.hasNode(e.a) && graph.hasNode(e.b) ? new MergeNodesCommand([e.a, e.b]) : null;
      case 'move':
        return graph.hasNode(e.node) ? new SetPositionsCommand({ [e.node]: { x: e.x, y: -e.x } }) : null;
      case 'link':
        return graph.hasNode(e.a) && graph.hasNode(e.b) ? new AddEdgeCommand({ source: e.a, target: e.b, label: e.label }) : null;
      case 'reverse': {
        const directed = graph.directedEdges();
        return directed.length ? new ReverseEdgeCommand(directed[e.index % directed.length]!) : null;
      }
    }
  }
  it('undoing everything restores the original graph, redoing everything the edited one', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const graph = sampleGraph();
        const original = snapshot(graph);
        const history = new History(graph);
        const states: unknown[] = [];
        for (const e of edits) {
          const command = toCommand(graph, e);
          if (!command) continue;
          history.execute(command);
          states.push(snapshot(graph));
        }
        for (let i = states.length - 2; i >= -1; i--) {
          history.undo();
          expect(snapshot(graph)).toEqual(i >= 0 ? states[i] : original);
        }
        while (history.redo());
        expect(snapshot(graph)).toEqual(states.at(-1) ?? original);
      }),
      { numRuns: 200 },
    );
  });
});
