/**
 * What both graph readers share around the scanner: the guard runs first, elements from namespaces
 * the format does not use are left out with everything inside them, scan errors become InputErrors
 * naming the format, the line and the column, and an input that stops inside an element is reported
 * as truncated.
 */
import type { XmlAttributes } from './attributes';
import { InputError, type InputErrorCode } from './errors';
import { guardXmlText, positionAt } from './guard';
import { NamespaceScope } from './namespaces';
import { XmlScanError, XmlScanner, type LeafHandler, type TextPosition } from './scan';

/** What a graph reader handles: elements by local name, from the format's own namespaces unless it asks for others. */
export interface ElementHandlers {
  opentag(name: string, attributes: XmlAttributes, qualifiedName: string): void;
  closetag(name: string, qualifiedName: string): void;
  text(text: string): void;
  instruction?(target: string, data: string): void;
  /** Whether elements from other namespaces are wanted where the reader is now (yEd graphics inside a <data>). */
  wantsForeign?(): boolean;
}

export interface XmlReader {
  /** Offset of the markup being handled: cheaper to keep for every element than its line and column. */
  readonly offset: number;
  /** Line and column of the markup being handled. */
  readonly position: TextPosition;
  /** Line and column of an offset the reader gave before, for a message about an element read earlier. */
  positionOf(offset: number): TextPosition;
  /** Throws an InputError at the current line and column. */
  fail(code: InputErrorCode, message: string): never;
  /** Guards and scans the whole text. */
  read(text: string, handlers: ElementHandlers, maxChars?: number): void;
  /**
   * From an opentag handler: hands the leaves `<name attribute="value">text</name>` (of the format's
   * namespace, unprefixed) that begin the element just opened to `onLeaf` (see XmlScanner.leaves).
   */
  leaves(name: string, attribute: string, onLeaf: LeafHandler): void;
}

/**
 * A reader for files of `format` ("GraphML", "GEXF"), named in its messages, whose elements belong to
 * `namespaces` (or to none, as many files declare no namespace at all).
 */
export function xmlReader(format: string, namespaces: readonly string[]): XmlReader {
  let scanner: XmlScanner | undefined;
  let source = '';
  let scope = new NamespaceScope();
  const own = new Set(['', ...namespaces]);
  const reader: XmlReader = {
    get offset() {
      return scanner?.offset ?? 0;
    },
    get position() {
      return scanner?.position ?? { line: 1, column: 1 };
    },
    positionOf(offset) {
      return positionAt(source, offset);
    },
    fail(code, message) {
      throw new InputError(code, message, reader.position);
    },
    read(text, handlers, maxChars) {
      guardXmlText(text, maxChars === undefined ? { format } : { format, maxChars });
      source = text;
      const start = text.search(/\S/);
      if (text[start] !== '<') throw new InputError('not-xml', `This is not a ${format} file: it does not start with XML markup.`, 1);
      scope = new NamespaceScope();
      /** Depth inside an element left out for its namespace; 0 when reading. */
      let skipping = 0;
      // The root always reaches the reader, whatever its namespace, so a wrong root is named as such.
      let rootSeen = false;
      /** The format's namespace last met: nearly every element is in it, and a string compare is cheaper than a set lookup. */
      let ownNamespace = '';
      const isOwn = (namespace: string) => own.has(namespace) && ((ownNamespace = namespace), true);
      scanner = new XmlScanner(text, {
        opentag(qualifiedName, attributes) {
          const namespace = scope.enter(qualifiedName, attributes);
          if (skipping > 0 || (rootSeen && namespace !== ownNamespace && !isOwn(namespace) && handlers.wantsForeign?.() !== true)) {
            skipping++;
            return;
          }
          rootSeen = true;
          handlers.opentag(localName(qualifiedName), attributes, qualifiedName);
        },
        closetag(qualifiedName) {
          scope.leave();
          if (skipping > 0) skipping--;
          else handlers.closetag(localName(qualifiedName), qualifiedName);
        },
        text(t) {
          if (skipping === 0) handlers.text(t);
        },
        instruction(target, data) {
          if (skipping === 0) handlers.instruction?.(target, data);
        },
      });
      let open: readonly string[];
      try {
        open = scanner.run();
      } catch (error) {
        if (!(error instanceof XmlScanError)) throw error;
        const at = { line: error.line, column: error.column };
        if (error.kind === 'dtd') {
          throw new InputError('doctype', `The file declares a DTD (${error.message}). Relata refuses DTDs and entity declarations for safety; remove the declaration and try again.`, at);
        }
        if (error.kind === 'truncated') throw new InputError('truncated', `The ${format} file ends too early (${error.message}): it is truncated or incomplete — export it again from its source.`, at);
        throw new InputError('not-xml', `This is not well-formed XML (${error.message}).`, at);
      }
      if (open.length > 0) throw new InputError('truncated', `The ${format} file ends inside <${open[open.length - 1]}>: it is truncated — export it again from its source.`, scanner.position);
      if (!scanner.sawRoot) throw new InputError('empty', `The ${format} file has no root element: it is empty or was cut off after its XML declaration.`, scanner.position);
    },
    leaves(name, attribute, onLeaf) {
      // An unprefixed leaf is in the default namespace; one the reader would leave out is left to the scan.
      if (own.has(scope.defaultNamespace)) scanner?.leaves(name, attribute, onLeaf);
    },
  };
  return reader;
}

/** "y:ShapeNode" → "ShapeNode". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
