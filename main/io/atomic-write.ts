/**
 * Atomic file replacement: the target either keeps its old content or gets the whole new content,
 * never a mixture, even if the process dies or the disk fills mid-write.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls writeFileAtomic makes; tests inject failures through it. */
export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const nodeFs: AtomicWriteFs = { open, rename, unlink };

/**
 * Writes `data` to `path` via a temp file in the same directory: write, fsync, rename over the target,
 * fsync the directory. On any failure the temp file is removed and the old file is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const file = await openAtomicFile(path, fs);
  try {
    await file.write(data);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/** A file written in pieces that appears at its path only when committed, whole; until then the old file stays. */
export interface AtomicFile {
  write(data: string | Uint8Array): Promise<void>;
  /** fsyncs and renames over the target; on failure the temp file is removed and the error thrown. */
  commit(): Promise<void>;
  /** Removes the temp file, leaving the target as it was. */
  abort(): Promise<void>;
}

/** Opens a temp file beside `path` to be written in pieces (writeFileAtomic writes it in one). */
export async function openAtomicFile(path: string, fs: AtomicWriteFs = nodeFs): Promise<AtomicFile> {
  const dir = dirname(path);
  // Same directory, so rename never crosses file systems (which would not be atomic).
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined = await fs.open(temp, 'wx', 0o644);
  const abort = async () => {
    await handle?.close().catch(() => undefined);
    handle = undefined;
    await fs.unlink(temp).catch(() => undefined);
  };
  return {
    write: async (data) => {
      if (!handle) throw new Error(`${path}: written after it was committed or aborted`);
      await handle.writeFile(data);
    },
    commit: async () => {
      try {
        if (!handle) throw new Error(`${path}: committed after it was committed or aborted`);
        await handle.sync();
        await handle.close();
        handle = undefined;
        await fs.rename(temp, path);
      } catch (error) {
        await abort();
        throw error;
      }
      await syncDirectory(dir, fs);
    },
    abort,
  };
}

/** Makes the rename itself durable; some platforms (Windows) cannot open a directory, which is fine there. */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // The data is already in place; a directory fsync is a durability bonus, not a correctness requirement.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
