import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../shared/graphml/read';
import { graphmlChunks, writeGraphml } from '../../shared/graphml/write';
import { createKnowledgeGraph } from '../../shared/graph/schema';
import { edge, node, sampleGraph, snapshot } from './helpers';

describe('GraphML round trip through Relata', () => {
  it.each(['plain', 'gephi', 'yed'] as const)('gives back the same graph (%s flavour)', (flavor) => {
    const g = sampleGraph();
    expect(snapshot(readGraphml(writeGraphml(g, { flavor })))).toEqual(snapshot(g));
  });

  it('keeps -0 in an attribute whose values are of several kinds, which GraphML holds as JSON (JSON.stringify writes it as 0)', () => {
    const g = sampleGraph();
    const [first, second] = g.nodes();
    g.setNodeAttribute(first!, 'score' as never, -0 as never);
    g.setNodeAttribute(second!, 'score' as never, 'high' as never);
    g.setNodeAttribute(second!, 'readings' as never, [1, -0, { at: -0 }] as never);
    const back = readGraphml(writeGraphml(g));
    expect(Object.is(back.getNodeAttribute(first!, 'score' as never), -0)).toBe(true);
    expect(snapshot(back)).toEqual(snapshot(g));
  });

  it('keeps mixed directedness, extra attributes of every type, lists that need escaping and control characters', () => {
    const g = createKnowledgeGraph();
    g.setAttribute('title', 'corpus <1>');
    g.addNode('a\u0001', node('tab\there\r\nline\u0000nul \uE000 \uD83D', 'Concept', { aliases: ['x|y', ''], docs: [''], extraBool: true, extraLong: 2 ** 40, extraObj: { k: [1, 'two'] } }));
    g.addNode('b', node('b', 'Weapon', { aliases: [''], extraBool: false, extraLong: 3, extraObj: null }));
    g.addUndirectedEdgeWithKey('u', 'a\u0001', 'b', edge('linked', { confidence: -0, weight: 2.5, extraNaN: 'NaN' }));
    g.addDirectedEdgeWithKey('d', 'b', 'a\u0001', edge('points', { weight: 1, extraNaN: 1.5 }));
    // A double the model keeps as its text (NaN) comes back as that text, its declared type recorded.
    g.setAttribute('relataTypes', [['edge', 'extraNaN', 'double']]);
    expect(snapshot(readGraphml(writeGraphml(g)))).toEqual(snapshot(g));
  });
});

describe('GraphML in pieces', () => {
  it('hands a large graph over a few thousand elements at a time, pieces that make up the whole text', () => {
    const g = createKnowledgeGraph();
    for (let i = 0; i < 10_000; i++) g.addNode(`n${i}`, node(`Node ${i}`, 'Person'));
    for (let i = 1; i < 10_000; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, edge('met'));
    const chunks = [...graphmlChunks(g)];
    expect(chunks.join('')).toBe(writeGraphml(g));
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    for (const chunk of chunks) expect(chunk.split('</node>').length + chunk.split('</edge>').length - 2).toBeLessThanOrEqual(4096);
  });
});

describe('GraphML <data> in any XML shape', () => {
  const keys = '<key id="d0" for="node" attr.name="label" attr.type="string"/><key id="d1" for="node" attr.name="mentions" attr.type="int"/><key id="d2" for="edge" attr.name="weight" attr.type="double"/>';
  const file = (body: string, root = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', end = '</graphml>') => `${root}${keys}<graph edgedefault="directed">${body}</graph>${end}`;

  it('reads the same graph whether each <data> is plain or spelled otherwise', () => {
    const plain = readGraphml(file('<node id="a"><data key="d0">A &amp; B</data><data key="d1">3</data></node><node id="b"/><edge id="e" source="a" target="b"><data key="d2">2.5</data></edge>'));
    for (const body of [
      '<node id="a">\n  <data key="d0">A &amp; B</data>\n  <data key="d1">3</data>\n</node><node id="b"/><edge id="e" source="a" target="b">\n  <data key="d2">2.5</data>\n</edge>',
      "<node id='a'><data key='d1'>3</data><data key='d0'><![CDATA[A & B]]></data></node><node id=\"b\"></node><edge target=\"b\" id=\"e\" source=\"a\"><data  key=\"d2\" >2.5</data ></edge>",
      '<node id="a"><!-- c --><data key="d0">A &#38; B</data><data key="d1"> 3 </data></node><node id="b"/><edge id="e" source="a" target="b"><data key="d2">2.5</data></edge>',
    ]) {
      expect(snapshot(readGraphml(file(body)))).toEqual(snapshot(plain));
    }
    expect(plain.getNodeAttribute('a', 'label')).toBe('A & B');
    expect(plain.getNodeAttribute('a', 'mentions')).toBe(3);
  });

  it('leaves out unprefixed <data> of a foreign default namespace, and reports a bad value on its line', () => {
    const prefixed = file('<g:node id="a"><data key="d0">foreign</data><g:data key="d1">4</g:data></g:node>', '<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns" xmlns="urn:other">', '</g:graphml>')
      .replace(/<(\/?)(key|graph)\b/g, '<$1g:$2');
    const graph = readGraphml(prefixed);
    expect(graph.getNodeAttribute('a', 'label')).toBe('a');
    expect(graph.getNodeAttribute('a', 'mentions')).toBe(4);
    expect(() => readGraphml(file('<node id="a">\n<data key="d0">x</data>\n<data key="d1">many</data></node>'))).toThrow(/^Line 3\b/);
  });
});
