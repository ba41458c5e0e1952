/** Turning the bytes of a "text" document into text, or a reason a person can act on. */

/** Text documents above this size are refused: a 50 MB paste or file is almost certainly not an article. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export class TextDecodeError extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'TextDecodeError';
  }
}

/** Why bytes are not text: NUL bytes, UTF-16 without a byte-order mark to say which, or invalid sequences. */
export type UnicodeProblem = 'binary' | 'utf16-without-bom' | 'invalid';

export class UnicodeDecodeError extends Error {
  constructor(
    readonly problem: UnicodeProblem,
    readonly encoding: string,
  ) {
    super(problem === 'binary' ? 'binary data (NUL bytes)' : problem === 'utf16-without-bom' ? 'UTF-16 without a byte-order mark' : `not valid ${encoding}`);
    this.name = 'UnicodeDecodeError';
  }
}

/** Megabytes rounded up to a tenth, so a size over a limit never prints as the limit itself. */
export function megabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / 104857.6);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
}

/** UTF-16 text written without a BOM has a NUL in every other byte of its ASCII characters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.75 && Math.min(even, odd) === 0;
}

/**
 * The text of file bytes: UTF-8 with or without a byte-order mark, or UTF-16 (either order) with one.
 * Refuses NUL characters (binary data), UTF-16 it cannot place, and invalid sequences.
 */
export function decodeUnicode(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  let encoding = 'UTF-8';
  let body = bytes;
  if (a === 0xff && b === 0xfe) [encoding, body] = ['UTF-16LE', bytes.subarray(2)];
  else if (a === 0xfe && b === 0xff) [encoding, body] = ['UTF-16BE', bytes.subarray(2)];
  else if (a === 0xef && b === 0xbb && c === 0xbf) body = bytes.subarray(3);
  else if (bytes.includes(0)) throw new UnicodeDecodeError(looksLikeUtf16(bytes) ? 'utf16-without-bom' : 'binary', encoding);
  let text: string;
  try {
    text = new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new UnicodeDecodeError('invalid', encoding);
  }
  if (text.includes('\0')) throw new UnicodeDecodeError('binary', encoding);
  return text;
}

/** Decodes the bytes of a text document named `source`, refusing binary data, undecodable text and input over `maxBytes`. */
export function decodeText(bytes: Uint8Array, source: string, maxBytes = MAX_TEXT_BYTES): string {
  if (bytes.byteLength > maxBytes) {
    throw new TextDecodeError(source, `is ${megabytes(bytes.byteLength)}; text documents are limited to ${megabytes(maxBytes)} — split it into smaller files`);
  }
  try {
    return decodeUnicode(bytes);
  } catch (error) {
    if (!(error instanceof UnicodeDecodeError)) throw error;
    const reason =
      error.problem === 'binary'
        ? 'is a binary file (it contains NUL bytes), not plain text'
        : error.problem === 'utf16-without-bom'
          ? 'is UTF-16 text without a byte-order mark — re-save it as UTF-8'
          : `is not valid ${error.encoding} text — re-save it as UTF-8`;
    throw new TextDecodeError(source, reason);
  }
}
