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

/** A file could not be read; `line` is 1-based when the problem has a place in the text. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
    this.name = 'InputError';
  }
}
