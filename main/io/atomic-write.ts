/**
 * Atomic file replacement: the target either keeps its old content or gets the whole new content,
 * never a mixture, even if the process dies or the disk fills mid-write. The replacement keeps what
 * the person set on the file: its permissions (a new file honours the umask), and a symbolic link
 * stays a link, with its target replaced.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The file-system calls writeFileAtomic makes; tests inject failures through it. */
export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
  stat: typeof stat;
  lstat: typeof lstat;
  realpath: typeof realpath;
  readlink: typeof readlink;
  readdir: (path: string) => Promise<string[]>;
}

const nodeFs: AtomicWriteFs = { open, rename, unlink, stat, lstat, realpath, readlink, readdir: (path) => readdir(path) };

/** Windows refuses a rename for a moment while a virus scanner or indexer holds the file. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
export const RENAME_RETRY_DELAYS_MS = [20, 50, 100, 200, 400];
const MAX_LINK_HOPS = 40;

/** Temp files this process is writing right now: a sweep must not take one of them for a leftover. */
const inFlight = new Set<string>();

const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function tempPathFor(target: string): string {
  // Same directory, so rename never crosses file systems (which would not be atomic).
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** True while a process with this id runs (one owned by another user counts). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The file a write to `path` should replace: a symbolic link is followed to its target (even one that
 * does not exist yet), so the link itself is kept.
 */
export async function resolveWriteTarget(path: string, fs: Partial<AtomicWriteFs> = {}): Promise<string> {
  const io = { ...nodeFs, ...fs };
  let current = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    try {
      return await io.realpath(current);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    // Missing: either a new file, or a link whose target does not exist yet.
    let link: string;
    try {
      if (!(await io.lstat(current)).isSymbolicLink()) return current;
      link = await io.readlink(current);
    } catch (error) {
      if (isMissing(error)) return current;
      throw error;
    }
    current = resolve(dirname(current), link);
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/**
 * Removes temp files that saves of `target` left behind when their process was killed mid-write.
 * A temp file of a process that still runs is left alone: that save may still be going.
 */
export async function removeStaleTemps(target: string, fs: Partial<AtomicWriteFs> = {}): Promise<string[]> {
  const io = { ...nodeFs, ...fs };
  const dir = dirname(target);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await io.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || match[1] !== basename(target)) continue;
    const path = join(dir, name);
    const pid = Number(match[2]);
    const stale = pid === process.pid ? !inFlight.has(path) : !isProcessAlive(pid);
    if (!stale) continue;
    try {
      await io.unlink(path);
      removed.push(path);
    } catch {
      // Already gone, or not ours to remove: either way nothing more to do.
    }
  }
  return removed;
}

async function renameWithRetry(from: string, to: string, io: AtomicWriteFs, delays: readonly number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await io.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const delay = delays[attempt];
      if (!code || !RENAME_RETRY_CODES.has(code) || delay === undefined) throw error;
      await new Promise((done) => setTimeout(done, delay));
    }
  }
}

export interface AtomicWriteOptions {
  fs?: Partial<AtomicWriteFs>;
  /** Waits between rename attempts refused with EPERM/EBUSY (tests shorten them). */
  retryDelaysMs?: readonly number[];
}

/** A file written in pieces that appears at its path only when committed, whole; until then the old file stays. */
export interface AtomicFile {
  write(data: string | Uint8Array): Promise<void>;
  /** fsyncs and renames over the target; on failure the temp file is removed and the error thrown. */
  commit(): Promise<void>;
  /** Removes the temp file, leaving the target as it was. */
  abort(): Promise<void>;
}

/**
 * Writes `data` to `path` via a temp file beside the real target: write, fsync, rename over the
 * target, fsync the directory. On any failure the temp file is removed and the old file is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await writeAtomically(path, (file) => file.write(data), options);
}

/** Writes `path` in pieces through `write`: committed when it resolves, removed (the old file kept) when it throws. */
export async function writeAtomically(path: string, write: (file: AtomicFile) => Promise<void>, options: AtomicWriteOptions = {}): Promise<void> {
  const file = await openAtomicFile(path, options);
  try {
    await write(file);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/** Opens a temp file beside `path`'s real target, to be written in pieces (writeAtomically). */
async function openAtomicFile(path: string, options: AtomicWriteOptions = {}): Promise<AtomicFile> {
  const io = { ...nodeFs, ...options.fs };
  const target = await resolveWriteTarget(path, io);
  await removeStaleTemps(target, io);
  const existing = await io.stat(target).catch((error) => {
    if (isMissing(error)) return null;
    throw error;
  });
  const temp = tempPathFor(target);
  inFlight.add(temp);
  let handle: FileHandle | undefined;
  const abort = async () => {
    await handle?.close().catch(() => undefined);
    handle = undefined;
    await io.unlink(temp).catch(() => undefined);
    inFlight.delete(temp);
  };
  try {
    // A new file gets 0666 less the umask, as any program's new file does; a replaced one keeps its mode.
    handle = await io.open(temp, 'wx', 0o666);
    if (existing) {
      // open()'s mode passes through the umask; chmod sets it exactly.
      await handle.chmod(existing.mode & 0o7777);
      // Keep the owner and group where this process may (root, or a group it belongs to).
      await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
  } catch (error) {
    await abort();
    throw error;
  }
  return {
    write: async (data) => {
      if (!handle) throw new Error(`${basename(path)}: written after it was committed or aborted`);
      await handle.writeFile(data);
    },
    commit: async () => {
      try {
        if (!handle) throw new Error(`${basename(path)}: committed after it was committed or aborted`);
        await handle.sync();
        await handle.close();
        handle = undefined;
        await renameWithRetry(temp, target, io, options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS);
      } catch (error) {
        await abort();
        throw error;
      }
      inFlight.delete(temp);
      await syncDirectory(dirname(target), io);
    },
    abort,
  };
}

/** Makes the rename itself durable; some platforms (Windows) cannot open a directory, which is fine there. */
async function syncDirectory(dir: string, io: AtomicWriteFs): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await io.open(dir, 'r');
    await handle.sync();
  } catch {
    // The data is already in place; a directory fsync is a durability bonus, not a correctness requirement.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
