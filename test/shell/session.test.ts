import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Actions } from '../../renderer/app/actions';
import { Workspace } from '../../renderer/app/workspace';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_DELAY_MS, ProjectSession } from '../../renderer/project/session';
import type { MenuCommand, OpenedProject, Platform, ProjectRef, RecoveryEntry, RestoreChoice, SaveMode, UnsavedChoice } from '../../shared/shell/platform';
import { projectText } from '../main/fixtures';

interface Copy {
  content: unknown;
  ref: ProjectRef | null;
  savedAt: number;
}

/** An in-memory Platform: files are a map, dialogs answer from queues the test fills. */
function fakePlatform() {
  const files = new Map<string, string>();
  const state = {
    /** This window's own recovery copy. */
    own: null as Copy | null,
    /** Copies left by windows that died, by id. */
    orphans: new Map<string, Copy>(),
    dirtyCalls: [] as boolean[],
    openAnswers: [] as (OpenedProject | null)[],
    saveAsAnswers: [] as (ProjectRef | null)[],
    saves: [] as { ref: ProjectRef | null; mode: SaveMode }[],
    discardAnswers: [] as UnsavedChoice[],
    restoreAnswers: [] as RestoreChoice[],
    offered: [] as RecoveryEntry[],
    recoveryWrites: 0,
    openRequests: [] as ProjectRef[],
  };
  const menu = new Set<(c: MenuCommand) => void>();
  const readCopy = (id: string) => {
    const copy = state.orphans.get(id);
    if (!copy) throw new Error('gone');
    if (typeof copy.content !== 'string') throw new Error('The copy is damaged: it holds no project text.');
    return { content: copy.content, ref: copy.ref };
  };
  const platform: Platform = {
    kind: 'web',
    openProject: async () => state.openAnswers.shift() ?? null,
    openRef: async (ref) => ({ ref, content: files.get(ref.id)! }),
    openDropped: async (file) => ({ ref: { id: file.name, name: file.name }, content: await file.text() }),
    saveProject: async (content, ref, mode) => {
      state.saves.push({ ref, mode });
      const target = mode === 'save' && ref ? ref : (state.saveAsAnswers.shift() ?? null);
      if (target) files.set(target.id, content);
      return target;
    },
    importDocuments: async () => [],
    exportFile: async () => true,
    listRecent: async () => [],
    writeRecovery: async (content, ref) => {
      state.own = { content, ref, savedAt: Date.now() };
      state.recoveryWrites++;
    },
    clearRecovery: async () => {
      state.own = null;
    },
    listRecovery: async () => [...state.orphans].map(([id, c]) => ({ id, name: c.ref?.name ?? 'Untitled', savedAt: c.savedAt })),
    readRecovery: async (id) => readCopy(id),
    claimRecovery: async (id) => {
      state.own = state.orphans.get(id)!;
      state.orphans.delete(id);
    },
    discardRecovery: async (id) => void state.orphans.delete(id),
    setDirty: (dirty) => void state.dirtyCalls.push(dirty),
    onMenuCommand: (fn) => (menu.add(fn), () => menu.delete(fn)),
    confirmDiscard: async () => state.discardAnswers.shift() ?? 'cancel',
    confirmRestore: async (entry) => {
      state.offered.push(entry);
      return state.restoreAnswers.shift() ?? 'later';
    },
    takeOpenRequests: async () => state.openRequests.splice(0),
    onOpenRequest: () => () => undefined,
  };
  return { platform, files, state, menu };
}

function setup() {
  const fake = fakePlatform();
  const workspace = new Workspace();
  const actions = new Actions();
  const reports: { message: string; kind: string }[] = [];
  const titles: string[] = [];
  const session = new ProjectSession({
    platform: fake.platform,
    workspace,
    actions,
    report: (message, kind = 'info') => void reports.push({ message, kind }),
    loadSample: async () => projectText('sample'),
    setTitle: (title) => void titles.push(title),
  });
  return { ...fake, workspace, actions, session, reports, titles };
}

