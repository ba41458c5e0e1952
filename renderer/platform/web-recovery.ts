/**
 * Web mode's recovery copies: one IndexedDB entry per tab, each guarded by a Web Lock that its tab
 * holds for as long as it lives. Another tab's copy is offered only once its lock is free (that tab is
 * gone), is held by the tab offering it so no third tab offers it too, and is never changed or removed
 * unless the person restores or discards it.
 */
import type { ProjectRef, RecoveredWork, RecoveryEntry } from '../../shared/shell/platform';
import { browserStore } from './browser-store';

interface StoredCopy {
  content: string;
  ref: ProjectRef | null;
  name: string;
  savedAt: number;
}

const LOCK_PREFIX = 'relata-recovery:';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What a stored value says about itself; a damaged value still gets an entry so it can be discarded. */
function describe(id: string, value: unknown): RecoveryEntry {
  // Relata before per-tab copies kept one plain string under the key "current".
  const stored = isObject(value) ? value : {};
  return {
    id,
    name: typeof stored.name === 'string' && stored.name ? stored.name : 'Untitled',
    savedAt: typeof stored.savedAt === 'number' && Number.isFinite(stored.savedAt) ? stored.savedAt : 0,
  };
}

function isRef(value: unknown): value is ProjectRef {
  return isObject(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

export class TabRecovery {
  /** This tab's own entry. */
  readonly id = crypto.randomUUID();
  /** Releases for the locks this tab holds: its own and those of the copies it is offering. */
  private readonly held = new Map<string, () => void>();
  private readonly ownLock: Promise<boolean>;

  constructor() {
    this.ownLock = this.hold(this.id);
  }

  async write(content: string, ref: ProjectRef | null): Promise<void> {
    await this.ownLock;
    const copy: StoredCopy = { content, ref, name: ref?.name ?? 'Untitled', savedAt: Date.now() };
    await browserStore.put('recovery', this.id, copy);
  }

  clear(): Promise<void> {
    return browserStore.delete('recovery', this.id);
  }

  /** Copies whose tab is gone, newest first; each is held by this tab from now on. */
  async list(): Promise<RecoveryEntry[]> {
    await this.ownLock;
    const keys = (await browserStore.keys('recovery')).filter((key): key is string => typeof key === 'string' && key !== this.id);
    const entries: RecoveryEntry[] = [];
    for (const key of keys) {
      if (!this.held.has(key) && !(await this.hold(key))) continue;
      entries.push(describe(key, await browserStore.get<unknown>('recovery', key)));
    }
    return entries.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** The copy's text, or an error saying why it cannot be restored; the copy itself is left as it is. */
  async read(id: string): Promise<RecoveredWork> {
    const value = await browserStore.get<unknown>('recovery', id);
    if (typeof value === 'string') return { content: value, ref: null };
    if (isObject(value) && typeof value.content === 'string') return { content: value.content, ref: isRef(value.ref) ? value.ref : null };
    throw new Error(value === undefined ? 'The copy is no longer in this browser’s storage.' : 'The copy is damaged: it holds no project text.');
  }

  /** Moves a restored copy under this tab's own entry, where the next autosave replaces it. */
  async claim(id: string): Promise<void> {
    const work = await this.read(id);
    const copy: StoredCopy = { ...work, name: work.ref?.name ?? 'Untitled', savedAt: describe(id, await browserStore.get<unknown>('recovery', id)).savedAt };
    await browserStore.put('recovery', this.id, copy);
    await this.discard(id);
  }

  async discard(id: string): Promise<void> {
    await browserStore.delete('recovery', id);
    this.held.get(id)?.();
    this.held.delete(id);
  }

  /** Takes the lock named for `id` if no live tab holds it; true when this tab now holds it. */
  private hold(id: string): Promise<boolean> {
    // Without Web Locks (an insecure origin, an old browser) copies are offered but still never removed unasked.
    if (!navigator.locks) return Promise.resolve(true);
    return new Promise((acquired) => {
      void navigator.locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
        acquired(lock !== null);
        return lock ? new Promise<void>((release) => this.held.set(id, release)) : undefined;
      });
    });
  }
}
