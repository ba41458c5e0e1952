/**
 * Crash recovery: while a window has unsaved changes, its renderer writes a copy here a few seconds
 * after each edit. Each window has its own entry, locked by this process:
 *
 *   <id>.relata   the project text
 *   <id>.json     what it is: the file it is the unsaved state of, its name, when it was written
 *   <id>.lock     the id of the process that owns the entry
 *
 * An entry whose lock is gone (its renderer crashed and the lock was released) or whose process is
 * dead is offered to the next window that starts. Nothing here removes an entry unless the person
 * saved, discarded or declined its work.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeText } from '../shared/text/decode';
import { isProcessAlive, removeStaleTemps, writeFileAtomic, type AtomicWriteOptions } from './io/atomic-write';
import { fileErrorCause } from './io/file-errors';
import { MAX_OPEN_BYTES } from './project-store';

export interface RecoveryMeta {
  id: string;
  /** The file the work belongs to, or null for a project never saved. */
  path: string | null;
  /** The file's name, or "Untitled". */
  name: string;
  savedAt: number;
}

export interface RecoveredCopy {
  content: string;
  path: string | null;
  savedAt: number;
}

export interface RecoveryOptions {
  pid?: number;
  isAlive?: (pid: number) => boolean;
  write?: AtomicWriteOptions;
  now?: () => number;
}

const ID = /^[0-9a-f-]{36}$/;
const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export class RecoveryStore {
  private readonly pid: number;
  private readonly isAlive: (pid: number) => boolean;
  private readonly now: () => number;
  /** Entries this process holds the lock of. */
  private readonly owned = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly options: RecoveryOptions = {},
  ) {
    this.pid = options.pid ?? process.pid;
    this.isAlive = options.isAlive ?? isProcessAlive;
    this.now = options.now ?? Date.now;
  }

  /** A new entry id, locked by this process (nothing is written until the first copy). */
  async create(): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const id = randomUUID();
    await this.lock(id);
    return id;
  }

  /** Replaces an entry's copy atomically, so a crash mid-write keeps the previous copy. */
  async write(id: string, content: string, path: string | null): Promise<void> {
    this.assertOwned(id);
    await writeFileAtomic(this.file(id, 'relata'), content, this.options.write);
    const meta: RecoveryMeta = { id, path, name: path ? basename(path) : 'Untitled', savedAt: this.now() };
    await writeFileAtomic(this.file(id, 'json'), JSON.stringify(meta), this.options.write);
  }

  /** Removes an entry this process owns: its work was saved or discarded. */
  async clear(id: string): Promise<void> {
    this.assertOwned(id);
    await this.remove(id);
  }

  /**
   * Gives up the lock on an entry, keeping its copy: the next window (after a reload, or the next
   * start) is offered it. Used when the renderer that wrote it died.
   */
  async release(id: string): Promise<void> {
    if (!this.owned.delete(id)) return;
    await unlink(this.file(id, 'lock')).catch(() => undefined);
  }

  /** The copy's time, or null when the entry has none yet. */
  async savedAt(id: string): Promise<number | null> {
    return (await this.meta(id))?.savedAt ?? null;
  }

  /** Entries no running window owns, newest first. */
  async orphans(): Promise<RecoveryMeta[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if (missing(error)) return [];
      throw error;
    }
    const ids = names.filter((n) => n.endsWith('.relata')).map((n) => n.slice(0, -'.relata'.length)).filter((id) => ID.test(id));
    const entries: RecoveryMeta[] = [];
    for (const id of ids) {
      if (this.owned.has(id) || (await this.lockedByLiveProcess(id))) continue;
      entries.push((await this.meta(id)) ?? { id, path: null, name: 'Untitled', savedAt: await this.mtime(id) });
    }
    return entries.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** Reads an orphaned entry; it is left exactly as it is. */
  async read(id: string): Promise<RecoveredCopy> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.file(id, 'relata'));
    } catch (error) {
      throw new Error(missing(error) ? 'The copy no longer exists.' : `The copy cannot be read: ${fileErrorCause(error)}.`);
    }
    const content = decodeText(bytes, 'The copy', MAX_OPEN_BYTES);
    const meta = await this.meta(id);
    return { content, path: meta?.path ?? null, savedAt: meta?.savedAt ?? (await this.mtime(id)) };
  }

  /** Makes an orphaned entry this process's own (after a restore), under its lock. */
  async claim(id: string): Promise<void> {
    await this.lock(id);
  }

  /** Deletes an orphaned entry the person chose to discard. */
  async discard(id: string): Promise<void> {
    if (!this.owned.has(id) && (await this.lockedByLiveProcess(id))) throw new Error('That copy belongs to a window that is still open.');
    await this.remove(id);
  }

  /**
   * Start-up housekeeping: temp files of writes killed mid-way, and the single copy that Relata kept
   * before entries existed (`legacyFile`), which becomes an orphaned entry.
   */
  async tidy(legacyFile?: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      if (/\.(relata|json)$/.test(name)) await removeStaleTemps(join(this.dir, name));
    }
    if (legacyFile) {
      const id = randomUUID();
      await rename(legacyFile, this.file(id, 'relata')).catch(() => undefined);
    }
  }

  private file(id: string, kind: 'relata' | 'json' | 'lock'): string {
    if (!ID.test(id)) throw new Error(`Not a recovery entry id: ${JSON.stringify(id.slice(0, 40))}`);
    return join(this.dir, `${id}.${kind}`);
  }

  private assertOwned(id: string): void {
    if (!this.owned.has(id)) throw new Error('This window does not own that recovery copy.');
  }

  /** Takes the entry's lock; a lock left by a dead process is taken over. */
  private async lock(id: string): Promise<void> {
    const file = this.file(id, 'lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(file, 'wx');
        await handle.writeFile(String(this.pid));
        await handle.close();
        this.owned.add(id);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (await this.lockedByLiveProcess(id)) throw new Error('That copy belongs to a window that is still open.');
        await unlink(file).catch(() => undefined);
      }
    }
    throw new Error('The recovery copy could not be locked.');
  }

  private async lockedByLiveProcess(id: string): Promise<boolean> {
    let text: string;
    try {
      text = await readFile(this.file(id, 'lock'), 'utf8');
    } catch {
      return false;
    }
    const pid = Number(text.trim());
    // A lock held by this process but not in `owned` was released in spirit (a crash); same for garbage.
    return Number.isInteger(pid) && pid > 0 && pid !== this.pid && this.isAlive(pid);
  }

  private async meta(id: string): Promise<RecoveryMeta | null> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file(id, 'json'), 'utf8'));
      if (typeof parsed !== 'object' || parsed === null) return null;
      const { path, name, savedAt } = parsed as Record<string, unknown>;
      return {
        id,
        path: typeof path === 'string' && path ? path : null,
        name: typeof name === 'string' && name ? name : 'Untitled',
        savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : await this.mtime(id),
      };
    } catch {
      return null;
    }
  }

  private async mtime(id: string): Promise<number> {
    return (await stat(this.file(id, 'relata')).catch(() => null))?.mtimeMs ?? 0;
  }

  private async remove(id: string): Promise<void> {
    for (const kind of ['relata', 'json', 'lock'] as const) {
      await unlink(this.file(id, kind)).catch((error: unknown) => {
        if (!missing(error)) throw error;
      });
    }
    this.owned.delete(id);
  }
}
