import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, open, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from '../../main/io/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: simulated, '/secret/.p.relata.1.abc.tmp'`), { code });
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

/** The id of a process that has certainly exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

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
    const failing: Partial<AtomicWriteFs> = {
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        if (String(args[0]).endsWith('.tmp')) {
          // Simulates a full disk: part of the data lands, then the write throws.
          handle.writeFile = async (data: string | Uint8Array) => {
            await handle.write(String(data).slice(0, 3));
            throw errno('ENOSPC');
          };
        }
        return handle;
      }) as typeof open,
    };
    await expect(writeFileAtomic(target, 'new content that will not fit', { fs: failing })).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['p.relata']);
  });

  it('keeps the old file when the rename fails', async () => {
    const target = join(dir, 'p.relata');
    await writeFile(target, 'old content');
    const rejectRename = async () => {
      throw errno('EXDEV');
    };
    await expect(writeFileAtomic(target, 'new', { fs: { rename: rejectRename } })).rejects.toThrow(/EXDEV/);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['p.relata']);
  });

  it('rejects when the directory does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'p.relata'), 'x')).rejects.toThrow(/ENOENT/);
  });

  it('keeps a private file private: the replacement has the old mode, not 0644', async () => {
    const target = join(dir, 'private.relata');
    await writeFile(target, 'secret v1');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'secret v2');
    expect(await modeOf(target)).toBe(0o600);
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'secret v3');
    expect(await modeOf(target)).toBe(0o640);
    expect(await readFile(target, 'utf8')).toBe('secret v3');
  });

  it('gives a new file the mode the umask allows, as any program would', async () => {
    const before = process.umask(0o077);
    try {
      await writeFileAtomic(join(dir, 'a.relata'), 'x');
      expect(await modeOf(join(dir, 'a.relata'))).toBe(0o600);
      process.umask(0o022);
      await writeFileAtomic(join(dir, 'b.relata'), 'x');
      expect(await modeOf(join(dir, 'b.relata'))).toBe(0o644);
    } finally {
      process.umask(before);
    }
  });

  it('writes through a symbolic link to its target and keeps the link', async () => {
    await mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'project.relata');
    await writeFile(real, 'v1');
    const link = join(dir, 'link.relata');
    await symlink('real/project.relata', link);
    await writeFileAtomic(link, 'v2');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real/project.relata');
    expect(await readFile(real, 'utf8')).toBe('v2');
    // A chain of links, and a link whose target does not exist yet, both reach the real file.
    const chain = join(dir, 'chain.relata');
    await symlink(link, chain);
    await writeFileAtomic(chain, 'v3');
    expect(await readFile(real, 'utf8')).toBe('v3');
    const dangling = join(dir, 'dangling.relata');
    await symlink('real/new.relata', dangling);
    await writeFileAtomic(dangling, 'fresh');
    expect((await lstat(dangling)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real', 'new.relata'), 'utf8')).toBe('fresh');
    expect((await readdir(join(dir, 'real'))).sort()).toEqual(['new.relata', 'project.relata']);
  });

  it('reports a symbolic-link loop as ELOOP without writing anything', async () => {
    const a = join(dir, 'a.relata');
    await symlink('b.relata', a);
    await symlink('a.relata', join(dir, 'b.relata'));
    await expect(writeFileAtomic(a, 'x')).rejects.toMatchObject({ code: 'ELOOP' });
    expect((await readdir(dir)).sort()).toEqual(['a.relata', 'b.relata']);
  });

  it('retries a rename refused with EPERM or EBUSY (a scanner holding the file), then gives up', async () => {
    const target = join(dir, 'p.relata');
    await writeFile(target, 'old');
    let refusals = 2;
    const flaky = async (from: Parameters<typeof rename>[0], to: Parameters<typeof rename>[1]) => {
      if (refusals-- > 0) throw errno(refusals === 1 ? 'EPERM' : 'EBUSY');
      await rename(from, to);
    };
    await writeFileAtomic(target, 'new', { fs: { rename: flaky }, retryDelaysMs: [1, 1, 1] });
    expect(await readFile(target, 'utf8')).toBe('new');

    let attempts = 0;
    const locked = async () => {
      attempts++;
      throw errno('EBUSY');
    };
    await expect(writeFileAtomic(target, 'newer', { fs: { rename: locked }, retryDelaysMs: [1, 1, 1] })).rejects.toMatchObject({ code: 'EBUSY' });
    expect(attempts).toBe(4);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['p.relata']);
  });
});

describe('temp files of killed saves', () => {
  it('are removed on the next save; a live process’s temp file and other files are left alone', async () => {
    const target = join(dir, 'p.relata');
    await writeFile(target, 'v1');
    const dead = join(dir, `.p.relata.${deadPid()}.0123456789ab.tmp`);
    const live = join(dir, `.p.relata.${process.ppid}.0123456789ab.tmp`);
    const otherFile = join(dir, `.q.relata.${deadPid()}.0123456789ab.tmp`);
    for (const file of [dead, live, otherFile]) await writeFile(file, 'half a save');
    await writeFileAtomic(target, 'v2');
    expect((await readdir(dir)).sort()).toEqual([live, otherFile, target].map((p) => p.slice(dir.length + 1)).sort());
    expect(await removeStaleTemps(join(dir, 'q.relata'))).toEqual([otherFile]);
  });
});
