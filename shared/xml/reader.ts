/**
 * The event parser both graph readers use: saxes without namespaces (prefixed names are matched by
 * their local part), with the guard run first, every well-formedness error turned into an InputError
 * naming the line, and an input that stops inside an element reported as truncated.
 */
import { SaxesParser } from 'saxes';
import { InputError, type InputErrorCode } from './errors';
import { guardXmlText } from './guard';

export interface XmlReader {
  parser: SaxesParser;
  /** Throws an InputError at the parser's current line. */
  fail(code: InputErrorCode, message: string): never;
  /** Guards and parses the whole text; `open` is the reader's stack of elements not yet closed. */
  read(text: string, open: readonly string[], maxChars?: number): void;
}

/** A reader for files of `format` ("GraphML", "GEXF"), named in its messages. */
export function xmlReader(format: string): XmlReader {
  const parser = new SaxesParser({ xmlns: false });
  let closing = false;
  const fail = (code: InputErrorCode, message: string): never => {
    throw new InputError(code, message, parser.line);
  };
  parser.on('error', (error) => {
    const reason = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    if (closing) fail('truncated', `The ${format} file ends too early (${reason}): it is truncated or incomplete — export it again from its source.`);
    fail('not-xml', `This is not well-formed XML (${reason}).`);
  });
  const read = (text: string, open: readonly string[], maxChars?: number) => {
    guardXmlText(text, maxChars === undefined ? { format } : { format, maxChars });
    const start = text.search(/\S/);
    if (text[start] !== '<') throw new InputError('not-xml', `This is not a ${format} file: it does not start with XML markup.`, 1);
    parser.write(text);
    closing = true;
    parser.close();
    if (open.length > 0) throw new InputError('truncated', `The ${format} file ends inside <${open[open.length - 1]}>: it is truncated — export it again from its source.`, parser.line);
  };
  return { parser, fail, read };
}

/** "y:ShapeNode" → "ShapeNode". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
