/**
 * GraphML ids are XML name tokens (xs:NMTOKEN): no spaces, "|", quotes or most punctuation. Ids that
 * are not are written with each character a name token cannot hold as `_xHHHH_` (its code point in hex,
 * as XML name escaping does elsewhere), and a `_` before an `x` as `_x005F_`, so decoding is exact. A
 * file says with a hint that its ids were written so (see ./hints.ts); other files' ids are read as
 * they are.
 */

/**
 * A name character every schema validator takes: ASCII letters, digits, ".", "-", "_", ":" and the
 * Latin-1 letters. Later editions of XML allow far more, but validators differ on which (libxml2 refuses
 * much of what XML 1.0's fifth edition added), so everything else is escaped.
 */
const NAME_CHAR = /[-.0-9:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]/u;
const NOT_NAME_CHARS = new RegExp(`${NAME_CHAR.source.replace('[', '[^')}|_(?=x)`, 'gu');
const ESCAPED = /_x([0-9A-F]{4,6})_/g;
/** How the empty id is written: a name token has at least one character. */
const EMPTY = '_x_';

const hex = (c: string) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`;

/** Whether `text` is a name token as it stands. */
export function isNameToken(text: string): boolean {
  NOT_NAME_CHARS.lastIndex = 0;
  return text !== '' && !NOT_NAME_CHARS.test(text);
}

/** `id` as a name token that decodeId gives back exactly. */
export function encodeId(id: string): string {
  if (id === '') return EMPTY;
  NOT_NAME_CHARS.lastIndex = 0;
  return NOT_NAME_CHARS.test(id) ? id.replace(NOT_NAME_CHARS, hex) : id;
}

/** The id encodeId wrote as `text`. */
export function decodeId(text: string): string {
  if (text === EMPTY) return '';
  return text.indexOf('_x') === -1 ? text : text.replace(ESCAPED, (_, code: string) => String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff)));
}

/** A readable name token for `name` (attr.name, key ids): other characters become "_"; not reversible. */
export function nameToken(name: string): string {
  NOT_NAME_CHARS.lastIndex = 0;
  const token = name.replace(new RegExp(NAME_CHAR.source.replace('[', '[^'), 'gu'), '_');
  return token === '' ? '_' : token;
}
