/**
 * One window's recovery entry: made on its first copy, replaced by a restored copy it claims, and
 * released (kept for the next start to offer) when the window's renderer dies. Operations run one at
 * a time, in the order they were asked for, so a clear never overtakes a write still on its way.
 */
import type { RecoveryStore } from './recovery';

export class WindowRecovery {
  private id: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: RecoveryStore) {}

  write(content: string, path: string | null): Promise<void> {
    return this.run(async () => {
      this.id ??= await this.store.create();
      await this.store.write(this.id, content, path);
    });
  }

  clear(): Promise<void> {
    return this.run(async () => {
      if (this.id) await this.store.clear(this.id);
      this.id = null;
    });
  }

  /** Makes a restored orphan this window's entry, in place of the window's own. */
  claim(orphan: string): Promise<void> {
    return this.run(async () => {
      await this.store.claim(orphan);
      const own = this.id;
      this.id = orphan;
      if (own) await this.store.clear(own);
    });
  }

  /** The renderer died: its copy stays, unlocked, for the next renderer or the next start. Returns its id. */
  release(): Promise<string | null> {
    return this.run(async () => {
      const id = this.id;
      this.id = null;
      if (id) await this.store.release(id);
      return id;
    });
  }

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    // A failure is reported to its caller; the next operation still runs.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
