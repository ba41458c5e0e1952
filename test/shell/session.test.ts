import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Actions } from '../../renderer/app/actions';
import { Workspace } from '../../renderer/app/workspace';
import type { MenuCommand, OpenedProject, Platform, ProjectRef, UnsavedChoice } from '../../renderer/platform/types';
import { ProjectSession } from '../../renderer/project/session';
import { projectText } from '../main/fixtures';

/** An in-memory Platform: files are a map, dialogs answer from queues the test fills. */
function fakePlatform() {
  const files = new Map<string, string>();
  const state = {
    recovery: null as string | null,
    dirtyCalls: [] as boolean[],
    openAnswers: [] as (OpenedProject | null)[],
    saveAsAnswers: [] as (ProjectRef | null)[],
    discardAnswers: [] as UnsavedChoice[],
    restoreAnswer: false,
    recoveryWrites: 0,
  };
  const menu = new Set<(c: MenuCommand) => void>();
  const platform: Platform = {
    kind: 'web',
    openProject: async () => state.openAnswers.shift() ?? null,
    openRecent: async (ref) => ({ ref, content: files.get(ref.id)! }),
    saveProject: async (content, ref) => {
      const target = ref ?? state.saveAsAnswers.shift() ?? null;
      if (target) files.set(target.id, content);
      return target;
    },
    importDocuments: async () => [],
    exportFile: async () => true,
    listRecent: async () => [],
    writeRecovery: async (content) => {
      state.recovery = content;
      state.recoveryWrites++;
    },
    readRecovery: async () => state.recovery,
    clearRecovery: async () => {
      state.recovery = null;
    },
    setDirty: (dirty) => void state.dirtyCalls.push(dirty),
    onMenuCommand: (fn) => (menu.add(fn), () => menu.delete(fn)),
    confirmDiscard: async () => state.discardAnswers.shift() ?? 'cancel',
    confirmRestore: async () => state.restoreAnswer,
    onOpenRecent: () => () => undefined,
  };
  return { platform, files, state, menu };
}

function setup() {
  const fake = fakePlatform();
  const workspace = new Workspace();
  const actions = new Actions();
  const reports: string[] = [];
  const session = new ProjectSession({
    platform: fake.platform,
    workspace,
    actions,
    report: (m) => void reports.push(m),
    loadSample: async () => projectText('sample'),
  });
  return { ...fake, workspace, actions, session, reports };
}

const noteOf = (w: Workspace) => w.graph.getNodeAttribute('person:putin', 'note');
function edit(w: Workspace, note: string) {
  w.graph.setNodeAttribute('person:putin', 'note', note);
  w.changed();
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('ProjectSession', () => {
  it('opens the sample on first run, clean', async () => {
    const { session, workspace } = setup();
    await session.start();
    expect(noteOf(workspace)).toBe('sample');
    expect(workspace.isDirty()).toBe(false);
  });

  it('offers the recovery copy after a crash and restores it as unsaved work', async () => {
    const { session, workspace, state } = setup();
    state.recovery = projectText('rescued');
    state.restoreAnswer = true;
    await session.start();
    expect(noteOf(workspace)).toBe('rescued');
    expect(workspace.isDirty()).toBe(true);
    expect(state.dirtyCalls.at(-1)).toBe(true);
  });

  it('discards the recovery copy when the person declines it', async () => {
    const { session, workspace, state } = setup();
    state.recovery = projectText('rescued');
    await session.start();
    expect(noteOf(workspace)).toBe('sample');
    expect(state.recovery).toBeNull();
  });

  it('autosaves a dirty project every 30 s, only when something changed, and clears it on save', async () => {
    const { session, workspace, state, actions } = setup();
    await session.start();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(state.recoveryWrites).toBe(0);
    edit(workspace, 'edited');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(state.recoveryWrites).toBe(1);
    expect(JSON.parse(state.recovery!).graph.nodes[0].attributes.note).toBe('edited');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(state.recoveryWrites).toBe(1);
    state.saveAsAnswers.push({ id: 'f1', name: 'one.relata' });
    await actions.run('file.save');
    expect(state.recovery).toBeNull();
    expect(workspace.isDirty()).toBe(false);
    expect(state.dirtyCalls.at(-1)).toBe(false);
  });

  it('asks before replacing unsaved work, and Cancel keeps it', async () => {
    const { session, workspace, state, files } = setup();
    await session.start();
    edit(workspace, 'mine');
    files.set('other', projectText('other'));
    state.openAnswers.push({ ref: { id: 'other', name: 'other.relata' }, content: projectText('other') });
    state.discardAnswers.push('cancel');
    await session.open();
    expect(noteOf(workspace)).toBe('mine');
    expect(state.openAnswers.length).toBe(1);
    state.discardAnswers.push('save');
    state.saveAsAnswers.push({ id: 'mine', name: 'mine.relata' });
    await session.open();
    expect(JSON.parse(files.get('mine')!).graph.nodes[0].attributes.note).toBe('mine');
    expect(noteOf(workspace)).toBe('other');
    expect(session.fileName).toBe('other.relata');
  });

  it('refuses a damaged file without touching the open project or its file', async () => {
    const { session, workspace, state, files } = setup();
    await session.start();
    state.saveAsAnswers.push({ id: 'good', name: 'good.relata' });
    await session.save();
    state.openAnswers.push({ ref: { id: 'bad', name: 'bad.relata' }, content: projectText().replace('"version":1', '"version":7') });
    await expect(session.open()).rejects.toThrow(/“bad\.relata” could not be opened.*newer Relata/);
    expect(session.fileName).toBe('good.relata');
    edit(workspace, 'later');
    await session.save();
    // The save went to the project's own file, never to the refused one.
    expect(files.has('bad')).toBe(false);
    expect(JSON.parse(files.get('good')!).graph.nodes[0].attributes.note).toBe('later');
  });
});
