import { describe, expect, it } from 'vitest';
import { History } from '../../shared/graph/commands';
import { generateGraph } from '../../shared/graph/generate';
import { LayoutController, type OneShotLayout } from '../../renderer/layout/controller';

describe('LayoutController one-shot layouts', () => {
  it.each<OneShotLayout>(['circular', 'random', 'circlepack-type', 'circlepack-community', 'noverlap'])('%s is one undoable command and leaves pinned nodes alone', async (name) => {
    const graph = generateGraph({ nodes: 200, seed: 6 });
    graph.mergeNodeAttributes('n1', { pinned: true, x: 123, y: -45 });
    const history = new History(graph);
    const before = graph.export();
    const controller = new LayoutController({ graph, execute: (c) => history.execute(c) }, 0);
    await controller.run(name);
    expect(history.undoLabel()).toMatch(/layout$/);
    expect(graph.getNodeAttributes('n1')).toMatchObject({ x: 123, y: -45 });
    expect(graph.export()).not.toEqual(before);
    history.undo();
    expect(graph.export()).toEqual(before);
    expect(history.canUndo()).toBe(false);
  });
});
