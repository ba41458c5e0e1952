import { mkdtemp, readdir, readFile, rm, writeFile, open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../main/io/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one', async () => {
    const target = join(dir, 'p.relata');
    await writeFileAtomic(target, 'first');
    expect(await readFile(target, 'utf8')).toBe('first');
    await writeFileAtomic(target, new TextEncoder().encode('second'));
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['p.relata']);
  });

  it('keeps the old file and leaves no temp file when the write fails midway', async () => {
    const target = join(dir, 'p.relata');
    await writeFile(target, 'old content');
    const failingFs: AtomicWriteFs = {
      rename,
      unlink,
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        if (String(args[0]).endsWith('.tmp')) {
          // Simulates a full disk: part of the data lands, then the write throws.
          handle.writeFile = async (data: string | Uint8Array) => {
            await handle.write(String(data).slice(0, 3));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          };
        }
        return handle;
      }) as typeof open,
    };
    await expect(writeFileAtomic(target, 'new content that will not fit', failingFs)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['p.relata']);
  });

  it('keeps the old file when the rename fails', async () => {
    const target = join(dir, 'p.relata');
    await writeFile(target, 'old content');
    const failingFs: AtomicWriteFs = {
      open,
      unlink,
      rename: async () => {
        throw Object.assign(new Error('EXDEV: rename failed'), { code: 'EXDEV' });
      },
    };
    await expect(writeFileAtomic(target, 'new', failingFs)).rejects.toThrow(/EXDEV/);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['p.relata']);
  });

  it('rejects when the directory does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'p.relata'), 'x')).rejects.toThrow(/ENOENT/);
  });
});
