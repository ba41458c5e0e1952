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

/** Decodes UTF-8 bytes named `source`, refusing binary data (NUL bytes), invalid UTF-8 and oversized input. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new TextDecodeError(source, `is ${(bytes.byteLength / 1048576).toFixed(0)} MB; text documents are limited to ${MAX_TEXT_BYTES / 1048576} MB — split it into smaller files`);
  }
  if (bytes.includes(0)) throw new TextDecodeError(source, 'is a binary file (it contains NUL bytes), not plain text');
  try {
    // A BOM is part of the encoding, not of the text.
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TextDecodeError(source, 'is not valid UTF-8 text — re-save it as UTF-8');
  }
}
