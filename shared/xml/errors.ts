/** The one error type every Relata file reader throws: a code to branch on and a message a person can act on. */

export type InputErrorCode =
  | 'too-large'
  | 'binary'
  | 'invalid-utf8'
  | 'doctype'
  | 'not-xml'
  | 'wrong-root'
  | 'truncated'
  | 'unsupported'
  | 'duplicate-id'
  | 'missing-node'
  | 'bad-value'
  | 'newer-version'
  | 'invalid-schema'
  | 'empty';

/** Where in a file a problem is: 1-based line and column (UTF-16 code units). */
export interface InputPlace {
  line: number;
  column?: number;
}

/** A file could not be read; `line` and `column` are set when the problem has a place in the text. */
export class InputError extends Error {
  readonly line?: number;
  readonly column?: number;

  constructor(
    readonly code: InputErrorCode,
    message: string,
    place?: number | InputPlace,
  ) {
    const at = typeof place === 'number' ? { line: place } : place;
    super(at === undefined ? message : `Line ${at.line}${at.column === undefined ? '' : `, column ${at.column}`}: ${message}`);
    this.name = 'InputError';
    if (at !== undefined) {
      this.line = at.line;
      if (at.column !== undefined) this.column = at.column;
    }
  }
}

/** Longest piece of a file's own text (an id, a name, a value) that a message repeats. */
const MAX_QUOTED = 60;

/** `text` in quotes for a message, cut with "…" so a 10 MB id does not make a 10 MB message. */
export function quoted(text: string, max = MAX_QUOTED): string {
  const cut = text.length > max ? `${text.slice(0, text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) < 0xdc00 ? max - 1 : max)}…` : text;
  return `"${cut}"`;
}
