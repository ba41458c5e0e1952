/**
 * Reading and writing the files the app opens and saves. Opening a project checks it is one this
 * version can read before anything else happens, so a truncated, corrupt or newer file is reported
 * and never becomes the target of a later save. Graph files (GraphML, GEXF…) are read as text for
 * the renderer's readers.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { opensAsFile } from '../shared/formats/open';
import { decodeText, megabytes, TextDecodeError } from '../shared/text/decode';
import { writeFileAtomic, type AtomicWriteOptions } from './io/atomic-write';
import { readFailureMessage, saveFailureMessage } from './io/file-errors';

/** Throws an Error whose message says what is wrong with the project text (shared/project's parser). */
export type ProjectValidator = (text: string) => unknown;

/** True for a file the app opens: a project, or a graph in one of the formats of shared/formats. */
export const isOpenablePath = (path: string) => opensAsFile(basename(path));
export const isProjectPath = (path: string) => /\.relata$/i.test(path);

/** The largest file the app opens: its text has to cross to the renderer in one IPC message. */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

export class ProjectFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectFileError';
  }
}

export class ProjectStore {
  constructor(
    private readonly validate: ProjectValidator,
    private readonly writeOptions: AtomicWriteOptions = {},
  ) {}

  /** Reads a project (validated) or a graph file's text; rejects with a ProjectFileError a person can act on. */
  async open(path: string): Promise<string> {
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      const { size } = await stat(path);
      if (size > MAX_OPEN_BYTES) throw new ProjectFileError(`“${name}” is ${megabytes(size)}; Relata opens files of up to ${megabytes(MAX_OPEN_BYTES)}.`);
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof ProjectFileError) throw error;
      throw new ProjectFileError(readFailureMessage(name, error));
    }
    let text: string;
    try {
      text = decodeText(bytes, name, MAX_OPEN_BYTES);
    } catch (error) {
      const what = isProjectPath(path) ? 'a Relata project' : 'a text file';
      throw new ProjectFileError(`“${name}” is not ${what}: ${error instanceof TextDecodeError ? error.message : String(error)}.`);
    }
    if (!isProjectPath(path)) return text;
    try {
      this.validate(text);
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
    await this.write(path, content);
  }

  /** Writes any file atomically (exports), with the same messages as a save. */
  async write(path: string, data: string | Uint8Array, verb = 'saved'): Promise<void> {
    try {
      await writeFileAtomic(path, data, this.writeOptions);
    } catch (error) {
      throw new ProjectFileError(saveFailureMessage(basename(path), error, verb));
    }
  }
}
