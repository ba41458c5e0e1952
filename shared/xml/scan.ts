/**
 * A strict, small XML scanner for the graph readers: elements, attributes, text, CDATA, comments and
 * processing instructions, with the five predefined entities and character references. There is no
 * DTD support by design (the guard refuses any DTD before scanning), so nothing is ever expanded.
 *
 * It exists because a general parser was the slowest part of reading a large GraphML file; this one
 * finds markup with indexOf and allocates only what the readers keep. Well-formedness is still
 * checked: mismatched or unclosed tags, malformed attributes, unknown entities, stray "<" and text
 * outside the root all stop it with an error naming the line.
 */

export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
  isSelfClosing: boolean;
}

export interface XmlHandlers {
  opentag(tag: XmlTag): void;
  closetag(name: string): void;
  /** Character data inside the root element, entities decoded (CDATA sections arrive here too). */
  text(text: string): void;
}

/** Why the scan stopped: the input ended inside markup (`truncated`), or it is not well-formed (`malformed`). */
export class XmlScanError extends Error {
  constructor(
    readonly kind: 'truncated' | 'malformed',
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const PREDEFINED: ReadonlyMap<string, string> = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);
/** Every "&": with what follows when it is a well-formed reference, alone when it is not. */
const REFERENCE = /&(#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][\w.-]*;)?/g;
/** Characters that can never start a name; the scans that cut names out already stop at spaces, "=", "/" and ">". */
const NOT_NAME_START = /[<>/="'!?&\s\-.\d]/;
const isName = (name: string) => name.length > 0 && !NOT_NAME_START.test(name[0]!);
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const BANG = 33;
const QUESTION = 63;

/** What makes an attribute value need more than slicing: markup, references, literal whitespace to normalise. */
const SPECIAL_IN_VALUE = /[<&\t\n\r]/;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Scans a whole document, calling `handlers` in document order. Returns the elements left open (truncation). */
export class XmlScanner {
  /** 1-based line of the markup being reported. */
  line = 1;
  /** Whether the root element began: a file of nothing but a declaration or comments has none. */
  sawRoot = false;
  /** Offset of the next newline not yet counted; -2 before the first look. */
  private nextNewline = -2;
  private readonly open: string[] = [];

  constructor(
    private readonly text: string,
    private readonly handlers: XmlHandlers,
  ) {}

  run(): readonly string[] {
    const s = this.text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      const end = lt === -1 ? n : lt;
      if (end > i) this.characters(s.slice(i, end), i);
      if (lt === -1) break;
      this.lineAt(lt);
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) i = this.closeTag(lt);
      else if (next === BANG) i = this.declaration(lt);
      else if (next === QUESTION) i = this.skipPast(lt, '?>', 'a processing instruction');
      else {
        if (this.sawRoot && this.open.length === 0) this.fail('malformed', 'a second root element');
        this.sawRoot = true;
        i = this.openTag(lt);
      }
    }
    return this.open;
  }

  private characters(raw: string, at: number): void {
    if (this.open.length === 0) {
      if (/\S/.test(raw)) {
        this.lineAt(at + raw.search(/\S/));
        this.fail('malformed', this.sawRoot ? 'text after the root element' : 'text before the root element');
      }
      return;
    }
    this.handlers.text(this.decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, at));
  }

