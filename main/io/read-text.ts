/** Reading a text document from disk, refusing what is not UTF-8 text with a reason a person can act on. */
import { readFile } from 'node:fs/promises';
import { decodeText, TextDecodeError } from '../../shared/text/decode';

export { decodeText, TextDecodeError as TextFileError };

/** Reads a UTF-8 text file; rejects with a TextFileError for a missing path, a binary file or invalid UTF-8. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new TextDecodeError(path, reason);
  }
  return decodeText(bytes, path);
}
