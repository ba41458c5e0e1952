import { describe, expect, it } from 'vitest';
import { XmlScanError, XmlScanner } from '../../shared/xml/scan';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function scan(text: string): Event[] {
  const events: Event[] = [];
  const open = new XmlScanner(text, {
    opentag: (name, attributes) => events.push(['open', name, Object.fromEntries(attributes.entries())]),
    closetag: (name) => events.push(['close', name]),
    text: (t) => events.push(['text', t]),
  }).run();
  if (open.length) events.push(['close', `(still open: ${open.join(' ')})`]);
  return events;
}

function failure(text: string): XmlScanError {
  try {
    scan(text);
  } catch (error) {
    if (error instanceof XmlScanError) return error;
    throw error;
  }
  throw new Error('expected the scan to fail');
}

describe('XML scanner', () => {
  it('reports elements, attributes and decoded text in document order', () => {
    const events = scan(`<?xml version="1.0"?>\n<!-- c --><a x='1' y = "&lt;&#65;&#x42;&amp;&quot;&apos;&gt;"><b/>t&amp;u<![CDATA[<raw & kept>]]></a>\n`);
    expect(events).toEqual([
      ['open', 'a', { x: '1', y: `<AB&"'>` }],
      ['open', 'b', {}],
      ['close', 'b'],
      ['text', 't&u'],
      ['text', '<raw & kept>'],
      ['close', 'a'],
    ]);
  });

  it('normalises line ends in text and literal whitespace in attribute values, but keeps escaped ones', () => {
    const events = scan('<a v="x\ty\nz&#10;w">one\r\ntwo\rthree&#13;</a>');
    expect(events[0]).toEqual(['open', 'a', { v: 'x y z\nw' }]);
    expect(events[1]).toEqual(['text', 'one\ntwo\nthree\r']);
  });

  it('keeps "__proto__" and "toString" as ordinary attribute names', () => {
    const [event] = scan('<a __proto__="p" toString="t"/>');
    const attributes = event![2] as Record<string, string>;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.keys(attributes)).toEqual(['__proto__', 'toString']);
    expect(attributes.toString).toBe('t');
  });

  it('tells apart names it has seen that share a beginning, and names that end differently in tags and attributes', () => {
    const events = scan('<a ab="1" a="2" abc="3"><ab/><a/b/><abc ab="4"/><a>x</a></a>');
    expect(events).toEqual([
      ['open', 'a', { ab: '1', a: '2', abc: '3' }],
      ['open', 'ab', {}],
      ['close', 'ab'],
      ['open', 'a/b', {}],
      ['close', 'a/b'],
      ['open', 'abc', { ab: '4' }],
      ['close', 'abc'],
      ['open', 'a', {}],
      ['text', 'x'],
      ['close', 'a'],
      ['close', 'a'],
    ]);
  });

  it('returns the elements a truncated document leaves open', () => {
    expect(scan('<a><b>text').at(-1)).toEqual(['close', '(still open: a b)']);
  });

  it('stops on markup that is not well-formed, naming the line', () => {
    const cases: Array<[string, XmlScanError['kind'], number]> = [
      ['<a>\n</b>', 'malformed', 2],
      ['<a>\n\n<b x=1/></a>', 'malformed', 3],
      ['<a x="1" x="2"/>', 'malformed', 1],
      ['<a>&nbsp;</a>', 'malformed', 1],
      ['<a>\nfish & chips</a>', 'malformed', 2],
      ['<a v="<"/>', 'malformed', 1],
      ['<a/><b/>', 'malformed', 1],
      ['text<a/>', 'malformed', 1],
      ['<a/>\ntrailing', 'malformed', 2],
      ['<a><!DOCTYPE x></a>', 'dtd', 1],
      ['<!-- c -->\n<!ENTITY e "x"><a/>', 'dtd', 2],
      ['<a x="1', 'truncated', 1],
      ['<a><!-- never closed', 'truncated', 1],
      ['<a><![CDATA[ never closed', 'truncated', 1],
      ['<a><b', 'truncated', 1],
      ['<a></a', 'truncated', 1],
    ];
    for (const [text, kind, line] of cases) {
      const error = failure(text);
      expect([text, error.kind, error.line]).toEqual([text, kind, line]);
    }
  });

  it('names the column as well as the line', () => {
    const error = failure('<a>\n  <b x="1" x="2"/></a>');
    expect([error.line, error.column]).toEqual([2, 3]);
  });

  it('reads a DOCTYPE inside a comment or a CDATA section as text, not as a declaration', () => {
    expect(scan('<!-- <!DOCTYPE x> --><a><![CDATA[<!DOCTYPE y>]]><!--<!ENTITY z "">--></a>')).toEqual([['open', 'a', {}], ['text', '<!DOCTYPE y>'], ['close', 'a']]);
  });

  it('passes processing instructions other than the XML declaration to the handler', () => {
    const seen: string[][] = [];
    new XmlScanner('<?xml version="1.0"?><?relata ids="nmtoken"?><a><?pi  x ?></a>', { opentag: () => {}, closetag: () => {}, text: () => {}, instruction: (target, data) => seen.push([target, data]) }).run();
    expect(seen).toEqual([['relata', 'ids="nmtoken"'], ['pi', 'x']]);
  });

  it('checks 100,000 attributes of one element for repeats in linear time', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(' ');
    const [event] = scan(`<e ${attributes}/>`);
    expect(Object.keys(event![2] as object)).toHaveLength(100_000);
    expect(failure(`<e ${attributes} a5="again"/>`).message).toMatch(/two a5 attributes/);
  });

  it('decodes any number of predefined entities, in text and attribute values, each once', () => {
    const pieces = ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&amp;lt;', 'x', '“', ' '];
    const decoded: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;lt;': '&lt;' };
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    // Counts either side of where the scanner stops replacing one by one and splits the rest.
    for (const count of [1, 2, 15, 16, 17, 40]) {
      const parts = Array.from({ length: count * 2 }, () => pieces[next() % pieces.length]!);
      const raw = parts.join('');
      const expected = parts.map((part) => decoded[part] ?? part).join('');
      const [open, text] = scan(`<a v="${raw}">${raw}</a>`);
      expect(open).toEqual(['open', 'a', { v: expected }]);
      expect(text).toEqual(['text', expected]);
    }
  });

  it('reads a long document written on one line', () => {
    const body = '<n/>'.repeat(200_000);
    const events = scan(`<g>${body}</g>`);
    expect(events).toHaveLength(400_002);
    expect(events.at(-1)).toEqual(['close', 'g']);
  });
});
