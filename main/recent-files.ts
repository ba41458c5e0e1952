/** The recent-projects list, kept as JSON in the app's data folder; a damaged list is treated as empty. */
import { access, readFile } from 'node:fs/promises';
import { writeFileAtomic } from './io/atomic-write';

export interface RecentEntry {
  path: string;
  openedAt: number;
}

export const MAX_RECENT = 10;

export class RecentFiles {
  constructor(
    private readonly file: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries newest first, leaving out files that no longer exist. */
  async list(): Promise<RecentEntry[]> {
    const entries = await this.read();
    const present = await Promise.all(entries.map((e) => access(e.path).then(() => true, () => false)));
    return entries.filter((_, i) => present[i]);
  }

  /** Moves `path` to the top of the list. */
  async add(path: string): Promise<void> {
    const entries = (await this.read()).filter((e) => e.path !== path);
    entries.unshift({ path, openedAt: this.now() });
    await this.write(entries.slice(0, MAX_RECENT));
  }

  async remove(path: string): Promise<void> {
    await this.write((await this.read()).filter((e) => e.path !== path));
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