const noteOf = (w: Workspace) => w.graph.getNodeAttribute('person:putin', 'note');
const noteIn = (content: unknown) => JSON.parse(content as string).graph.nodes[0].attributes.note;
function edit(w: Workspace, note: string) {
  w.graph.setNodeAttribute('person:putin', 'note', note);
  w.changed();
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('ProjectSession: start-up', () => {
  it('opens the sample on first run, clean', async () => {
    const { session, workspace, titles } = setup();
    await session.start();
    expect(noteOf(workspace)).toBe('sample');
    expect(workspace.isDirty()).toBe(false);
    expect(titles.at(-1)).toBe('Sample project — Relata');
  });

  it('opens the file it was launched with instead of the sample', async () => {
    const { session, workspace, state, files } = setup();
    files.set('argv', projectText('from the command line'));
    state.openRequests.push({ id: 'argv', name: 'news.relata' });
    await session.start();
    expect(noteOf(workspace)).toBe('from the command line');
    expect(session.fileName).toBe('news.relata');
  });

  it('restores a copy as unsaved work that remembers its file: Save writes there without asking', async () => {
    const { session, workspace, state, files, titles } = setup();
    const original = { id: 'orig', name: 'ukraine.relata' };
    state.orphans.set('crashed', { content: projectText('rescued'), ref: original, savedAt: 5 });
    state.restoreAnswers.push('restore');
    await session.start();
    expect(noteOf(workspace)).toBe('rescued');
    expect(workspace.isDirty()).toBe(true);
    expect(state.dirtyCalls.at(-1)).toBe(true);
    expect(titles.at(-1)).toBe('● ukraine.relata — Relata');
    // Claimed: it is this window's copy now, no longer another's to offer.
    expect(state.orphans.size).toBe(0);
    expect(noteIn(state.own?.content)).toBe('rescued');
    await session.save();
    expect(state.saves.at(-1)).toEqual({ ref: original, mode: 'save' });
    expect(noteIn(files.get('orig'))).toBe('rescued');
    expect(titles.at(-1)).toBe('ukraine.relata — Relata');
    expect(state.own).toBeNull();
  });

  it('"Later" keeps the copy and opens the sample; "Discard" removes it', async () => {
    const later = setup();
    later.state.orphans.set('a', { content: projectText('keep me'), ref: null, savedAt: 1 });
    await later.session.start();
    expect(noteOf(later.workspace)).toBe('sample');
    expect(later.state.orphans.has('a')).toBe(true);

    const discard = setup();
    discard.state.orphans.set('a', { content: projectText('throw away'), ref: null, savedAt: 1 });
    discard.state.restoreAnswers.push('discard');
    await discard.session.start();
    expect(discard.state.orphans.has('a')).toBe(false);
  });

  it.each([
    ['from a newer Relata', projectText().replace('"version":1', '"version":9'), /newer Relata.*Update Relata/],
    ['that is not text', { not: 'a string' }, /damaged: it holds no project text/],
    ['that is truncated', projectText().slice(0, 40), /truncated/],
  ])('keeps a copy %s when restoring it fails, and says why', async (_what, content, reason) => {
    const { session, workspace, state, reports } = setup();
    state.orphans.set('bad', { content, ref: null, savedAt: 1 });
    state.restoreAnswers.push('restore');
    await session.start();
    expect(state.orphans.get('bad')?.content).toBe(content);
    const error = reports.find((r) => r.kind === 'error')!;
    expect(error.message).toMatch(/could not be restored/);
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/The copy is kept\.$/);
    expect(error.message).not.toMatch(/TypeError|undefined/);
    // The sample opens; nothing of the failed copy was loaded.
    expect(noteOf(workspace)).toBe('sample');
  });

  it('offers each copy in turn until one is restored', async () => {
    const { session, workspace, state } = setup();
    state.orphans.set('broken', { content: 7, ref: null, savedAt: 2 });
    state.orphans.set('good', { content: projectText('second copy'), ref: null, savedAt: 1 });
    state.restoreAnswers.push('restore', 'restore');
    await session.start();
    expect(state.offered.map((e) => e.id)).toEqual(['broken', 'good']);
    expect(noteOf(workspace)).toBe('second copy');
    expect(state.orphans.has('broken')).toBe(true);
  });
});

