/**
 * Issue 17's and 18's reproducers as regression tests: each hostile or unlucky file ends in a loaded
 * graph or in the reader's own message, and no input changes Object.prototype.
 */
import { nerModel } from '../../main/extract/ner-model';
import Graph from 'graphology';
import { afterEach, describe, expect, it } from 'vitest';
import { readGexf } from '../../shared/gexf/read';
import { writeGexf } from '../../shared/gexf/write';
import { KEY_PREFIX, originalKey, safeAttributeName, safeKey } from '../../shared/graph/safe-keys';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';
import { createProject, parseProject, projectGraph, readProject, serializeProject } from '../../shared/project/codec';
import { Repairs } from '../../shared/project/repairs';
import { extractGraph } from '../../shared/extract';
import { formatHint, parseHint } from '../../shared/graphml/hints';
import { errorOf, networkxRead, networkxWrite, sampleGraph, snapshot } from './helpers';
import { decodeUtf8 } from '../../shared/xml/guard';
import { decodeText, MAX_TEXT_BYTES } from '../../shared/text/decode';

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeNames();

afterEach(() => {
  expect(prototypeNames()).toEqual(before);
});

const graphml = (body: string, keys = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">\n${body}\n</graph></graphml>`;

describe('issue 17: hostile files cannot corrupt the process', () => {
  it('1. a node id "__proto__" loads as an ordinary node, and other graphs stay sound', () => {
    const g = readGraphml(graphml('<node id="__proto__"/><node id="b"/><edge source="b" target="__proto__"/>'));
    expect(g.order).toBe(2);
    expect(g.nodes().map(originalKey).sort()).toEqual(['__proto__', 'b']);
    expect(g.hasEdge('b', safeKey('__proto__'))).toBe(true);
    expect(Object.hasOwn(Object.prototype, 'previous')).toBe(false);
    // The corruption the bug caused in an unrelated graph: a dropped edge left its ends neighbours.
    const clean = new Graph({ multi: true });
    clean.mergeNode('a');
    clean.mergeNode('b');
    clean.mergeNode('c');
    const ab = clean.addEdge('a', 'b');
    clean.addEdge('a', 'b');
    clean.addEdge('a', 'c');
    clean.dropEdge(ab);
    clean.dropEdge(clean.edges('a', 'b')[0]!);
    expect(clean.areNeighbors('a', 'b')).toBe(false);
    // Written back under its own id, and read back to the same graph.
    expect(writeGraphml(g)).toContain('<node id="__proto__">');
    expect(snapshot(readGraphml(writeGraphml(g)))).toEqual(snapshot(g));
  });

  it('1. every prototype member name works as a node id in every format', () => {
    for (const id of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf']) {
      const g = readGraphml(graphml(`<node id="${id}"/><node id="x"/><edge source="x" target="${id}"/><edge source="${id}" target="x"/>`));
      expect(g.neighbors('x').map(originalKey)).toEqual([id]);
      expect(snapshot(readGexf(writeGexf(g)))).toEqual(snapshot(g));
      expect(snapshot(projectGraph(parseProject(serializeProject(createProject({ documents: [], graph: g })))))).toEqual(snapshot(g));
    }
  });

  it('2. a JSON attribute {"toString":1} is read as data', () => {
    const g = readGraphml(
      graphml('<node id="a"><data key="k">{"toString":1}</data><data key="n">{"toString":1}</data></node>', '<key id="k" for="node" attr.name="label" attr.type="string"><?relata encoding="json"?></key><key id="n" for="node" attr.name="meta" attr.type="string"><?relata encoding="json"?></key>'),
    );
    expect(g.getNodeAttribute('a', 'label')).toBe('{"toString":1}');
    expect(g.getNodeAttribute('a', 'meta')).toEqual({ toString: 1 });
    // And the old form of the reproducer, with the hint as an attribute, reads the text as it stands.
    const old = readGraphml(graphml('<node id="a"><data key="k">{"toString":1}</data></node>', '<key id="k" for="node" attr.name="label" attr.type="string" relata.encoding="json"/>'));
    expect(old.getNodeAttribute('a', 'label')).toBe('{"toString":1}');
  });

  it('3. GEXF <attributes class="constructor"> is ignored, not a crash', () => {
    const g = readGexf('<gexf><graph><attributes class="constructor"><attribute id="0" title="t" type="string"/></attributes><attributes class="__proto__"><attribute id="1" title="u" type="string"/></attributes><nodes><node id="a"/></nodes><edges/></graph></gexf>');
    expect(g.order).toBe(1);
  });

  it('4. a GraphML position of NaN is repaired and reported, and the project written from it reopens with its positions', () => {
    const repairs = new Repairs();
    const withKeys = readGraphml(
      graphml('<node id="a"><data key="x">NaN</data><data key="y">INF</data></node>', '<key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/>'),
      { repairs },
    );
    const { x, y } = withKeys.getNodeAttributes('a');
    expect([Number.isFinite(x), Number.isFinite(y)]).toEqual([true, true]);
    expect(repairs.messages().join('\n')).toMatch(/x values that are not finite numbers were replaced.*node "a"/);
    const reopened = projectGraph(parseProject(serializeProject(createProject({ documents: [], graph: withKeys }))));
    expect(reopened.getNodeAttributes('a')).toEqual(withKeys.getNodeAttributes('a'));
  });

  it('keeps ids of prototype members from pasted text, escaped the same way', () => {
    const g = extractGraph([{ name: 'a.txt', text: 'Constructor met Maria Lopez in Paris. Constructor praised Maria Lopez.' }], { model: nerModel() });
    for (const key of g.nodes()) expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(key);
    if (g.hasNode(safeKey('constructor'))) expect(g.getNodeAttribute(safeKey('constructor'), 'label')).toBe('Constructor');
  });

  it('writes hints that read back exactly, whatever their values hold', () => {
    for (const value of ['a&b', '&amp;lt;', '<>"\t\n\r', '\uE000x\u0001', '?>', 'x'.repeat(100_000)]) {
      const text = formatHint({ name: value });
      expect(text.indexOf('?>')).toBe(text.length - 2);
      expect(parseHint(text.slice('<?relata'.length, -2)).get('name')).toBe(value);
    }
  });

  it('maps outside keys one to one, so escaped and plain ids never meet', () => {
    const ids = ['__proto__', `${KEY_PREFIX}__proto__`, `${KEY_PREFIX}${KEY_PREFIX}__proto__`, `${KEY_PREFIX}x`, 'x', ''];
    const keys = ids.map(safeKey);
    expect(new Set(keys).size).toBe(ids.length);
    expect(keys.map(originalKey)).toEqual(ids);
    expect(safeAttributeName('occurrences')).not.toBe('occurrences');
  });
});

describe('issue 18: exact round trips', () => {
  it('keeps a long beyond 2^53 exactly, with its declared type', () => {
    const g = readGraphml(graphml('<node id="a"><data key="n">1234567890123456789</data><data key="s">5</data></node>', '<key id="n" for="node" attr.name="n" attr.type="long"/><key id="s" for="node" attr.name="s" attr.type="long"/>'));
    expect(g.getNodeAttribute('a', 'n')).toBe('1234567890123456789');
    const out = writeGraphml(g);
    expect(out).toMatch(/attr\.name="n" attr\.type="long"/);
    expect(out).toMatch(/attr\.name="s" attr\.type="long"/);
    expect(out).toContain('>1234567890123456789<');
    expect(networkxRead(out).nodes.a!.n![1]).toBe('int');
  });

  it('keeps whole doubles double, through a project too', () => {
    const g = readGraphml(graphml('<node id="a"><data key="w">3.0</data></node>', '<key id="w" for="node" attr.name="w" attr.type="double"/>'));
    const again = projectGraph(parseProject(serializeProject(createProject({ documents: [], graph: g }))));
    expect(writeGraphml(again)).toMatch(/attr\.name="w" attr\.type="double"/);
  });

  it('keeps a foreign attribute named like Relata\'s under its own name', () => {
    const g = readGraphml(graphml('<node id="a"><data key="o">not provenance</data><data key="p">plain</data></node>', '<key id="o" for="node" attr.name="relata:occurrences" attr.type="string"/><key id="p" for="node" attr.name="occurrences" attr.type="string"/>'));
    expect(g.getNodeAttribute('a', 'relata:occurrences')).toBe('not provenance');
    expect(g.getNodeAttribute('a', safeAttributeName('occurrences'))).toBe('plain');
    expect(g.getNodeAttribute('a', 'occurrences')).toEqual([]);
    const nx = networkxRead(writeGraphml(g));
    expect(nx.nodes.a!['relata:occurrences']![0]).toBe('not provenance');
    expect(nx.nodes.a!.occurrences![0]).toBe('plain');
    expect(snapshot(readGraphml(writeGraphml(g)))).toEqual(snapshot(g));
  });

  it('keeps "__proto__" attribute names through the app\'s save', () => {
    const g = readGraphml(graphml('<node id="a"><data key="p">kept</data></node>', '<key id="p" for="node" attr.name="__proto__" attr.type="string"/>'));
    const saved = serializeProject(createProject({ documents: [], graph: g }));
    const back = projectGraph(parseProject(saved));
    expect(back.getNodeAttribute('a', safeAttributeName('__proto__'))).toBe('kept');
    expect(networkxRead(writeGraphml(back)).nodes.a!.__proto__).toEqual(['kept', 'str']);
  });

  it('accepts networkx multigraph GraphML, keeping the edge keys', () => {
    const edge = (source: string, target: string) => ({ source, target, attrs: {} });
    const text = networkxWrite({ directed: true, nodes: { a: {}, b: {}, c: {} }, edges: [edge('a', 'b'), edge('a', 'b'), edge('b', 'c')] });
    const g = readGraphml(text);
    expect(g.size).toBe(3);
    expect(new Set(g.edges()).size).toBe(3);
    // The repeated id 0 (a→b and b→c) is kept on both edges as their key; the lone 1 needs no copy.
    expect(g.filterEdges((_, a) => a.key === '0')).toHaveLength(2);
  });

  it('refuses nothing it wrote itself: NaN from GraphML converts to a project and back', () => {
    const g = readGraphml(graphml('<node id="a"><data key="x">NaN</data><data key="w">NaN</data></node>', '<key id="x" for="node" attr.name="x" attr.type="double"/><key id="w" for="node" attr.name="w" attr.type="double"/>'));
    const project = readProject(serializeProject(createProject({ documents: [], graph: g })));
    expect(projectGraph(project).getNodeAttribute('a', 'w')).toBe('NaN');
    expect(writeGraphml(projectGraph(project))).toMatch(/attr\.name="w" attr\.type="double"/);
  });

  it('saves live NaN positions as numbers, reporting it', () => {
    const g = sampleGraph();
    g.setNodeAttribute('talks', 'x', NaN);
    const repairs = new Repairs();
    const text = serializeProject(createProject({ documents: [], graph: g, repairs }));
    expect(projectGraph(parseProject(text)).getNodeAttribute('talks', 'x')).toBe(0);
    expect(repairs.messages()[0]).toMatch(/x values that were not finite numbers were saved as 0/);
  });

  it('repairs a project offset of 1e999 and offsets outside their document, reporting them', () => {
    const g = sampleGraph();
    const project = JSON.parse(serializeProject(createProject({ documents: [{ name: '001.txt', text: 'Medvedev dismissed the talks.' }], graph: g })));
    project.graph.nodes[0].attributes.occurrences.push({ doc: '001.txt', sentence: 0, start: 5, end: 1e8, text: 'x' });
    const text = JSON.stringify(project).replace('"end":100000000', '"end":1e999');
    const repairs = new Repairs();
    const back = readProject(text, { repairs });
    expect(back.graph.nodes[0]!.attributes!.occurrences).toHaveLength(1);
    expect(repairs.messages().join()).toMatch(/occurrences entries that are malformed or point outside their document were dropped/);
  });

  it('refuses a colour that would inject CSS, or repairs it in a project', () => {
    const repairs = new Repairs();
    const g = readGraphml(graphml('<node id="a"><data key="c">red;position:fixed;inset:0</data></node>', '<key id="c" for="node" attr.name="color" attr.type="string"/>'), { repairs });
    expect(g.getNodeAttribute('a', 'color')).toMatch(/^#[0-9a-f]{6}$/);
    expect(repairs.size).toBe(1);
  });

  it('cuts a 10 MB id in its message', () => {
    const id = 'x'.repeat(10_000_000);
    const error = errorOf(() => readGraphml(graphml(`<node id="${id}"/><node id="${id}"/>`)));
    expect(error.code).toBe('duplicate-id');
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('…');
  });

  it('opens a 100,000-deep JSON attribute as its text, so exporting it cannot overflow the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const repairs = new Repairs();
    const g = readGraphml(graphml(`<node id="a"><data key="j">${deep}</data></node>`, '<key id="j" for="node" attr.name="nested" attr.type="string"><?relata encoding="json"?></key>'), { repairs });
    expect(g.getNodeAttribute('a', 'nested')).toBe(deep);
    expect(repairs.messages()[0]).toMatch(/nested too deeply were kept as text/);
    expect(readGraphml(writeGraphml(g)).getNodeAttribute('a', 'nested')).toBe(deep);
    expect(parseProject(serializeProject(createProject({ documents: [], graph: g }))).graph.nodes).toHaveLength(1);
  });

  it('leaves out elements of other namespaces, and reads <!DOCTYPE inside a comment as a comment', () => {
    const g = readGraphml(graphml('<!-- <!DOCTYPE x> --><node id="a"/><evil:node xmlns:evil="urn:evil" id="b"/><node id="c"><evil:data xmlns:evil="urn:evil" key="x">y</evil:data></node>'));
    expect(g.nodes()).toEqual(['a', 'c']);
    const gexf = readGexf('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/><x:node xmlns:x="urn:x" id="b"/></nodes><edges/></graph></gexf>');
    expect(gexf.nodes()).toEqual(['a']);
  });

  it('decodes UTF-16 with a byte-order mark, and names UTF-16 without one', () => {
    const text = graphml('<node id="é"/>');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 255, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(readGraphml(decodeUtf8(utf16, 'GraphML')).nodes()).toEqual(['é']);
    expect(errorOf(() => decodeUtf8(utf16.subarray(2), 'GraphML')).message).toMatch(/UTF-16 without a byte-order mark/);
  });

  it('says a file over the size limit is over it (not "50 MB; limited to 50 MB")', () => {
    expect(() => decodeText(new Uint8Array(MAX_TEXT_BYTES + 1), 'big.txt')).toThrow(/is 50\.1 MB; text documents are limited to 50 MB/);
  });
});
