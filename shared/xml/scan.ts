/**
 * A strict, small XML scanner for the graph readers: elements, attributes, text, CDATA, comments and
 * processing instructions, with the five predefined entities and character references. There is no
 * DTD support by design: a document type or entity declaration stops the scan, so nothing is ever
 * expanded (the same words inside a comment or a CDATA section are text, not markup).
 *
 * It exists because a general parser was the slowest part of reading a large GraphML file; this one
 * finds markup with indexOf and allocates only what the readers keep. Well-formedness is still
 * checked: mismatched or unclosed tags, malformed attributes, unknown entities, stray "<" and text
 * outside the root all stop it with an error naming the line.
 */
import { AttributeList, type XmlAttributes } from './attributes';

export interface XmlHandlers {
  /**
   * An element begins (a self-closing element closes at once). `attributes` hold only while the call
   * lasts: the scanner fills the same list again for the next element.
   */
  opentag(name: string, attributes: XmlAttributes): void;
  closetag(name: string): void;
  /** Character data inside the root element, entities decoded (CDATA sections arrive here too). */
  text(text: string): void;
  /** A processing instruction other than the XML declaration: its target and the text after it. */
  instruction?(target: string, data: string): void;
}

/**
 * Takes one leaf `<name attribute="value">text</name>` that XmlScanner.leaves found: its attribute
 * value and its text, as opentag, text and closetag would have given them. Returning false declines
 * the leaf, which the scan then reads as usual.
 */
export type LeafHandler = (value: string, text: string) => boolean;

/** Where a scan is in its text, 1-based. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Why the scan stopped: the input ended inside markup (`truncated`), it is not well-formed
 * (`malformed`), or it declares a DTD or entities (`dtd`), which Relata never reads.
 */