describe('ProjectSession: the recovery copy', () => {
  it('is written a few seconds after the last edit, not 30 s later, and only when something changed', async () => {
    const { session, workspace, state } = setup();
    await session.start();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_DELAY_MS + 1000);
    expect(state.recoveryWrites).toBe(0);
    edit(workspace, 'one');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(state.recoveryWrites).toBe(0);
    edit(workspace, 'two');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    // Still typing: the timer restarted.
    expect(state.recoveryWrites).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(state.recoveryWrites).toBe(1);
    expect(noteIn(state.own?.content)).toBe('two');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_DELAY_MS);
    expect(state.recoveryWrites).toBe(1);
  });

  it('is written at least every 30 s while edits keep coming', async () => {
    const { session, workspace, state } = setup();
    await session.start();
    for (let t = 0; t < AUTOSAVE_MAX_DELAY_MS + 2 * AUTOSAVE_DELAY_MS; t += AUTOSAVE_DELAY_MS / 2) {
      edit(workspace, `edit at ${t}`);
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    }
    expect(state.recoveryWrites).toBe(1);
  });

  it('carries the file the work belongs to, and goes when the work is saved', async () => {
    const { session, workspace, state, actions, titles } = setup();
    await session.start();
    state.saveAsAnswers.push({ id: 'f1', name: 'one.relata' });
    await actions.run('file.save');
    edit(workspace, 'edited');
    expect(titles.at(-1)).toBe('● one.relata — Relata');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(state.own?.ref).toEqual({ id: 'f1', name: 'one.relata' });
    await actions.run('file.save');
    expect(state.own).toBeNull();
    expect(workspace.isDirty()).toBe(false);
    expect(state.dirtyCalls.at(-1)).toBe(false);
  });
});

describe('ProjectSession: files', () => {
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
    expect(noteIn(files.get('mine'))).toBe('mine');
    expect(noteOf(workspace)).toBe('other');
    expect(session.fileName).toBe('other.relata');
  });

  it('Save As passes the current file, so the dialog can start from its name and folder', async () => {
    const { session, state } = setup();
    await session.start();
    state.saveAsAnswers.push({ id: 'a', name: 'a.relata' }, { id: 'b', name: 'b.relata' });
    await session.save();
    await session.saveAs();
    expect(state.saves).toEqual([
      { ref: null, mode: 'saveAs' },
      { ref: { id: 'a', name: 'a.relata' }, mode: 'saveAs' },
    ]);
    expect(session.fileName).toBe('b.relata');
  });

  it('opens a dropped project, and knows which dropped files are projects', async () => {
    const { session, workspace } = setup();
    await session.start();
    expect(session.canOpen('news.relata')).toBe(true);
    expect(session.canOpen('news.txt')).toBe(false);
    await session.openDropped({ name: 'dropped.relata', text: async () => projectText('dropped') });
    expect(noteOf(workspace)).toBe('dropped');
    expect(session.fileName).toBe('dropped.relata');
  });

  it('opens a file whose values it had to repair, and says what it repaired', async () => {
    const { session, workspace, state, reports } = setup();
    await session.start();
    const graphml = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="y" for="node" attr.name="y" attr.type="double"/><graph edgedefault="directed"><node id="a"><data key="y">-INF</data></node></graph></graphml>';
    state.openAnswers.push({ ref: { id: 'inf', name: 'inf.graphml' }, content: graphml });
    await session.open();
    expect(Number.isFinite(workspace.graph.getNodeAttribute('a', 'y'))).toBe(true);
    expect(reports.at(-1)).toEqual({ message: expect.stringMatching(/^Opened inf\.graphml, with values it could not hold repaired: y values that are not finite numbers were replaced \(once; first: node "a"\)\.$/), kind: 'error' });
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
    expect(noteIn(files.get('good'))).toBe('later');
  });
});
