import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { History } from '../../shared/graph/commands';
import { generateGraph } from '../../shared/graph/generate';
import { LayoutController } from '../../renderer/layout/controller';
import type { OneShotLayout } from '../../shared/layout/collection';

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

describe('LayoutController positions in motion', () => {
  beforeEach(() => {
    // Node has no animation frames: stubs for the fake timers to take over.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A controller whose host logs what reaches it, and the graph's position events, in order. */
  function logged() {
    const graph = generateGraph({ nodes: 60, seed: 4 });
    const history = new History(graph);
    const log: string[] = [];
    graph.on('eachNodeAttributesUpdated', () => log.push('graph event'));
    const controller = new LayoutController({
      graph,
      execute: (c) => (log.push('command'), history.execute(c)),
      showMotion: (moving) => log.push(moving ? 'frame' : 'still'),
    }, 400);
    return { graph, history, log, controller };
  }

  it('draws each frame of an animation without graph events, then commits it as one command', async () => {
    const { graph, history, log, controller } = logged();
    const start = { ...graph.getNodeAttributes('n2') };
    const done = controller.run('circular');
    await vi.advanceTimersByTimeAsync(200);
    const midway = { ...graph.getNodeAttributes('n2') };
    await vi.advanceTimersByTimeAsync(400);
    await done;
    const end = graph.getNodeAttributes('n2');
    expect(log.filter((e) => e === 'frame').length).toBeGreaterThan(10);
    expect(log.filter((e) => e === 'graph event')).toHaveLength(1);
    expect(log.slice(log.indexOf('still'))).toEqual(['still', 'command', 'graph event']);
    expect(midway.x).not.toBe(start.x);
    expect(midway.x).not.toBe(end.x);
    history.undo();
    expect(graph.getNodeAttributes('n2')).toMatchObject({ x: start.x, y: start.y });
  });

  it('settles an animation at once where it was going, committed as if it had run its course', async () => {
    const { graph, history, log, controller } = logged();
    const done = controller.run('circular');
    await vi.advanceTimersByTimeAsync(100);
    controller.settle();
    await done;
    const settled = graph.export();
    history.undo();
    void controller.run('circular');
    await vi.advanceTimersByTimeAsync(1000);
    expect(graph.export()).toEqual(settled);
    expect(log.filter((e) => e === 'command')).toHaveLength(2);
  });

  it('puts an interrupted animation back where it started, with no command', async () => {
    const { graph, history, log, controller } = logged();
    const before = graph.export();
    void controller.run('circular');
    await vi.advanceTimersByTimeAsync(200);
    controller.dispose();
    expect(log.at(-1)).toBe('still');
    expect(log).not.toContain('command');
    expect(history.canUndo()).toBe(false);
    expect(graph.export()).toEqual(before);
  });
});
