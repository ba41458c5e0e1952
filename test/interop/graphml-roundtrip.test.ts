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
