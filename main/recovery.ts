/**
 * Crash recovery: while a project has unsaved changes, the renderer autosaves it here. The file is
 * removed on save, on discard and on a clean exit, so finding it at start-up means the last session
 * ended with unsaved work.
 */
import { readFile, unlink } from 'node:fs/promises';
import { writeFileAtomic, type AtomicWriteFs } from './io/atomic-write';

export class RecoveryStore {
  constructor(
    private readonly file: string,
    private readonly fs?: AtomicWriteFs,
  ) {}

  /** Replaces the recovery copy atomically, so a crash mid-autosave keeps the previous copy. */
  async write(content: string): Promise<void> {
    await writeFileAtomic(this.file, content, this.fs);
  }

  /** The recovery copy, or null when there is none. */
  async read(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async clear(): Promise<void> {
    await unlink(this.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
