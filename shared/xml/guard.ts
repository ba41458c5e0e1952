/**
 * Checks every XML reader runs before parsing: size cap and binary data. DTDs are refused by the
 * scanner itself, where it meets one as markup: it is how XXE and billion-laughs attacks arrive, and no
 * GraphML or GEXF file needs one.
 */
import { decodeUnicode, megabytes, UnicodeDecodeError } from '../text/decode';
import { InputError } from './errors';

/** Default cap on XML input, in UTF-16 code units (≈ bytes for ASCII-heavy files). */
export const DEFAULT_MAX_XML_CHARS = 400 * 1024 * 1024;

export interface XmlGuardOptions {
  /** What the file should be, for messages ("GraphML", "GEXF"). */
  format: string;
  maxChars?: number;
}

/** 1-based line and column of a position in a text. */
export function positionAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/** Throws an InputError if `text` is too large, empty or binary. */
export function guardXmlText(text: string, options: XmlGuardOptions): void {
  const max = options.maxChars ?? DEFAULT_MAX_XML_CHARS;
  if (text.length > max) {
    throw new InputError(
      'too-large',
      `This ${options.format} file is ${megabytes(text.length)}; the limit is ${megabytes(max)} — split the graph or filter it in the tool that made it.`,
    );
  }
  if (text.trim() === '') throw new InputError('empty', `The ${options.format} file is empty.`);
  // V8 searches a large text backwards for one character in half the time it takes forwards (43 against
  // 86 ms on a 150 MB file), so the first NUL is looked for only once one is known to be there.
  if (text.lastIndexOf('\0') !== -1) {
    throw new InputError('binary', `This is binary data, not a ${options.format} file (NUL byte found).`, positionAt(text, text.indexOf('\0')));
  }
}

/** Decodes file bytes (UTF-8, or UTF-16 with a byte-order mark), refusing binary data and invalid text with an InputError. */
export function decodeUtf8(bytes: Uint8Array, format: string): string {
  try {
    return decodeUnicode(bytes);
  } catch (error) {
    if (!(error instanceof UnicodeDecodeError)) throw error;
    if (error.problem === 'binary') throw new InputError('binary', `This is binary data, not a ${format} file (NUL byte found).`);
    if (error.problem === 'utf16-without-bom') throw new InputError('invalid-utf8', `The ${format} file is UTF-16 without a byte-order mark — re-save it as UTF-8.`);
    throw new InputError('invalid-utf8', `The ${format} file is not valid ${error.encoding} — re-save it as UTF-8.`);
  }
}
