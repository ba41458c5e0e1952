/**
 * The recent-files list, kept as JSON in the app's data folder and registered with the operating
 * system (the Dock's and taskbar's recent documents); a damaged list is treated as empty.
 */
import { access, readFile } from 'node:fs/promises';
import { writeFileAtomic } from './io/atomic-write';

export interface RecentEntry {
  path: string;
  openedAt: number;
}

/** The operating system's own recent-documents list (Electron's app.addRecentDocument and friends). */
export interface OsRecentDocuments {
  add(path: string): void;
  clear(): void;
}

export const MAX_RECENT = 10;
/** How long a check of one recent file may take before it counts as "still there" (a sleeping share). */
export const RECENT_CHECK_TIMEOUT_MS = 2_000;

export class RecentFiles {
  constructor(
    private readonly file: string,
    private readonly os: OsRecentDocuments = { add: () => undefined, clear: () => undefined },
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries newest first, as stored: this never touches the files themselves (see prune). */
  list(): Promise<RecentEntry[]> {
    return this.read();
  }

  /** Moves `path` to the top of the list. */
  async add(path: string): Promise<void> {
    const entries = (await this.read()).filter((e) => e.path !== path);
    entries.unshift({ path, openedAt: this.now() });
    await this.write(entries.slice(0, MAX_RECENT));
    this.os.add(path);
  }

  async remove(path: string): Promise<void> {
    await this.write((await this.read()).filter((e) => e.path !== path));
  }

  async clear(): Promise<void> {
    await this.write([]);
    this.os.clear();
  }

  /**
   * Drops files that are gone; true when the list changed. Only a definite "does not exist" removes
   * an entry: a share that does not answer within the timeout keeps it. Run after the window shows,
   * so a disconnected network drive never delays the start.
   */
  async prune(timeoutMs = RECENT_CHECK_TIMEOUT_MS): Promise<boolean> {
    const entries = await this.read();
    const gone = await Promise.all(entries.map((e) => isGone(e.path, timeoutMs)));
    if (!gone.some(Boolean)) return false;
    // Re-read: a file opened while the checks ran must not be dropped from the list.
    const missing = new Set(entries.filter((_, i) => gone[i]).map((e) => e.path));
    await this.write((await this.read()).filter((e) => !missing.has(e.path)));
    return true;
  }

  private async read(): Promise<RecentEntry[]> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      // Missing or damaged: losing a convenience list is better than failing to start.
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is RecentEntry => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.openedAt === 'number',
    );
  }

  private async write(entries: RecentEntry[]): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(entries, null, 2));
  }
}

function isGone(path: string, timeoutMs: number): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    access(path).then(
      () => done(false),
      (error: NodeJS.ErrnoException) => done(error.code === 'ENOENT' || error.code === 'ENOTDIR'),
    ).finally(() => clearTimeout(timer));
  });
}
