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

  it('decodes character references and refuses unknown entities after any number of predefined ones', () => {
    for (const count of [1, 16, 17, 40]) {
      const many = '&amp;'.repeat(count);
      expect(scan(`<a v="${many}&#65;">${many}&#x42;&lt;</a>`)).toEqual([['open', 'a', { v: `${'&'.repeat(count)}A` }], ['text', `${'&'.repeat(count)}B<`], ['close', 'a']]);
      expect(failure(`<a>\n${many}&nbsp;</a>`).line).toBe(2);
      expect(failure(`<a>${many} & </a>`).message).toMatch(/bare "&"/);
    }
  });

  it('reads a long document written on one line', () => {
    const body = '<n/>'.repeat(200_000);
    const events = scan(`<g>${body}</g>`);
    expect(events).toHaveLength(400_002);
    expect(events.at(-1)).toEqual(['close', 'g']);
  });
});

describe('XML scanner: leaves read whole', () => {
  /**
   * The events of a scan in which every <n> hands its leading `<data key="…">text</data>` children to
   * `leaves` (which takes all but those `decline` names), as open, text and close events, beside how many it took.
   */
  function scanLeaves(text: string, decline = new Set<string>()): { events: Event[]; taken: number } {
    const events: Event[] = [];
    let taken = 0;
    const scanner: XmlScanner = new XmlScanner(text, {
      opentag: (name, attributes) => {
        events.push(['open', name, Object.fromEntries(attributes.entries())]);
        if (name !== 'n') return;
        scanner.leaves('data', 'key', (key, value) => {
          if (decline.has(key)) return false;
          taken++;
          events.push(['open', 'data', { key }]);
          if (value !== '') events.push(['text', value]);
          events.push(['close', 'data']);
          return true;
        });
      },
      closetag: (name) => events.push(['close', name]),
      text: (t) => events.push(['text', t]),
    });
    scanner.run();
    return { events, taken };
  }

  /** Events without the whitespace between elements, which leaves do not report. */
  const meaningful = (events: Event[]) => events.filter((event) => event[0] !== 'text' || event[1].trim() !== '');

  it('gives the events of the markup-by-markup scan for leaves of every shape, taking the plain ones whole', () => {
    const cases: Array<[string, number]> = [
      ['<g><n id="1"><data key="a">x</data><data key="b"></data><data key=\'c\'>y z</data></n></g>', 3],
      // Entities, character references and line ends in the text are decoded as in any text.
      ['<g><n><data key="a">&lt;b&gt; &amp; &#65;&#x42; “q”</data><data key="b">one\r\ntwo\rthree</data></n></g>', 2],
      // Whitespace and line breaks between leaves, as networkx indents them.
      ['<g>\n  <n id="1">\n    <data key="a">x</data>\n    <data key="b">y</data>\n  </n>\n</g>', 2],
      // Leaves of other shapes stop the fast path and are read as usual, along with everything after them.
      ['<g><n><data key="a">x</data><data key="b"><![CDATA[<raw>]]></data><data key="c">z</data></n></g>', 1],
      ['<g><n><data key="a">x</data><!-- c --><data key="b">y</data></n></g>', 1],
      ['<g><n><data id="i" key="a">x</data><data key="b" id="i">y</data></n></g>', 0],
      ['<g><n><data  key="a">x</data></n></g>', 0],
      ['<g><n><data key = "a">x</data></n></g>', 0],
      ['<g><n><data key="a" >x</data><data key="b">y</data></n></g>', 0],
      ['<g><n><data key="a">x</data ><data key="b">y</data></n></g>', 0],
      ['<g><n><data key="a&amp;b">x</data><data key="c\td">y</data></n></g>', 0],
      ['<g><n><data key="a"/><data key="b">y</data></n></g>', 0],
      ['<g><n><data key="a"><b>x</b></data></n></g>', 0],
      ['<g><n><datum key="a">x</datum><data keys="b">y</data></n></g>', 0],
      ['<g><n>text<data key="a">x</data></n></g>', 0],
      // An element that closes itself has no children: the leaves after it are its siblings'.
      ['<g><n id="1"/><data key="a">x</data><n><data key="b">y</data></n></g>', 1],
    ];
    for (const [text, taken] of cases) {
      const fast = scanLeaves(text);
      expect([text, meaningful(fast.events)]).toEqual([text, meaningful(scan(text))]);
      expect([text, fast.taken]).toEqual([text, taken]);
    }
  });

  it('gives each leaf its own attribute value, however many distinct values repeat in whatever order', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const elements = Array.from({ length: 30 }, () => {
      const leaves = Array.from({ length: 12 }, () => {
        const key = `k${next() % 100}`;
        return `<data key="${key}">${key}</data>`;
      });
      return `<n>${leaves.join('')}</n>`;
    });
    const text = `<g>${elements.join('')}</g>`;
    const fast = scanLeaves(text);
    expect(fast.events).toEqual(scan(text));
    expect(fast.taken).toBe(360);
  });

  it('reads a declined leaf, and the leaves after it, markup by markup', () => {
    const text = '<g><n><data key="a">x</data><data key="b">y</data><data key="c">z</data></n></g>';
    const fast = scanLeaves(text, new Set(['b']));
    expect(fast.events).toEqual(scan(text));
    expect(fast.taken).toBe(1);
  });

  it('stops on malformed or truncated leaves as the markup-by-markup scan does, naming their line', () => {
    const outcome = (read: () => unknown) => {
      try {
        read();
        return 'read';
      } catch (error) {
        return error instanceof XmlScanError ? [error.kind, error.line, error.column] : error;
      }
    };
    for (const text of [
      '<g><n>\n<data key="a">fish & chips</data></n></g>',
      '<g><n><data key="a">x</data>\n<data key="b">&nbsp;</data></n></g>',
      '<g><n><data key="a">x</data><data key="b">y</dat></n></g>',
      '<g><n><data key="a">x</data><data key="b">y',
      '<g><n><data key="a">x</data><data key="b',
      '<g><n><data key="a',
    ]) {
      const plain = outcome(() => scan(text));
      expect([text, outcome(() => scanLeaves(text))]).toEqual([text, plain]);
      if (text.includes('&')) expect(plain).toEqual(['malformed', 2, expect.any(Number)]);
    }
    expect(scanLeaves('<g><n><data key="a">x</data><data key="b">y').events.at(-1)).toEqual(['text', 'y']);
  });
});
