import { readFile, writeFile, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../shared/project/codec';
import { ProjectFileError, ProjectStore } from '../../main/project-store';
import { projectText, withTempDir } from './fixtures';

const store = new ProjectStore(parseProject);

describe('ProjectStore.open', () => {
  it('returns the text of a valid project', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'ok.relata');
      await writeFile(path, projectText('hello'));
      expect(JSON.parse(await store.open(path)).graph.nodes[0].attributes.note).toBe('hello');
    });
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), /truncated/i],
    ['corrupt', (t: string) => t.replace('"nodes"', '"nodes":7,"x"'), /damaged|not valid JSON/i],
    ['newer-version', (t: string) => t.replace('"version":1', '"version":99'), /newer Relata/i],
    ['binary', () => '\u0000\u0001PNG', /not a Relata project|binary/i],
    ['empty', () => '', /empty/i],
  ])('refuses a %s file with a clear message and leaves it untouched', async (_kind, damage, message) => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'bad.relata');
      const text = damage(projectText());
      await writeFile(path, text);
      const failure = store.open(path);
      await expect(failure).rejects.toBeInstanceOf(ProjectFileError);
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.toThrow(/“bad\.relata”/);
      expect(await readFile(path, 'utf8')).toBe(text);
    });
  });

  it('says when the file has gone', async () => {
    await withTempDir(async (dir) => {
      await expect(store.open(join(dir, 'gone.relata'))).rejects.toThrow(/no longer exists/);
    });
  });
});

describe('ProjectStore.save', () => {
  it('writes a valid project', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'p.relata');
      await store.save(path, projectText('saved'));
      expect(await store.open(path)).toBe(projectText('saved'));
    });
  });

  it('refuses content that is not a valid project and keeps the old file', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'p.relata');
      await writeFile(path, projectText('old'));
      await expect(store.save(path, '{"format":"relata-project","version":1')).rejects.toThrow(/not saved.*previous file is unchanged/);
      expect(await readFile(path, 'utf8')).toBe(projectText('old'));
    });
  });

  it('keeps the old file when the disk fills during the write, and says so', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'p.relata');
      await writeFile(path, projectText('old'));
      const fullDisk = new ProjectStore(parseProject, {
        rename,
        unlink,
        open: (async (...args: Parameters<typeof open>) => {
          const handle = await open(...args);
          handle.sync = async () => {
            throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
          };
          return handle;
        }) as typeof open,
      });
      await expect(fullDisk.save(path, projectText('new'))).rejects.toThrow(/disk is full.*unchanged/);
      expect(await readFile(path, 'utf8')).toBe(projectText('old'));
    });
  });
});
