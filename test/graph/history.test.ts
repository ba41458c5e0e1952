import { describe, expect, it, vi } from 'vitest';
import { History, RenameNodeCommand, type Command } from '../../shared/graph/commands';
import { sampleGraph } from './fixture';

describe('History', () => {
  it('undoes and redoes in order, and a new edit drops the redo branch', () => {
    const graph = sampleGraph();
    const history = new History(graph);
    expect(history.canUndo()).toBe(false);
    history.execute(new RenameNodeCommand('p:biden', 'Joe Biden'));
    history.execute(new RenameNodeCommand('p:biden', 'President Biden'));
    expect(history.undoLabel()).toBe('Rename node');
    history.undo();
    expect(graph.getNodeAttribute('p:biden', 'label')).toBe('Joe Biden');
    history.undo();
    expect(graph.getNodeAttribute('p:biden', 'label')).toBe('Biden');
    expect(history.undo()).toBeNull();
    history.redo();
    expect(graph.getNodeAttribute('p:biden', 'label')).toBe('Joe Biden');
    expect(history.canRedo()).toBe(true);
    history.execute(new RenameNodeCommand('l:kyiv', 'Kyiv city'));
    expect(history.canRedo()).toBe(false);
    expect(history.redo()).toBeNull();
  });

  it('emits change on every step and stops after unsubscribe', () => {
    const history = new History(sampleGraph());
    const fn = vi.fn();
    const off = history.on('change', fn);
    history.execute(new RenameNodeCommand('p:biden', 'Joe Biden'));
    history.undo();
    history.redo();
    history.clear();
    expect(fn).toHaveBeenCalledTimes(4);
    expect(history.canUndo()).toBe(false);
    off();
    history.execute(new RenameNodeCommand('p:biden', 'J. Biden'));
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('records nothing when a command fails', () => {
    const history = new History(sampleGraph());
    const failing: Command = { label: 'Broken', apply: () => { throw new Error('no'); }, undo: () => {} };
    expect(() => history.execute(failing)).toThrow('no');
    expect(history.canUndo()).toBe(false);
  });
});
