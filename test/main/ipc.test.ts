import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IpcValidationError, parseInvokeArgs, parseSendArgs } from '../../main/ipc/channels';
import { registerIpcHandlers, type Dialogs, type IpcEventLike, type IpcResult, type ShellServices } from '../../main/ipc/handlers';
import { OpenRequests } from '../../main/open-requests';
import { ProjectRefs } from '../../main/project-refs';
import { ProjectStore } from '../../main/project-store';
import { RecentFiles } from '../../main/recent-files';
import { RecoveryStore } from '../../main/recovery';
import { WindowRecovery } from '../../main/window-recovery';
import type { ProjectRef } from '../../shared/shell/platform';
import { parseProject } from '../../shared/project/codec';
import { projectText, withTempDir } from './fixtures';

const APP = { senderFrame: { url: 'relata://app/index.html' } };

/** ipcMain stand-in: records handlers so tests can call channels the way the preload does. */
function fakeIpc() {
  const invokes = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  const sends = new Map<string, (event: IpcEventLike, ...args: unknown[]) => void>();
  return {
    handle: (channel: string, fn: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>) => void invokes.set(channel, fn),
    on: (channel: string, fn: (event: IpcEventLike, ...args: unknown[]) => void) => void sends.set(channel, fn),
    invoke: (channel: string, args: unknown[], event: IpcEventLike = APP) => invokes.get(channel)!(event, ...args) as Promise<IpcResult<unknown>>,
    send: (channel: string, args: unknown[], event: IpcEventLike = APP) => sends.get(channel)!(event, ...args),
    channels: () => [...invokes.keys(), ...sends.keys()],
  };
}

function setup(dir: string, dialogs: Partial<Dialogs> = {}) {
  const ipc = fakeIpc();
  const dirty: boolean[] = [];
  const errors: string[] = [];
  const pushed: ProjectRef[] = [];
  const suggested: string[] = [];
  const recovery = new RecoveryStore(join(dir, 'recovery'));
  const openRequests = new OpenRequests();
  const services: ShellServices = {
    dialogs: {
      chooseFileToOpen: async () => null,
      chooseProjectSavePath: async () => null,
      chooseDocuments: async () => [],
      chooseExportPath: async () => null,
      confirmDiscard: async () => 'cancel',
      confirmRestore: async () => 'later',
      showError: async (message, detail) => void errors.push(`${message}\n${detail ?? ''}`),
      ...dialogs,
    },
    refs: new ProjectRefs(),
    store: new ProjectStore(parseProject),
    recent: new RecentFiles(join(dir, 'recent.json')),
    recovery,
    windowRecovery: new WindowRecovery(recovery),
    openRequests,
    sendOpenRequest: (ref) => void pushed.push(ref),
    defaultFolder: () => join(dir, 'Documents'),
    onDirty: (value) => void dirty.push(value),
    onSaveSettled: () => undefined,
    onRecentChanged: () => undefined,
    isTrustedSender: (url) => url?.startsWith('relata://app/') ?? false,
  };
  registerIpcHandlers(ipc, services);
  return { ipc, dirty, errors, pushed, suggested, openRequests, recovery };
}

const value = <T>(result: IpcResult<unknown>): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value as T;
};

describe('IPC argument schemas', () => {
  it.each([
    ['project:save', [42, null, 'save']],
    ['project:save', ['{}', null]],
    ['project:save', ['{}', null, 'overwrite']],
    ['project:save', ['{}', { id: '../../etc/passwd', name: 'x' }, 'save']],
    ['project:save', ['{}', { id: '123e4567-e89b-12d3-a456-426614174000', name: 'x', path: '/etc/passwd' }, 'save']],
    ['project:openRef', ['/home/me/secret.relata']],
    ['project:openDropped', ['relative/path.relata']],
    ['project:openDropped', [{ path: '/etc/passwd' }]],
    ['recovery:read', ['../../etc/passwd']],
    ['recovery:write', ['{}', '/tmp/x.relata']],
    ['project:confirmRestore', [{ id: '123e4567-e89b-12d3-a456-426614174000', name: 'x', savedAt: Infinity }]],
    ['file:export', ['../../.bashrc', 'data', 'text/plain']],
    ['file:export', ['/etc/cron.d/job', 'data', 'text/plain']],
    ['file:export', ['graph.graphml', { length: 3 }, 'application/xml']],
    ['file:export', ['graph.graphml', 'data', 'not a mime']],
    ['recovery:write', [null]],
    ['project:open', ['/tmp/x.relata']],
  ])('%s refuses %j', (channel, args) => {
    expect(() => parseInvokeArgs(channel as never, args)).toThrow(IpcValidationError);
  });

  it('refuses unknown channels and bad send arguments', () => {
    expect(() => parseInvokeArgs('fs:readFile' as never, ['/etc/passwd'])).toThrow(/unknown channel/);
    expect(() => parseSendArgs('app:setDirty', ['yes'])).toThrow(IpcValidationError);
  });

  it('accepts well-formed arguments', () => {
    expect(parseInvokeArgs('file:export', ['g.png', new Uint8Array([1, 2]), 'image/png'])[0]).toBe('g.png');
    expect(parseSendArgs('app:setDirty', [true])).toEqual([true]);
  });
});

