/** Reading a text document from disk, refusing what is not UTF-8 text with a reason a person can act on. */
import { readFile } from 'node:fs/promises';

/** Text documents above this size are refused: a 50 MB paste or file is almost certainly not an article. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export class TextFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'TextFileError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, or explains why they are not text (NUL bytes, invalid UTF-8, too large). */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new TextFileError(path, `is ${(bytes.byteLength / 1048576).toFixed(0)} MB; text documents are limited to ${MAX_TEXT_BYTES / 1048576} MB — split it into smaller files`);
  }
  if (bytes.includes(0)) throw new TextFileError(path, 'is a binary file (it contains NUL bytes), not plain text');
  try {
    // A BOM is part of the encoding, not of the text.
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TextFileError(path, 'is not valid UTF-8 text — re-save it as UTF-8');
  }
}

/** Reads a UTF-8 text file; rejects with a TextFileError for a missing path, a binary file or invalid UTF-8. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TextFileError(path, 'does not exist');
    if (code === 'EISDIR') throw new TextFileError(path, 'is a folder, not a file');
    if (code === 'EACCES') throw new TextFileError(path, 'cannot be read (permission denied)');
    throw new TextFileError(path, `cannot be read (${code ?? String(error)})`);
  }
  return decodeText(bytes, path);
}
