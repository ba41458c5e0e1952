import { describe, expect, it } from 'vitest';
import { Actions } from '../../renderer/app/actions';
import { Selection } from '../../renderer/app/selection';

describe('Actions', () => {
  it('runs the registered handler and reports its failure instead of throwing', async () => {
    const actions = new Actions();
    const ran: string[] = [];
    const errors: string[] = [];
    actions.onError((e) => errors.push((e as Error).message));
    actions.register('edit.undo', () => void ran.push('undo'));
    actions.register('file.save', async () => {
      throw new Error('Disk full: free some space and save again.');
    });
    await actions.run('edit.undo');
    await actions.run('file.save');
    await actions.run('edit.redo');
    expect(ran).toEqual(['undo']);
    expect(errors).toEqual(['Disk full: free some space and save again.']);
  });

  it('unregisters only its own handler', async () => {
    const actions = new Actions();
    const off = actions.register('view.zoomFit', () => undefined);
    actions.register('view.zoomFit', () => undefined);
    off();
    expect(actions.has('view.zoomFit')).toBe(true);
  });
});

describe('Selection', () => {
  it('toggles with shift-click semantics and notifies', () => {
    const s = new Selection();
    let changes = 0;
    s.on(() => changes++);
    s.set(['a']);
    s.toggleNode('b');
    s.toggleNode('a');
    expect([...s.nodes]).toEqual(['b']);
    s.clear();
    s.clear();
    expect(changes).toBe(4);
  });

  it('prunes ids that left the graph', () => {
    const s = new Selection();
    s.set(['a', 'b'], ['e']);
    s.prune((n) => n === 'a', () => false);
    expect([...s.nodes]).toEqual(['a']);
    expect(s.edges.size).toBe(0);
  });
});