describe('IPC handlers', () => {
  it('registers every Platform channel', async () => {
    await withTempDir(async (dir) => {
      const { ipc } = setup(dir);
      expect(ipc.channels().sort()).toEqual(
        [
          'app:setDirty', 'documents:import', 'file:export', 'project:confirmDiscard', 'project:confirmRestore', 'project:open', 'project:openDropped',
          'project:openRef', 'project:save', 'recent:list', 'recovery:claim', 'recovery:clear', 'recovery:discard', 'recovery:list', 'recovery:read',
          'recovery:write', 'shell:takeOpenRequests',
        ].sort(),
      );
    });
  });

  it('answers bad arguments with an error result and does nothing', async () => {
    await withTempDir(async (dir) => {
      const { ipc } = setup(dir, { chooseProjectSavePath: async () => join(dir, 'should-not-exist.relata') });
      const result = await ipc.invoke('project:save', [{ not: 'a string' }, null, 'save']);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Refused IPC message on "project:save"/) });
      await expect(readFile(join(dir, 'should-not-exist.relata'))).rejects.toThrow(/ENOENT/);
    });
  });

  it('ignores messages from a frame that is not the app page', async () => {
    await withTempDir(async (dir) => {
      const { ipc, dirty } = setup(dir);
      const evil = { senderFrame: { url: 'https://evil.example/' } };
      expect(await ipc.invoke('recovery:write', ['x', null], evil)).toMatchObject({ ok: false, message: expect.stringMatching(/sender/) });
      ipc.send('app:setDirty', [true], evil);
      ipc.send('app:setDirty', ['not a boolean']);
      expect(dirty).toEqual([]);
      ipc.send('app:setDirty', [true]);
      expect(dirty).toEqual([true]);
    });
  });

  it('saves only to files chosen in a dialog, naming them by opaque ids', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'mine.relata');
      const { ipc } = setup(dir, { chooseProjectSavePath: async () => target });
      const saved = (await ipc.invoke('project:save', [projectText('v1'), null, 'save'])) as IpcResult<{ id: string; name: string }>;
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      expect(saved.value.name).toBe('mine.relata');
      expect(JSON.stringify(saved.value)).not.toContain(dir);
      // Saving again by id reaches the same file without a dialog.
      expect(await ipc.invoke('project:save', [projectText('v2'), saved.value, 'save'])).toMatchObject({ ok: true });
      expect(await readFile(target, 'utf8')).toBe(projectText('v2'));
      // An id main never issued is refused.
      const forged = { id: '123e4567-e89b-12d3-a456-426614174000', name: 'mine.relata' };
      expect(await ipc.invoke('project:save', [projectText('v3'), forged, 'save'])).toMatchObject({ ok: false, message: expect.stringMatching(/unknown project id/) });
      expect(await ipc.invoke('project:openRef', [forged])).toMatchObject({ ok: false });
      expect(await readFile(target, 'utf8')).toBe(projectText('v2'));
      // It is on the recent list, by ref.
      const recent = (await ipc.invoke('recent:list', [])) as IpcResult<{ ref: { id: string } }[]>;
      expect(recent.ok && recent.value.map((r) => r.ref.id)).toEqual([saved.value.id]);
    });
  });

  it('opening a corrupt project reports why and does not put it on the recent list', async () => {
    await withTempDir(async (dir) => {
      const bad = join(dir, 'bad.relata');
      await writeFile(bad, projectText().slice(0, 50));
      const { ipc } = setup(dir, { chooseFileToOpen: async () => bad });
      expect(await ipc.invoke('project:open', [])).toMatchObject({ ok: false, message: expect.stringMatching(/truncated/) });
      expect(await ipc.invoke('recent:list', [])).toEqual({ ok: true, value: [] });
    });
  });

  it('imports text files and reports the ones that are not text', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'a.txt'), 'Putin met Biden.');
      await writeFile(join(dir, 'b.bin'), new Uint8Array([0x89, 0x50, 0x00, 0x01]));
      const { ipc, errors } = setup(dir, { chooseDocuments: async () => [join(dir, 'a.txt'), join(dir, 'b.bin')] });
      expect(await ipc.invoke('documents:import', [])).toEqual({ ok: true, value: [{ name: 'a.txt', text: 'Putin met Biden.' }] });
      expect(errors.join()).toMatch(/1 of 2 files[\s\S]*b\.bin.*binary/);
    });
  });

  it('Save As starts beside the current file under its name, and a graph file is never overwritten by a project', async () => {
    await withTempDir(async (dir) => {
      const suggestions: string[] = [];
      const answers = [join(dir, 'first.relata'), join(dir, 'second.relata'), join(dir, 'from-graph.relata')];
      const { ipc } = setup(dir, {
        chooseProjectSavePath: async (suggested) => {
          suggestions.push(suggested);
          return answers.shift() ?? null;
        },
      });
      const first = value<ProjectRef>(await ipc.invoke('project:save', [projectText('v1'), null, 'save']));
      const second = value<ProjectRef>(await ipc.invoke('project:save', [projectText('v2'), first, 'saveAs']));
      expect(second.name).toBe('second.relata');
      const graph = join(dir, 'karate.graphml');
      await writeFile(graph, '<graphml/>');
      const { ipc: withGraph } = setup(dir, {
        chooseFileToOpen: async () => graph,
        chooseProjectSavePath: async (suggested) => {
          suggestions.push(suggested);
          return answers.shift() ?? null;
        },
      });
      const opened = value<{ ref: ProjectRef; content: string }>(await withGraph.invoke('project:open', []));
      expect(opened.content).toBe('<graphml/>');
      // Save (not Save As) of work that began as a GraphML file still asks, suggesting a project beside it.
      expect(value<ProjectRef>(await withGraph.invoke('project:save', [projectText('v3'), opened.ref, 'save'])).name).toBe('from-graph.relata');
      expect(suggestions).toEqual([join(dir, 'Documents', 'Untitled.relata'), join(dir, 'first.relata'), join(dir, 'karate.relata')]);
      expect(await readFile(graph, 'utf8')).toBe('<graphml/>');
    });
  });

  it('keeps the recovery copy with the file it belongs to, so restored work saves back to it', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'mine.relata');
      await writeFile(target, projectText('saved'));
      const before = setup(dir, { chooseFileToOpen: async () => target });
      const opened = value<{ ref: ProjectRef }>(await before.ipc.invoke('project:open', []));
      expect(value(await before.ipc.invoke('recovery:write', [projectText('unsaved'), opened.ref]))).toBeUndefined();
      // The process died; the next start (a new store in the same folder) is offered the copy.
      const after = setup(dir, { chooseProjectSavePath: async () => null });
      const [entry] = value<{ id: string; name: string }[]>(await after.ipc.invoke('recovery:list', []));
      expect(entry?.name).toBe('mine.relata');
      const work = value<{ content: string; ref: ProjectRef }>(await after.ipc.invoke('recovery:read', [entry!.id]));
      expect(work.content).toBe(projectText('unsaved'));
      expect(value(await after.ipc.invoke('recovery:claim', [entry!.id]))).toBeUndefined();
      expect(value(await after.ipc.invoke('recovery:list', []))).toEqual([]);
      // Save goes to the original file, without a dialog (the dialog would have cancelled).
      expect(value<ProjectRef>(await after.ipc.invoke('project:save', [work.content, work.ref, 'save'])).name).toBe('mine.relata');
      expect(await readFile(target, 'utf8')).toBe(projectText('unsaved'));
      // Clean again: the claimed copy goes.
      await after.ipc.invoke('recovery:clear', []);
      expect((await readdir(join(dir, 'recovery'))).filter((n) => n.endsWith('.relata'))).toEqual([]);
    });
  });

  it('opens a dropped project by its path, and refuses a dropped file that is not a project or graph', async () => {
    await withTempDir(async (dir) => {
      const project = join(dir, 'dropped.relata');
      await writeFile(project, projectText('dropped'));
      const { ipc } = setup(dir);
      const opened = value<{ ref: ProjectRef; content: string }>(await ipc.invoke('project:openDropped', [project]));
      expect(opened.ref.name).toBe('dropped.relata');
      await ipc.invoke('project:save', [projectText('edited'), opened.ref, 'save']);
      expect(await readFile(project, 'utf8')).toBe(projectText('edited'));
      expect(await ipc.invoke('project:openDropped', ['/etc/passwd'])).toMatchObject({ ok: false, message: expect.stringMatching(/not a project/) });
    });
  });

  it('hands the page the files asked for before it was ready, then later ones as they come', async () => {
    await withTempDir(async (dir) => {
      const { ipc, openRequests, pushed } = setup(dir);
      openRequests.add(join(dir, 'a.relata'));
      openRequests.add(join(dir, 'b.graphml'));
      const taken = value<ProjectRef[]>(await ipc.invoke('shell:takeOpenRequests', []));
      expect(taken.map((r) => r.name)).toEqual(['a.relata', 'b.graphml']);
      expect(value(await ipc.invoke('shell:takeOpenRequests', []))).toEqual([]);
      openRequests.add(join(dir, 'c.gexf'));
      expect(pushed.map((r) => r.name)).toEqual(['c.gexf']);
      // The refs name real files main can open for the page.
      await writeFile(join(dir, 'a.relata'), projectText('from argv'));
      expect(value<{ content: string }>(await ipc.invoke('project:openRef', [taken[0]])).content).toBe(projectText('from argv'));
    });
  });
});