  private openTag(lt: number): number {
    const s = this.text;
    let i = lt + 1;
    while (i < s.length && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== GT && !(s.charCodeAt(i) === SLASH && s.charCodeAt(i + 1) === GT)) i++;
    if (i >= s.length) this.fail('truncated', 'the file ends inside a tag');
    const name = s.slice(lt + 1, i);
    if (!isName(name)) this.fail('malformed', `"<${name.slice(0, 30)}" does not start a valid element`);
    const attributes: Record<string, string> = {};
    for (;;) {
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) this.fail('truncated', `the file ends inside <${name}>`);
      const c = s.charCodeAt(i);
      if (c === GT) {
        this.open.push(name);
        this.handlers.opentag({ name, attributes, isSelfClosing: false });
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= s.length) this.fail('truncated', `the file ends inside <${name}>`);
        if (s.charCodeAt(i + 1) !== GT) this.fail('malformed', `a stray "/" inside <${name}>`);
        this.handlers.opentag({ name, attributes, isSelfClosing: true });
        this.handlers.closetag(name);
        return i + 2;
      }
      i = this.attribute(i, name, attributes);
    }
  }

  private attribute(start: number, element: string, attributes: Record<string, string>): number {
    const s = this.text;
    let i = start;
    while (i < s.length && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== EQUALS && s.charCodeAt(i) !== GT && s.charCodeAt(i) !== SLASH) i++;
    const name = s.slice(start, i);
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) this.fail('truncated', `the file ends inside <${element}>`);
    if (!isName(name) || s.charCodeAt(i) !== EQUALS) this.fail('malformed', `attribute "${name.slice(0, 30)}" of <${element}> has no ="value"`);
    i++;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) this.fail('truncated', `the file ends inside <${element}>`);
    const quote = s[i]!;
    if (quote !== '"' && quote !== "'") this.fail('malformed', `the value of ${name} in <${element}> is not quoted`);
    const close = s.indexOf(quote, i + 1);
    if (close === -1) this.fail('truncated', `the file ends inside the value of ${name} in <${element}>`);
    const raw = s.slice(i + 1, close);
    if (Object.hasOwn(attributes, name)) this.fail('malformed', `<${element}> has two ${name} attributes`);
    let value = raw;
    if (SPECIAL_IN_VALUE.test(raw)) {
      if (raw.includes('<')) this.fail('malformed', `"<" inside the value of ${name} in <${element}>`);
      // Attribute-value normalisation: literal tabs and line ends are spaces; escaped ones (&#10;) stay.
      value = this.decode(raw.replace(/\r\n|[\t\n\r]/g, ' '), i);
    }
    if (name === '__proto__') Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
    else attributes[name] = value;
    return close + 1;
  }

  private closeTag(lt: number): number {
    const s = this.text;
    const gt = s.indexOf('>', lt);
    if (gt === -1) this.fail('truncated', 'the file ends inside a closing tag');
    const name = s.slice(lt + 2, gt).trimEnd();
    const expected = this.open.pop();
    if (expected === undefined) this.fail('malformed', `</${name}> closes an element that was never opened`);
    if (name !== expected) this.fail('malformed', `</${name}> found where </${expected}> was expected`);
    this.handlers.closetag(name);
    return gt + 1;
  }

  private declaration(lt: number): number {
    const s = this.text;
    if (s.startsWith('<!--', lt)) return this.skipPast(lt, '-->', 'a comment');
    if (s.startsWith('<![CDATA[', lt)) {
      const close = s.indexOf(']]>', lt + 9);
      if (close === -1) this.fail('truncated', 'the file ends inside a CDATA section');
      if (this.open.length === 0) this.fail('malformed', `a CDATA section ${this.sawRoot ? 'after' : 'before'} the root element`);
      this.handlers.text(s.slice(lt + 9, close).replace(/\r\n?/g, '\n'));
      return close + 3;
    }
    if (s.length - lt < 9) this.fail('truncated', 'the file ends inside a declaration');
    return this.fail('malformed', `unexpected "${s.slice(lt, lt + 12)}"`);
  }

  private skipPast(lt: number, terminator: string, what: string): number {
    const close = this.text.indexOf(terminator, lt + 2);
    if (close === -1) this.fail('truncated', `the file ends inside ${what}`);
    return close + terminator.length;
  }

  /** Decodes the predefined entities and character references of `raw` (found at offset `at`). */
  private decode(raw: string, at: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(REFERENCE, (match, ref: string | undefined) => {
      const code = ref === undefined ? undefined : ref[0] === '#' ? (ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) : undefined;
      const named = ref !== undefined && ref[0] !== '#' ? PREDEFINED.get(ref.slice(0, -1)) : undefined;
      if (named !== undefined) return named;
      if (code !== undefined && code <= 0x10ffff) return String.fromCodePoint(code);
      this.lineAt(at + raw.indexOf(match));
      return this.fail('malformed', ref === undefined ? 'a bare "&" (write &amp;)' : `"${match.slice(0, 20)}" is not an entity XML defines (no DTD is read)`);
    });
  }

  /** Advances `line` to the line of offset `at`; offsets only grow, so each newline is counted once. */
  private lineAt(at: number): void {
    if (this.nextNewline === -2) this.nextNewline = this.text.indexOf('\n');
    while (this.nextNewline !== -1 && this.nextNewline < at) {
      this.line++;
      this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1);
    }
  }

  private fail(kind: XmlScanError['kind'], message: string): never {
    throw new XmlScanError(kind, message, this.line);
  }
}
