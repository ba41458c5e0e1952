import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IpcValidationError, parseInvokeArgs, parseSendArgs } from '../../main/ipc/channels';
import { registerIpcHandlers, type Dialogs, type IpcEventLike, type IpcResult, type ShellServices } from '../../main/ipc/handlers';
import { ProjectRefs } from '../../main/project-refs';
import { ProjectStore } from '../../main/project-store';
import { RecentFiles } from '../../main/recent-files';
import { RecoveryStore } from '../../main/recovery';
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
  const services: ShellServices = {
    dialogs: {
      chooseProjectToOpen: async () => null,
      chooseProjectSavePath: async () => null,
      chooseDocuments: async () => [],
      chooseExportPath: async () => null,
      confirmDiscard: async () => 'cancel',
      confirmRestore: async () => false,
      showError: async (message, detail) => void errors.push(`${message}\n${detail ?? ''}`),
      ...dialogs,
    },
    refs: new ProjectRefs(),
    store: new ProjectStore(parseProject),
    recent: new RecentFiles(join(dir, 'recent.json')),
    recovery: new RecoveryStore(join(dir, 'recovery.relata')),
    onDirty: (value) => void dirty.push(value),
    onSaveSettled: () => undefined,
    onRecentChanged: () => undefined,
    isTrustedSender: (url) => url?.startsWith('relata://app/') ?? false,
  };
  registerIpcHandlers(ipc, services);
  return { ipc, dirty, errors };
}

describe('IPC argument schemas', () => {
  it.each([
    ['project:save', [42, null]],
    ['project:save', ['{}']],
    ['project:save', ['{}', { id: '../../etc/passwd', name: 'x' }]],
    ['project:save', ['{}', { id: '123e4567-e89b-12d3-a456-426614174000', name: 'x', path: '/etc/passwd' }]],
    ['project:openRecent', ['/home/me/secret.relata']],
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
        ['app:setDirty', 'documents:import', 'file:export', 'project:confirmDiscard', 'project:confirmRestore', 'project:open', 'project:openRecent', 'project:save', 'recent:list', 'recovery:clear', 'recovery:read', 'recovery:write'].sort(),
      );
    });
  });

  it('answers bad arguments with an error result and does nothing', async () => {
    await withTempDir(async (dir) => {
      const { ipc } = setup(dir, { chooseProjectSavePath: async () => join(dir, 'should-not-exist.relata') });
      const result = await ipc.invoke('project:save', [{ not: 'a string' }, null]);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Refused IPC message on "project:save"/) });
      await expect(readFile(join(dir, 'should-not-exist.relata'))).rejects.toThrow(/ENOENT/);
    });
  });

  it('ignores messages from a frame that is not the app page', async () => {
    await withTempDir(async (dir) => {
      const { ipc, dirty } = setup(dir);
      const evil = { senderFrame: { url: 'https://evil.example/' } };
      expect(await ipc.invoke('recovery:write', ['x'], evil)).toMatchObject({ ok: false, message: expect.stringMatching(/sender/) });
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
      const saved = (await ipc.invoke('project:save', [projectText('v1'), null])) as IpcResult<{ id: string; name: string }>;
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      expect(saved.value.name).toBe('mine.relata');
      expect(JSON.stringify(saved.value)).not.toContain(dir);
      // Saving again by id reaches the same file without a dialog.
      expect(await ipc.invoke('project:save', [projectText('v2'), saved.value])).toMatchObject({ ok: true });
      expect(await readFile(target, 'utf8')).toBe(projectText('v2'));
      // An id main never issued is refused.
      const forged = { id: '123e4567-e89b-12d3-a456-426614174000', name: 'mine.relata' };
      expect(await ipc.invoke('project:save', [projectText('v3'), forged])).toMatchObject({ ok: false, message: expect.stringMatching(/unknown project id/) });
      expect(await ipc.invoke('project:openRecent', [forged])).toMatchObject({ ok: false });
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
      const { ipc } = setup(dir, { chooseProjectToOpen: async () => bad });
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
});
