/**
 * What both graph readers share around the scanner: the guard runs first, scan errors become
 * InputErrors naming the format and the line, and an input that stops inside an element is reported
 * as truncated.
 */
import { InputError, type InputErrorCode } from './errors';
import { guardXmlText } from './guard';
import { XmlScanError, XmlScanner, type XmlHandlers } from './scan';

export interface XmlReader {
  /** Line of the markup being handled (1-based). */
  readonly line: number;
  /** Throws an InputError at the current line. */
  fail(code: InputErrorCode, message: string): never;
  /** Guards and scans the whole text; `open` is the reader's stack of elements not yet closed. */
  read(text: string, handlers: XmlHandlers, maxChars?: number): void;
}

/** A reader for files of `format` ("GraphML", "GEXF"), named in its messages. */
export function xmlReader(format: string): XmlReader {
  let scanner: XmlScanner | undefined;
  const reader: XmlReader = {
    get line() {
      return scanner?.line ?? 1;
    },
    fail(code, message) {
      throw new InputError(code, message, reader.line);
    },
    read(text, handlers, maxChars) {
      guardXmlText(text, maxChars === undefined ? { format } : { format, maxChars });
      const start = text.search(/\S/);
      if (text[start] !== '<') throw new InputError('not-xml', `This is not a ${format} file: it does not start with XML markup.`, 1);
      scanner = new XmlScanner(text, handlers);
      let open: readonly string[];
      try {
        open = scanner.run();
      } catch (error) {
        if (!(error instanceof XmlScanError)) throw error;
        if (error.kind === 'truncated') throw new InputError('truncated', `The ${format} file ends too early (${error.message}): it is truncated or incomplete — export it again from its source.`, error.line);
        throw new InputError('not-xml', `This is not well-formed XML (${error.message}).`, error.line);
      }
      if (open.length > 0) throw new InputError('truncated', `The ${format} file ends inside <${open[open.length - 1]}>: it is truncated — export it again from its source.`, scanner.line);
      if (!scanner.sawRoot) throw new InputError('empty', `The ${format} file has no root element: it is empty or was cut off after its XML declaration.`, scanner.line);
    },
  };
  return reader;
}

/** "y:ShapeNode" → "ShapeNode". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
