import { mkdir, open, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../shared/project/codec';
import { MAX_OPEN_BYTES, ProjectFileError, ProjectStore } from '../../main/project-store';
import { decodeText, MAX_TEXT_BYTES } from '../../shared/text/decode';
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
        fs: {
          open: (async (...args: Parameters<typeof open>) => {
            const handle = await open(...args);
            handle.sync = async () => {
              throw Object.assign(new Error(`ENOSPC: no space left on device, fsync '${String(args[0])}'`), { code: 'ENOSPC' });
            };
            return handle;
          }) as typeof open,
        },
      });
      const failure = fullDisk.save(path, projectText('new'));
      await expect(failure).rejects.toThrow(/“p\.relata” could not be saved: the disk is full\. Any previous version of the file is unchanged — free some space/);
      // The temp file's path is not a person's business.
      await expect(failure).rejects.not.toThrow(/\.tmp|relata-main-/);
      expect(await readFile(path, 'utf8')).toBe(projectText('old'));
      expect(await readdir(dir)).toEqual(['p.relata']);
    });
  });

  it('names the real cause of a read-only disk, without "free some space" or a temp path', async () => {
    await withTempDir(async (dir) => {
      const readOnly = new ProjectStore(parseProject, {
        fs: {
          open: (async (path: string) => {
            throw Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: 'EROFS' });
          }) as unknown as typeof open,
        },
      });
      const failure = readOnly.save(join(dir, 'p.relata'), projectText());
      await expect(failure).rejects.toThrow(/could not be saved: the disk or folder is read-only\. .* use Save As to choose another folder\.$/);
      await expect(failure).rejects.not.toThrow(/free some space|\.tmp|EROFS/);
    });
  });

  it('says a folder has the name when saving over a folder', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'p.relata');
      await mkdir(folder);
      const failure = store.save(folder, projectText());
      await expect(failure).rejects.toThrow(/“p\.relata” could not be saved: a folder has that name\. .* use Save As to choose another name\.$/);
      await expect(failure).rejects.not.toThrow(/free some space|\.tmp/);
      expect(await readdir(dir)).toEqual(['p.relata']);
    });
  });
});

describe('ProjectStore: graphs and limits', () => {
  it('reads a GraphML or GEXF file as text for the renderer, refusing binary data', async () => {
    await withTempDir(async (dir) => {
      const graphml = join(dir, 'g.graphml');
      await writeFile(graphml, '<graphml/>');
      expect(await store.open(graphml)).toBe('<graphml/>');
      const binary = join(dir, 'b.gexf');
      await writeFile(binary, new Uint8Array([0x3c, 0x00, 0x67]));
      await expect(store.open(binary)).rejects.toThrow(/“b\.gexf” is not a text file/);
    });
  });

  it('says how large a file over the limit is, and that the limit is lower', async () => {
    await withTempDir(async (dir) => {
      const big = join(dir, 'big.relata');
      await writeFile(big, '');
      // Sparse: no 200 MB are written.
      await truncate(big, MAX_OPEN_BYTES + 1);
      await expect(store.open(big)).rejects.toThrow('“big.relata” is 200.1 MB; Relata opens files of up to 200 MB.');
    });
  });

  it('never says a document over 50 MB "is 50 MB"', () => {
    expect(() => decodeText(new Uint8Array(MAX_TEXT_BYTES + 1), 'big.txt')).toThrow('big.txt: is 50.1 MB; text documents are limited to 50 MB');
  });
});
