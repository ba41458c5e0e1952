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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A size over a limit in MB, rounded up to a tenth so it always reads as more than the limit
 * (50 MB and one byte is "50.1 MB", never "50 MB").
 */
export function sizeOverLimit(bytes: number): string {
  return `${(Math.ceil((bytes / 1048576) * 10) / 10).toFixed(1)} MB`;
}

/** Decodes UTF-8 bytes named `source`, refusing binary data (NUL bytes), invalid UTF-8 and input over `maxBytes`. */
export function decodeText(bytes: Uint8Array, source: string, maxBytes = MAX_TEXT_BYTES): string {
  if (bytes.byteLength > maxBytes) {
    throw new TextDecodeError(source, `is ${sizeOverLimit(bytes.byteLength)}; text documents are limited to ${maxBytes / 1048576} MB — split it into smaller files`);
  }
  if (bytes.includes(0)) throw new TextDecodeError(source, 'is a binary file (it contains NUL bytes), not plain text');
  try {
    // A BOM is part of the encoding, not of the text.
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TextDecodeError(source, 'is not valid UTF-8 text — re-save it as UTF-8');
  }
}
