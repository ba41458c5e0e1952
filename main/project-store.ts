/**
 * Reading and writing .relata files on disk. Opening checks the file is a project this version can
 * read before anything else happens, so a truncated, corrupt or newer file is reported and never
 * becomes the target of a later save.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeText, TextFileError } from './io/read-text';
import { writeFileAtomic, type AtomicWriteFs } from './io/atomic-write';

/** Throws an Error whose message says what is wrong with the project text (shared/project's parser). */
export type ProjectValidator = (text: string) => unknown;
/** Throws when a file named `name` cannot be opened (a project, or a graph another tool wrote). */
export type OpenValidator = (name: string, text: string) => unknown;

export class ProjectFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectFileError';
  }
}

export class ProjectStore {
  constructor(
    private readonly validate: ProjectValidator,
    private readonly fs?: AtomicWriteFs,
    /** What Open accepts; by default projects only. */
    private readonly validateOpen?: OpenValidator,
  ) {}

  /** Reads and validates a project file; rejects with a ProjectFileError a person can act on. */
  async open(path: string): Promise<string> {
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ProjectFileError(
        code === 'ENOENT' ? `“${name}” no longer exists. It may have been moved or deleted.` : `“${name}” cannot be read (${code ?? String(error)}).`,
      );
    }
    let text: string;
    try {
      text = decodeText(bytes, name);
    } catch (error) {
      throw new ProjectFileError(`“${name}” is not a Relata project: ${error instanceof TextFileError ? error.message : String(error)}.`);
    }
    try {
      if (this.validateOpen) this.validateOpen(name, text);
      else this.validate(text);
    } catch (error) {
      throw new ProjectFileError(`“${name}” could not be opened: ${(error as Error).message}`);
    }
    return text;
  }

  /**
   * Saves atomically. Content that is not a valid project is refused before the disk is touched:
   * writing it would replace a good file with one that cannot be opened again.
   */
  async save(path: string, content: string): Promise<void> {
    try {
      this.validate(content);
    } catch (error) {
      throw new ProjectFileError(`The project was not saved because it failed validation (${(error as Error).message}). Your previous file is unchanged.`);
    }
    try {
      await writeFileAtomic(path, content, this.fs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission was denied' : String((error as Error).message);
      throw new ProjectFileError(`“${basename(path)}” could not be saved: ${reason}. The previous version of the file is unchanged — free some space or choose another folder with Save As.`);
    }
  }
}
