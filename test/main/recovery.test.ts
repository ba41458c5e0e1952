import { mkdir, readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentFiles } from '../../main/recent-files';
import { RecoveryStore } from '../../main/recovery';
import { WindowRecovery } from '../../main/window-recovery';
import { withTempDir } from './fixtures';

const OTHER_PID = 424242;

describe('RecoveryStore', () => {
  it('keeps the latest copy of each window apart, and offers only copies no running window owns', async () => {
    await withTempDir(async (dir) => {
      let clock = 0;
      const store = new RecoveryStore(join(dir, 'recovery'), { now: () => ++clock });
      const a = await store.create();
      const b = await store.create();
      await store.write(a, 'a one', null);
      await store.write(a, 'a two', join(dir, 'ukraine.relata'));
      await store.write(b, 'b one', null);
      // Both belong to this live process: nothing to offer.
      expect(await store.orphans()).toEqual([]);
      // A new process (after a crash of this one) finds both, newest first, with the file each belongs to.
      const next = new RecoveryStore(join(dir, 'recovery'), { pid: OTHER_PID, isAlive: () => false });
      const orphans = await next.orphans();
      expect(orphans.map((o) => o.id)).toEqual([b, a]);
      expect(orphans[1]).toMatchObject({ name: 'ukraine.relata', path: join(dir, 'ukraine.relata') });
      expect(await next.read(a)).toMatchObject({ content: 'a two', path: join(dir, 'ukraine.relata') });
    });
  });

  it('never offers or deletes the copy of a window another running process owns', async () => {
    await withTempDir(async (dir) => {
      const other = new RecoveryStore(join(dir, 'recovery'), { pid: OTHER_PID });
      const theirs = await other.create();
      await other.write(theirs, 'their live work', null);
      const mine = new RecoveryStore(join(dir, 'recovery'), { isAlive: (pid) => pid === OTHER_PID });
      expect(await mine.orphans()).toEqual([]);
      await expect(mine.discard(theirs)).rejects.toThrow(/still open/);
      await expect(mine.claim(theirs)).rejects.toThrow(/still open/);
      expect(await other.read(theirs)).toMatchObject({ content: 'their live work' });
    });
  });

  it('offers a released copy (its page crashed) while the process still runs, and keeps it until discarded', async () => {
    await withTempDir(async (dir) => {
      const store = new RecoveryStore(join(dir, 'recovery'));
      const id = await store.create();
      await store.write(id, 'work before the crash', null);
      await store.release(id);
      expect((await store.orphans()).map((o) => o.id)).toEqual([id]);
      // Reading it does not use it up.
      await store.read(id);
      expect((await store.orphans()).map((o) => o.id)).toEqual([id]);
      await store.discard(id);
      expect(await store.orphans()).toEqual([]);
      expect(await readdir(join(dir, 'recovery'))).toEqual([]);
    });
  });

  it('keeps a copy that cannot be read as text, and says why', async () => {
    await withTempDir(async (dir) => {
      const store = new RecoveryStore(join(dir, 'recovery'), { pid: OTHER_PID, isAlive: () => false });
      await mkdir(join(dir, 'recovery'));
      const id = '123e4567-e89b-12d3-a456-426614174000';
      await writeFile(join(dir, 'recovery', `${id}.relata`), new Uint8Array([0x7b, 0x00, 0xff]));
      await writeFile(join(dir, 'recovery', `${id}.json`), '{"savedAt": "not a number", "name": 7');
      const [entry] = await store.orphans();
      // Damaged metadata still gives an entry, so the copy can be offered and discarded.
      expect(entry).toMatchObject({ id, name: 'Untitled', path: null });
      await expect(store.read(id)).rejects.toThrow(/binary/);
      expect(await readdir(join(dir, 'recovery'))).toContain(`${id}.relata`);
    });
  });

  it('takes over a lock left by a dead process when claiming its copy', async () => {
    await withTempDir(async (dir) => {
      const crashed = new RecoveryStore(join(dir, 'recovery'), { pid: OTHER_PID });
      const id = await crashed.create();
      await crashed.write(id, 'rescued', null);
      const next = new RecoveryStore(join(dir, 'recovery'), { isAlive: () => false });
      await next.claim(id);
      await next.write(id, 'rescued and edited', null);
      expect(await readFile(join(dir, 'recovery', `${id}.lock`), 'utf8')).toBe(String(process.pid));
      expect(await next.read(id)).toMatchObject({ content: 'rescued and edited' });
    });
  });

  it('keeps the previous copy when an autosave fails midway', async () => {
    await withTempDir(async (dir) => {
      const failing = new RecoveryStore(join(dir, 'recovery'), {
        write: {
          fs: {
            rename: async (from, to) => {
              if (String(to).endsWith('.relata') && (await readFile(from, 'utf8')) === 'newer copy') throw Object.assign(new Error('EIO'), { code: 'EIO' });
              await rename(from, to);
            },
          },
        },
      });
      const id = await failing.create();
      await failing.write(id, 'good copy', null);
      await expect(failing.write(id, 'newer copy', null)).rejects.toThrow(/EIO/);
      expect(await failing.read(id)).toMatchObject({ content: 'good copy' });
      expect((await readdir(join(dir, 'recovery'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  });

  it('at start-up removes temp files of killed writes and turns the old single copy into an entry', async () => {
    await withTempDir(async (dir) => {
      const store = new RecoveryStore(join(dir, 'recovery'), { pid: OTHER_PID, isAlive: () => false });
      await mkdir(join(dir, 'recovery'));
      const id = '123e4567-e89b-12d3-a456-426614174000';
      await writeFile(join(dir, 'recovery', `${id}.relata`), 'kept');
      await writeFile(join(dir, 'recovery', `.${id}.relata.999999.0123456789ab.tmp`), 'half');
      const legacy = join(dir, 'recovery.relata');
      await writeFile(legacy, 'from the old version');
      await utimes(legacy, new Date(1_000_000), new Date(1_000_000));
      await store.tidy(legacy);
      const names = await readdir(join(dir, 'recovery'));
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const orphans = await store.orphans();
      expect(orphans).toHaveLength(2);
      expect(await store.read(orphans[1]!.id)).toMatchObject({ content: 'from the old version', savedAt: 1_000_000 });
    });
  });
});

describe('WindowRecovery', () => {
  it('writes and clears in the order asked, so a clear never leaves an older write behind', async () => {
    await withTempDir(async (dir) => {
      const store = new RecoveryStore(join(dir, 'recovery'));
      const win = new WindowRecovery(store);
      const writes = [win.write('one', null), win.write('two', null), win.clear()];
      await Promise.all(writes);
      expect(await readdir(join(dir, 'recovery'))).toEqual([]);
    });
  });

  it('claims a restored copy as its own entry and releases it when the page dies', async () => {
    await withTempDir(async (dir) => {
      const crashed = new RecoveryStore(join(dir, 'recovery'), { pid: OTHER_PID });
      const orphan = await crashed.create();
      await crashed.write(orphan, 'from the crash', join(dir, 'a.relata'));
      const store = new RecoveryStore(join(dir, 'recovery'), { isAlive: () => false });
      const win = new WindowRecovery(store);
      await win.write('my own, empty start', null);
      await win.claim(orphan);
      await win.write('restored and edited', join(dir, 'a.relata'));
      // One entry: the claimed one, holding the latest copy; the window's first entry is gone.
      expect((await readdir(join(dir, 'recovery'))).filter((n) => n.endsWith('.relata'))).toEqual([`${orphan}.relata`]);
      expect(await store.orphans()).toEqual([]);
      expect(await win.release()).toBe(orphan);
      expect((await store.orphans()).map((o) => o.id)).toEqual([orphan]);
      expect(await store.read(orphan)).toMatchObject({ content: 'restored and edited' });
    });
  });
});

describe('RecentFiles', () => {
  it('lists newest first, moves a reopened file to the top, caps the length, and tells the OS', async () => {
    await withTempDir(async (dir) => {
      let clock = 0;
      const os: string[] = [];
      const recent = new RecentFiles(join(dir, 'recent.json'), { add: (p) => void os.push(p), clear: () => void os.push('clear') }, () => ++clock);
      const paths = Array.from({ length: MAX_RECENT + 2 }, (_, i) => join(dir, `p${i}.relata`));
      for (const path of paths) await recent.add(path);
      await recent.add(paths[MAX_RECENT]!);
      const listed = (await recent.list()).map((e) => e.path);
      expect(listed[0]).toBe(paths[MAX_RECENT]);
      expect(listed).not.toContain(paths[0]);
      expect(listed.length).toBe(MAX_RECENT);
      expect(os.at(-1)).toBe(paths[MAX_RECENT]);
      await recent.clear();
      expect(await recent.list()).toEqual([]);
      expect(os.at(-1)).toBe('clear');
    });
  });

  it('lists without touching the files, and prunes only files that are definitely gone', async () => {
    await withTempDir(async (dir) => {
      const recent = new RecentFiles(join(dir, 'recent.json'));
      const here = join(dir, 'here.relata');
      const gone = join(dir, 'gone.relata');
      await writeFile(here, '{}');
      await recent.add(gone);
      await recent.add(here);
      expect((await recent.list()).map((e) => e.path)).toEqual([here, gone]);
      expect(await recent.prune()).toBe(true);
      expect((await recent.list()).map((e) => e.path)).toEqual([here]);
      expect(await recent.prune()).toBe(false);
    });
  });

  it('treats a damaged list as empty instead of failing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'recent.json');
      await writeFile(file, '[{"path": 3}, "x", {');
      const recent = new RecentFiles(file);
      expect(await recent.list()).toEqual([]);
      await recent.add(join(dir, 'a.relata'));
      expect((await recent.list()).map((e) => e.path)).toEqual([join(dir, 'a.relata')]);
    });
  });
});
