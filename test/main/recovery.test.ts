import { open, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../main/recovery';
import { RecentFiles, MAX_RECENT } from '../../main/recent-files';
import { withTempDir } from './fixtures';

describe('RecoveryStore', () => {
  it('has nothing after a clean exit, keeps the latest copy while dirty, and clears', async () => {
    await withTempDir(async (dir) => {
      const recovery = new RecoveryStore(join(dir, 'recovery.relata'));
      expect(await recovery.read()).toBeNull();
      await recovery.write('one');
      await recovery.write('two');
      // A new process (after a crash) finds the last copy.
      expect(await new RecoveryStore(join(dir, 'recovery.relata')).read()).toBe('two');
      await recovery.clear();
      await recovery.clear();
      expect(await recovery.read()).toBeNull();
    });
  });

  it('keeps the previous copy when an autosave fails midway', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'recovery.relata');
      await new RecoveryStore(file).write('good copy');
      const failing = new RecoveryStore(file, {
        open,
        unlink,
        rename: async () => {
          throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
        },
      });
      await expect(failing.write('newer copy')).rejects.toThrow(/EIO/);
      expect(await failing.read()).toBe('good copy');
      expect(await readdir(dir)).toEqual(['recovery.relata']);
    });
  });
});

describe('RecentFiles', () => {
  it('lists newest first, moves a reopened file to the top, drops missing files and caps the length', async () => {
    await withTempDir(async (dir) => {
      let clock = 0;
      const recent = new RecentFiles(join(dir, 'recent.json'), () => ++clock);
      const paths = Array.from({ length: MAX_RECENT + 2 }, (_, i) => join(dir, `p${i}.relata`));
      for (const path of paths) {
        await writeFile(path, '{}');
        await recent.add(path);
      }
      await recent.add(paths[MAX_RECENT]!);
      await unlink(paths[MAX_RECENT + 1]!);
      const listed = (await recent.list()).map((e) => e.path);
      expect(listed[0]).toBe(paths[MAX_RECENT]);
      expect(listed).not.toContain(paths[MAX_RECENT + 1]);
      expect(listed).not.toContain(paths[0]);
      expect(listed.length).toBe(MAX_RECENT - 1);
    });
  });

  it('treats a damaged list as empty instead of failing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'recent.json');
      await writeFile(file, '[{"path": 3}, "x", {');
      const recent = new RecentFiles(file);
      expect(await recent.list()).toEqual([]);
      await writeFile(join(dir, 'a.relata'), '{}');
      await recent.add(join(dir, 'a.relata'));
      expect((await recent.list()).map((e) => e.path)).toEqual([join(dir, 'a.relata')]);
    });
  });
});
