/**
 * Checks every XML reader runs before parsing: size cap, binary data, and refusal of any DTD.
 * A DTD is refused outright (not just left unexpanded): it is how XXE and billion-laughs attacks arrive,
 * and no GraphML or GEXF file needs one.
 */
import { InputError } from './errors';

/** Default cap on XML input, in UTF-16 code units (≈ bytes for ASCII-heavy files). */
export const DEFAULT_MAX_XML_CHARS = 400 * 1024 * 1024;

export interface XmlGuardOptions {
  /** What the file should be, for messages ("GraphML", "GEXF"). */
  format: string;
  maxChars?: number;
}

/** 1-based line number of a position in a text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Nothing else in markup starts with "<!" followed by a letter: comments are "<!--", CDATA "<![CDATA[".
// One pass looks for either, as each pass over a large file costs as much as the other.
const NUL_OR_DECLARATION = /\0|<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;

/** Throws an InputError if `text` is too large, binary, or declares a DTD or entities. */
export function guardXmlText(text: string, options: XmlGuardOptions): void {
  const max = options.maxChars ?? DEFAULT_MAX_XML_CHARS;
  if (text.length > max) {
    throw new InputError(
      'too-large',
      `This ${options.format} file is ${(text.length / 1048576).toFixed(0)} MB; the limit is ${(max / 1048576).toFixed(0)} MB — split the graph or filter it in the tool that made it.`,
    );
  }
  if (text.trim() === '') throw new InputError('empty', `The ${options.format} file is empty.`);
  const found = NUL_OR_DECLARATION.exec(text);
  if (!found) return;
  // Binary data is the more basic finding, wherever its NUL is.
  const nul = found[1] === undefined ? found.index : text.indexOf('\0', found.index);
  if (nul !== -1) {
    throw new InputError('binary', `This is binary data, not a ${options.format} file (NUL byte found).`, lineAt(text, nul));
  }
  throw new InputError(
    'doctype',
    `The file declares a DTD (<!${found[1]}>). Relata refuses DTDs and entity declarations for safety; remove the declaration and try again.`,
    lineAt(text, found.index),
  );
}

declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

/** Decodes file bytes as UTF-8, refusing invalid sequences and binary data with an InputError. */
export function decodeUtf8(bytes: Uint8Array, format: string): string {
  if (bytes.includes(0)) throw new InputError('binary', `This is binary data, not a ${format} file (NUL byte found).`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('invalid-utf8', `The ${format} file is not valid UTF-8 — re-save it as UTF-8.`);
  }
}