export class XmlScanError extends Error {
  constructor(
    readonly kind: 'truncated' | 'malformed' | 'dtd',
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const PREDEFINED: ReadonlyMap<string, string> = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);
/** The predefined entities as text, "&amp;" last so that "&amp;lt;" becomes "&lt;" and no further. */
const ENTITY_TEXTS: ReadonlyArray<[string, string]> = [['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&apos;', "'"], ['&amp;', '&']];
/** The predefined entities by the character after their "&". */
const PREDEFINED_AT: Record<number, Array<[string, string]>> = {};
for (const entry of ENTITY_TEXTS) (PREDEFINED_AT[entry[0].charCodeAt(1)] ??= []).push(entry);
/** The predefined entity at `amp` in `raw`, or undefined when another reference (or a bare "&") stands there. */
function predefinedAt(raw: string, amp: number): readonly [string, string] | undefined {
  const candidates = PREDEFINED_AT[raw.charCodeAt(amp + 1)];
  if (candidates === undefined) return undefined;
  for (const entry of candidates) if (raw.startsWith(entry[0], amp)) return entry;
  return undefined;
}
/** How many references a value has before the rest is decoded by splitting on each entity in turn. */
const FEW_REFERENCES = 16;
/** An "&" that does not start one of the five predefined entities. */
const OTHER_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos);)/;
/** An "&" that starts no reference XML defines: neither a predefined entity nor a character reference. */
const BAD_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[^;\s<&]{0,20};?/;
/** Every "&": with what follows when it is a well-formed reference, alone when it is not. */
const REFERENCE = /&(#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z][\w.-]*;)?/g;
/** Characters that can never start a name; the scans that cut names out already stop at spaces, "=", "/" and ">". */
const NOT_NAME_START = /[<>/="'!?&\s\-.\d]/;
const isName = (name: string) => name.length > 0 && !NOT_NAME_START.test(name[0]!);
/** What follows "<!" in a document type or entity declaration. */
const DECLARATION = /^<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;
/**
 * The engine's own copy of a string, the one it keeps for property keys: comparing it with a literal
 * ("data", "node") is then a pointer test, and a Map finds its hash already computed.
 */
const internalized = (name: string) => Object.keys({ [name]: 0 })[0]!;
/** Distinct names kept per first character; files with more are read correctly, just without reuse. */
const MAX_NAMES_PER_INITIAL = 16;
/** Distinct leaf attribute values kept; past them, values are read correctly, just cut out each time. */
const MAX_LEAF_VALUES = 64;
const TAB = 9;
const LF = 10;
const CR = 13;
const AMP = 38;
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const BANG = 33;
const QUESTION = 63;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

const isSpace = (c: number) => c === 32 || c === TAB || c === LF || c === CR;

/**
 * One whole leaf `<name attribute="value">text</name>` whose value is taken as it stands (no reference,
 * no "<", no tab or line end to normalise) and whose text holds no markup, matched where it starts: the
 * engine's compiled pattern checks this shape in about half the time a loop over its characters took.
 */
function leafPattern(name: string, attribute: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<${literal(name)} ${literal(attribute)}=(?:"[^"&<\\t\\n\\r]*"|'[^'&<\\t\\n\\r]*')>[^<]*</${literal(name)}>`, 'y');
}

/** Text holding only predefined entities, each kind replaced whole, "&amp;" last. */
function decodeMany(raw: string): string {
  let text = raw;
  for (const [entity, char] of ENTITY_TEXTS) if (text.includes(entity)) text = text.split(entity).join(char);
  return text;
}

/**
 * Where a character next occurs in the text, for asking whether a stretch of text holds it. Stretches
 * are asked about in document order, so each occurrence is searched for once, not once per stretch.
 */
class Lookahead {
  /** Offset of the next occurrence not before the last stretch asked about; -2 before the first look. */
  private next = -2;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** Whether [from, end) holds the character; `from` must not be less than in the call before. */
  within(from: number, end: number): boolean {
    if (this.next !== -1 && this.next < from) this.next = this.text.indexOf(this.char, from);
    return this.next !== -1 && this.next < end;
  }
}

/** Scans a whole document, calling `handlers` in document order. Returns the elements left open (truncation). */
export class XmlScanner {
  /** Whether the root element began: a file of nothing but a declaration or comments has none. */
  sawRoot = false;
  /** Offset of the markup being reported; its line is counted only when asked for. */
  private at = 0;
  private countedLine = 1;
  /** Offset of the first character of the counted line. */
  private lineStart = 0;
  /** Offset of the next newline not yet counted; -2 before the first look. */
  private nextNewline = -2;
  private readonly open: string[] = [];
  private readonly attributes = new AttributeList();
  /** Text needs decoding only where it holds a reference, and line-end normalising only where it holds a "\r". */
  private readonly ampersands: Lookahead;
  private readonly returns: Lookahead;
  /**
   * Element names and attribute names seen so far, by first character (ASCII). The same few names
   * repeat in every element: each is cut out of the text and checked once, then recognised in place,
   * and handlers compare and look up one string. Two tables, as the two kinds end at different characters.
   */
  private readonly elementNames: string[][] = [];
  private readonly attributeNames: string[][] = [];
  /** Where the scan goes on after the opentag handler now running: past its ">", or -1 for an element that closed itself. */
  private resume = -1;
  /** The leaves last asked for, and the pattern of one whole leaf of theirs (see leafPattern). */
  private leafName = '';
  private leafAttribute = '';
  private leafShape: RegExp | undefined;
  /**
   * Attribute values of leaves, kept as they first came: leaves repeat a few values in one order
   * (GraphML's key ids), so the value after the one last recognised is tried first, in place.
   */
  private readonly leafValues: string[] = [];
  private lastLeafValue = -1;

  constructor(
    private readonly text: string,
    private readonly handlers: XmlHandlers,
  ) {
    this.ampersands = new Lookahead(text, '&');
    this.returns = new Lookahead(text, '\r');
  }

  /** 1-based line of the markup being reported; offsets only grow, so each newline is counted once. */
  get line(): number {
    if (this.nextNewline === -2) this.nextNewline = this.text.indexOf('\n');
    while (this.nextNewline !== -1 && this.nextNewline < this.at) {
      this.countedLine++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1);
    }
    return this.countedLine;
  }

  /** Offset of the markup being reported: what a reader keeps to name the place later (see positionAt). */
  get offset(): number {
    return this.at;
  }

  /** Line and column (in UTF-16 code units) of the markup being reported. */
  get position(): TextPosition {
    const line = this.line;
    return { line, column: this.at - this.lineStart + 1 };
  }

  run(): readonly string[] {
    const s = this.text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      // Markup usually follows markup ("</data><data"): no text to look through then.
      const lt = s.charCodeAt(i) === LT ? i : s.indexOf('<', i);
      const end = lt === -1 ? n : lt;
      if (end > i) this.characters(s.slice(i, end), i);
      if (lt === -1) break;
      this.at = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) i = this.closeTag(lt);
      else if (next === BANG) i = this.declaration(lt);
      else if (next === QUESTION) i = this.instruction(lt);
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
        this.at = at + raw.search(/\S/);
        this.fail('malformed', this.sawRoot ? 'text after the root element' : 'text before the root element');
      }
      return;
    }
    this.handlers.text(this.characterData(raw, at));
  }

  /** Text `raw` found at offset `at`, line ends normalised and references decoded. */
  private characterData(raw: string, at: number): string {
    const end = at + raw.length;
    const text = this.returns.within(at, end) ? raw.replace(/\r\n?/g, '\n') : raw;
    return this.ampersands.within(at, end) ? this.decode(text, at) : text;
  }

  /**
   * Called from an opentag handler: reads the leaves `<name attribute="value">text</name>` that begin
   * the element just opened, whitespace between them left out, handing each to `onLeaf` instead of
   * to the handlers. Files repeat this one shape millions of times (GraphML's <data key>), and
   * recognising it whole with one compiled pattern (see leafPattern) costs a fraction of reading it
   * markup by markup. It stops at anything else: other attributes or spacing, a value or text holding
   * markup, CDATA or a comment, a leaf `onLeaf` declines; the scan reads that as usual. Values that
   * need decoding stop it too.
   */
  leaves(name: string, attribute: string, onLeaf: LeafHandler): void {
    let i = this.resume;
    if (i < 0) return;
    let shape = this.leafShape;
    if (shape === undefined || name !== this.leafName || attribute !== this.leafAttribute) {
      this.leafName = name;
      this.leafAttribute = attribute;
      shape = this.leafShape = leafPattern(name, attribute);
    }
    const s = this.text;
    // "<name attribute=" before the value's quote, "</name>" after the text.
    const headLength = name.length + attribute.length + 3;
    const closeLength = name.length + 3;
    for (;;) {
      let lt = i;
      while (isSpace(s.charCodeAt(lt))) lt++;
      shape.lastIndex = lt;
      if (!shape.test(s)) break;
      const next = shape.lastIndex;
      const open = lt + headLength;
      const end = s.indexOf(s.charCodeAt(open) === DOUBLE_QUOTE ? '"' : "'", open + 1);
      const textStart = end + 2;
      const textEnd = next - closeLength;
      this.at = lt;
      const text = textEnd === textStart ? '' : this.characterData(s.slice(textStart, textEnd), textStart);
      if (!onLeaf(this.leafValue(open + 1, end), text)) break;
      i = next;
    }
    this.resume = i;
  }

  /** The leaf attribute value at [start, end): one kept from before where it is one (see leafValues). */
  private leafValue(start: number, end: number): string {
    const values = this.leafValues;
    const count = values.length;
    for (let tried = 0, k = this.lastLeafValue + 1; tried < count; tried++, k++) {
      if (k === count) k = 0;
      const value = values[k]!;
      if (value.length === end - start && this.isAt(value, start)) {
        this.lastLeafValue = k;
        return value;
      }
    }
    const value = this.text.slice(start, end);
    if (count === MAX_LEAF_VALUES) return value;
    values.push(value);
    this.lastLeafValue = count;
    return value;
  }

  private openTag(lt: number): number {
    const s = this.text;
    const start = lt + 1;
    let name = this.knownName(this.elementNames, start, false);
    let i = start + (name?.length ?? 0);
    if (name === undefined) {
      while (i < s.length && !this.endsElementName(i)) i++;
      if (i >= s.length) this.fail('truncated', 'the file ends inside a tag');
      name = this.newName(this.elementNames, start, i);
      if (name === undefined) this.fail('malformed', `"<${s.slice(start, i).slice(0, 30)}" does not start a valid element`);
    }
    const attributes = this.attributes;
    attributes.clear();
    for (;;) {
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) this.fail('truncated', `the file ends inside <${name}>`);
      const c = s.charCodeAt(i);
      if (c === GT) {
        this.open.push(name);
        this.resume = i + 1;
        this.handlers.opentag(name, attributes);
        const next = this.resume;
        this.resume = -1;
        return next;
      }
      if (c === SLASH) {
        if (i + 1 >= s.length) this.fail('truncated', `the file ends inside <${name}>`);
        if (s.charCodeAt(i + 1) !== GT) this.fail('malformed', `a stray "/" inside <${name}>`);
        this.handlers.opentag(name, attributes);
        this.handlers.closetag(name);
        return i + 2;
      }
      i = this.attribute(i, name, attributes);
    }
  }

  private attribute(start: number, element: string, attributes: AttributeList): number {
    const s = this.text;
    let name = this.knownName(this.attributeNames, start, true);
    let nameEnd = start + (name?.length ?? 0);
    if (name === undefined) while (nameEnd < s.length && !this.endsAttributeName(nameEnd)) nameEnd++;
    let i = nameEnd;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) this.fail('truncated', `the file ends inside <${element}>`);
    name ??= this.newName(this.attributeNames, start, nameEnd);
    if (name === undefined || s.charCodeAt(i) !== EQUALS) this.fail('malformed', `attribute "${s.slice(start, nameEnd).slice(0, 30)}" of <${element}> has no ="value"`);
    i++;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) this.fail('truncated', `the file ends inside <${element}>`);
    const quote = s.charCodeAt(i);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) this.fail('malformed', `the value of ${name} in <${element}> is not quoted`);
    // One pass finds the closing quote and whether the value needs more than slicing.
    let close = i + 1;
    let plain = true;
    for (; close < s.length; close++) {
      const c = s.charCodeAt(close);
      if (c === quote) break;
      if (c === AMP || c === LT || c === TAB || c === LF || c === CR) plain = false;
    }
    if (close >= s.length) this.fail('truncated', `the file ends inside the value of ${name} in <${element}>`);
    const raw = s.slice(i + 1, close);
    if (attributes.has(name)) this.fail('malformed', `<${element}> has two ${name} attributes`);
    let value = raw;
    if (!plain) {
      if (raw.includes('<')) this.fail('malformed', `"<" inside the value of ${name} in <${element}>`);
      // Attribute-value normalisation: literal tabs and line ends are spaces; escaped ones (&#10;) stay.
      value = this.decode(raw.replace(/\r\n|[\t\n\r]/g, ' '), i);
    }
    attributes.add(name, value);
    return close + 1;
  }

  /** A name from `table` that stands at `at` and ends there as a name of its kind would; undefined if none does. */
  private knownName(table: string[][], at: number, isAttribute: boolean): string | undefined {
    const candidates = table[this.text.charCodeAt(at)];
    if (candidates === undefined) return undefined;
    for (const name of candidates) {
      const end = at + name.length;
      if (this.isAt(name, at) && (isAttribute ? this.endsAttributeName(end) : this.endsElementName(end))) return name;
    }
    return undefined;
  }

  /** The name at [start, end), kept in `table` for next time; undefined when it is not a valid name. */
  private newName(table: string[][], start: number, end: number): string | undefined {
    const name = this.text.slice(start, end);
    if (!isName(name)) return undefined;
    const initial = name.charCodeAt(0);
    if (initial >= 128) return name;
    const candidates = (table[initial] ??= []);
    if (candidates.length >= MAX_NAMES_PER_INITIAL) return name;
    const kept = internalized(name);
    candidates.push(kept);
    return kept;
  }

  /** Whether the character at `i` ends an element name: a space, ">" or "/>". */
  private endsElementName(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return isSpace(c) || c === GT || (c === SLASH && this.text.charCodeAt(i + 1) === GT);
  }

  /** Whether the character at `i` ends an attribute name: a space, "=", ">" or "/". */
  private endsAttributeName(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return isSpace(c) || c === EQUALS || c === GT || c === SLASH;
  }

  private closeTag(lt: number): number {
    const s = this.text;
    const expected = this.open.pop();
    // The usual "</name>" is recognised in place: names hold no ">", and one ending in a printable
    // ASCII character has nothing for trimEnd to take. Anything else is cut out, compared and reported.
    const gtIfExact = lt + 2 + (expected?.length ?? 0);
    const last = expected?.charCodeAt(expected.length - 1) ?? 0;
    if (expected !== undefined && s.charCodeAt(gtIfExact) === GT && last > 32 && last < 127 && this.isAt(expected, lt + 2)) {
      this.handlers.closetag(expected);
      return gtIfExact + 1;
    }
    const gt = s.indexOf('>', lt);
    if (gt === -1) this.fail('truncated', 'the file ends inside a closing tag');
    const name = s.slice(lt + 2, gt).trimEnd();
    if (expected === undefined) this.fail('malformed', `</${name.slice(0, 60)}> closes an element that was never opened`);
    if (name !== expected) this.fail('malformed', `</${name.slice(0, 60)}> found where </${expected.slice(0, 60)}> was expected`);
    this.handlers.closetag(expected);
    return gt + 1;
  }

  /** Whether the text has `name` at offset `at` (a loop: startsWith costs more for names this short). */
  private isAt(name: string, at: number): boolean {
    const s = this.text;
    for (let k = 0; k < name.length; k++) if (s.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
    return true;
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
    const declaration = DECLARATION.exec(s.slice(lt, lt + 12));
    if (declaration) this.fail('dtd', `<!${declaration[1]}>`);
    if (s.length - lt < 9) this.fail('truncated', 'the file ends inside a declaration');
    return this.fail('malformed', `unexpected "${s.slice(lt, lt + 12)}"`);
  }

  /** A processing instruction: the XML declaration is skipped, any other goes to the handlers. */
  private instruction(lt: number): number {
    const s = this.text;
    const close = s.indexOf('?>', lt + 2);
    if (close === -1) this.fail('truncated', 'the file ends inside a processing instruction');
    let end = lt + 2;
    while (end < close && !isSpace(s.charCodeAt(end))) end++;
    const target = s.slice(lt + 2, end);
    if (target.toLowerCase() !== 'xml' && this.handlers.instruction) this.handlers.instruction(target, s.slice(end, close).trim());
    return close + 2;
  }

  private skipPast(lt: number, terminator: string, what: string): number {
    const close = this.text.indexOf(terminator, lt + 2);
    if (close === -1) this.fail('truncated', `the file ends inside ${what}`);
    return close + terminator.length;
  }

  /**
   * Decodes the predefined entities and character references of `raw` (found at offset `at`). Text
   * mostly holds the predefined five: a few are replaced in one pass, and past FEW_REFERENCES the
   * rest is replaced whole by the engine's own splitting (a 10 MB value of "&amp;"s as fast as one);
   * anything else (character references, or an error to report) takes the general path.
   */
  private decode(raw: string, at: number): string {
    let amp = raw.indexOf('&');
    if (amp === -1) return raw;
    // Pieces joined once make one flat string; concatenating them made a rope that the first look at
    // the value copied again, its head kept with the value.
    const pieces: string[] = [];
    const most = 2 * FEW_REFERENCES;
    let from = 0;
    for (; amp !== -1 && pieces.length < most; amp = raw.indexOf('&', from)) {
      const entity = predefinedAt(raw, amp);
      if (entity === undefined) break;
      pieces.push(raw.slice(from, amp), entity[1]);
      from = amp + entity[0].length;
    }
    if (amp === -1) {
      pieces.push(raw.slice(from));
      return pieces.join('');
    }
    if (pieces.length === most && !OTHER_REFERENCE.test(raw.slice(from))) {
      pieces.push(decodeMany(raw.slice(from)));
      return pieces.join('');
    }
    // A bad reference is reported before anything is decoded: a 10 MB value is not decoded to find it.
    const bad = BAD_REFERENCE.exec(raw);
    if (bad) {
      this.at = at + bad.index;
      this.fail('malformed', bad[0] === '&' ? 'a bare "&" (write &amp;)' : `"${bad[0]}" is not an entity XML defines (no DTD is read)`);
    }
    return this.decodeReferences(raw, at);
  }

  private decodeReferences(raw: string, at: number): string {
    return raw.replace(REFERENCE, (match, ref: string | undefined) => {
      const code = ref === undefined ? undefined : ref[0] === '#' ? (ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) : undefined;
      const named = ref !== undefined && ref[0] !== '#' ? PREDEFINED.get(ref.slice(0, -1)) : undefined;
      if (named !== undefined) return named;
      if (code !== undefined && code <= 0x10ffff) return String.fromCodePoint(code);
      this.at = at + raw.indexOf(match);
      return this.fail('malformed', ref === undefined ? 'a bare "&" (write &amp;)' : `"${match.slice(0, 20)}" is not an entity XML defines (no DTD is read)`);
    });
  }

  private fail(kind: XmlScanError['kind'], message: string): never {
    const { line, column } = this.position;
    throw new XmlScanError(kind, message, line, column);
  }
}
