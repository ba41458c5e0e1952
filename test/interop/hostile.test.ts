import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../shared/gexf/read';
import { writeGexf } from '../../shared/gexf/write';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, parseProject, serializeProject } from '../../shared/project/codec';
import { InputError } from '../../shared/xml/errors';
import { decodeUtf8 } from '../../shared/xml/guard';
import { errorOf, sampleGraph } from './helpers';

const GRAPH = '<graph edgedefault="directed"><node id="a"/></graph>';
const XXE = `<?xml version="1.0"?>\n<!DOCTYPE graphml [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<graphml><key id="k" for="node" attr.name="label"/><graph edgedefault="directed"><node id="a"><data key="k">&xxe;</data></node></graph></graphml>`;
const LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<graphml>${GRAPH}<node id="&lol3;"/></graphml>`;
const readers = { graphml: readGraphml, gexf: readGexf } as const;

describe('hostile and broken input', () => {
  it.each(Object.entries(readers))('%s: refuses XXE and billion laughs before parsing, naming the line', (_, read) => {
    for (const text of [XXE, LAUGHS, XXE.replace('<graphml>', '<gexf>'), '<!-- c -->\n<!doctype x>\n<graphml/>']) {
      const error = errorOf(() => read(text));
      expect(error.code).toBe('doctype');
      expect(error.line).toBe(2);
      expect(error.message).toMatch(/DTD/);
    }
    const root = read === readGraphml ? 'graphml' : 'gexf';
    expect(errorOf(() => read(`<${root}>${GRAPH}<!ENTITY x "y"></${root}>`)).code).toBe('doctype');
  });

  it('caps size with a clear message, and parses a 100 MB file that fits the cap', () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const text = `<graphml><key id="k" for="node" attr.name="note"/><graph edgedefault="directed"><node id="a"><data key="k">${huge}</data></node></graph></graphml>`;
    const capped = errorOf(() => readGraphml(text, { maxChars: 50 * 1024 * 1024 }));
    expect(capped.code).toBe('too-large');
    expect(capped.message).toMatch(/100\.1 MB.*limit is 50 MB/);
    expect(readGraphml(text).getNodeAttribute('a', 'note')).toHaveLength(huge.length);
    expect(errorOf(() => parseProject(`{"format":"relata-project","note":"${huge}"}`, 50 * 1024 * 1024)).code).toBe('too-large');
  });

  it('reports truncation at any offset as an InputError, for GraphML, GEXF and project files', () => {
    const g = sampleGraph();
    const files: Array<[string, (t: string) => unknown, string]> = [
      [writeGraphml(g, { flavor: 'yed' }), readGraphml, '</graphml>'],
      [writeGexf(g), readGexf, '</gexf>'],
      [serializeProject(createProject({ documents: [{ name: 'a', text: 'b' }], graph: g })), parseProject, '}'],
    ];
    for (const [text, read, end] of files) {
      const complete = text.lastIndexOf(end) + end.length;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: complete - 1 }), (cut) => {
          const error = errorOf(() => read(text.slice(0, cut)));
          expect(['truncated', 'not-xml', 'empty', 'wrong-root']).toContain(error.code);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('refuses a file cut off after its XML declaration, which has no root element', () => {
    for (const read of [readGraphml, readGexf]) {
      expect(errorOf(() => read('<?xml version="1.0" encoding="UTF-8"?>')).code).toBe('empty');
      expect(errorOf(() => read('<?xml version="1.0"?>\n<!-- exported by hand -->\n')).code).toBe('empty');
    }
  });

  it('refuses binary data and invalid UTF-8 with specific codes', () => {
    expect(errorOf(() => decodeUtf8(new Uint8Array([0x3c, 0x67, 0xff, 0xfe, 0x3e]), 'GraphML')).code).toBe('invalid-utf8');
    expect(errorOf(() => decodeUtf8(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]), 'GraphML')).code).toBe('binary');
    expect(errorOf(() => readGraphml('\u0089PNG\r\n\u001a\n\u0000')).code).toBe('binary');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2000 }), (bytes) => {
        for (const read of Object.values(readers)) {
          let text: string;
          try {
            text = decodeUtf8(bytes, 'GraphML');
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            continue;
          }
          errorOf(() => read(text));
          errorOf(() => read(`<graphml>${text}`));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names the wrong root element and suggests the right reader', () => {
    expect(errorOf(() => readGraphml('<gexf version="1.2"/>')).message).toMatch(/<gexf>.*open it as GEXF/);
    expect(errorOf(() => readGexf('<graphml/>')).message).toMatch(/<graphml>.*open it as GraphML/);
    expect(errorOf(() => readGraphml('<!-- x --><html><body/></html>')).code).toBe('wrong-root');
    expect(errorOf(() => readGraphml('{"format":"relata-project"}')).code).toBe('not-xml');
  });

  it('gives duplicate ids, dangling edges and unsupported constructs their own error and line', () => {
    const dup = errorOf(() => readGraphml('<graphml>\n<graph edgedefault="directed">\n<node id="a"/>\n<node id="a"/>\n</graph></graphml>'));
    expect([dup.code, dup.line]).toEqual(['duplicate-id', 4]);
    expect(dup.message).toMatch(/"a".*first on line 3/);
    const missing = errorOf(() => readGraphml('<graphml><graph edgedefault="directed">\n<node id="a"/>\n<edge id="e" source="a" target="b"/>\n</graph></graphml>'));
    expect([missing.code, missing.line]).toEqual(['missing-node', 3]);
    expect(missing.message).toMatch(/"b"/);
    // Repeated edge ids (networkx multigraphs) are re-keyed, the id kept as the attribute "key".
    const repeated = readGexf('<gexf><graph><nodes><node id="a"/></nodes><edges><edge id="1" source="a" target="a"/>\n<edge id="1" source="a" target="a"/></edges></graph></gexf>');
    expect(repeated.edges()).toEqual(['1', '1-2']);
    expect(repeated.mapEdges((_, a) => a.key)).toEqual(['1', '1']);
    // A repeated id is only found once edges are being added: the new key still skips ids the file uses later.
    const edges = '<edge id="e" source="a" target="a"/><edge id="e" source="a" target="a"/><edge id="e-2" source="a" target="a"/>';
    const rekeyed = readGraphml(`<graphml><graph edgedefault="directed"><node id="a"/>${edges}</graph></graphml>`);
    expect(rekeyed.edges()).toEqual(['e', 'e-3', 'e-2']);
    expect(rekeyed.mapEdges((_, a) => [a.key, a.label, a.weight])).toEqual([['e', '', 1], ['e', '', 1], [undefined, '', 1]]);
    const late = errorOf(() => readGraphml(`<graphml><graph edgedefault="directed"><node id="a"/>${edges}\n<edge source="a" target="z"/></graph></graphml>`));
    expect([late.code, late.line]).toEqual(['missing-node', 2]);
    for (const [body, element] of [
      ['<node id="a"/><node id="b"/>\n<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>', 'hyperedge'],
      ['<node id="a">\n<port name="p"/></node>', 'port'],
      ['<node id="a">\n<graph id="inner" edgedefault="directed"/></node>', 'graph'],
    ]) {
      const error = errorOf(() => readGraphml(`<graphml><graph edgedefault="directed">${body}</graph></graphml>`));
      expect([error.code, error.line]).toEqual(['unsupported', 2]);
      expect(error.message).toContain(element === 'graph' ? 'nested <graph>' : `<${element}>`);
    }
  });
});
