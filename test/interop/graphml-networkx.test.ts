import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../shared/graphml/write';
import { networkxRead, sampleGraph } from './helpers';

describe('GraphML written by Relata, read by networkx', () => {
  it('keeps node/edge counts, ids, values and types (plain flavour)', () => {
    const g = sampleGraph();
    const nx = networkxRead(writeGraphml(g));
    expect(nx.directed).toBe(true);
    expect(Object.keys(nx.nodes).sort()).toEqual(g.nodes().sort());
    expect(nx.edges.length).toBe(g.size);
    const m = nx.nodes.medvedev!;
    expect(m.label).toEqual(['Dmitry Medvedev', 'str']);
    expect(m.type).toEqual(['Person', 'str']);
    expect(m.aliases).toEqual(['Medvedev|Dmitri Medvedev', 'str']);
    expect(m.docs).toEqual(['001.txt|004_625579a92e5a1402.txt', 'str']);
    expect(m.mentions).toEqual([7, 'int']);
    expect(m.x).toEqual([12.5, 'float']);
    expect(m.y).toEqual([-3.25, 'float']);
    expect(m.size).toEqual([9, 'float']);
    expect(m.color).toEqual(['#0072b2', 'str']);
    expect(m.note).toEqual(['Deputy chair <Security Council> & "hawk"', 'str']);
    expect(m.pinned).toEqual([true, 'bool']);
    const e0 = nx.edges.find((e) => e.id === 'e0')!;
    expect([e0.source, e0.target]).toEqual(['medvedev', 'talks']);
    expect(e0.attrs.label).toEqual(['dismissed', 'str']);
    expect(e0.attrs.predicate).toEqual(['dismiss', 'str']);
    expect(e0.attrs.evidence).toEqual(['Medvedev dismissed the talks as "theatre" & more.', 'str']);
    expect(e0.attrs.confidence).toEqual([0.92, 'float']);
    expect(e0.attrs.weight).toEqual([2, 'float']);
    expect(nx.edges.filter((e) => e.source === 'us' && e.target === 'us')).toHaveLength(1);
  });

  it.each(['gephi', 'yed'] as const)('loads the %s flavour with the contract values intact', (flavor) => {
    const g = sampleGraph();
    const nx = networkxRead(writeGraphml(g, { flavor }));
    expect(Object.keys(nx.nodes).length).toBe(3);
    expect(nx.edges.length).toBe(3);
    expect(nx.nodes.us!.x).toEqual([100, 'float']);
    expect(nx.nodes.us!.label).toEqual(['United States', 'str']);
    if (flavor === 'gephi') expect([nx.nodes.us!.r, nx.nodes.us!.g, nx.nodes.us!.b]).toEqual([[0x12, 'int'], [0x3a, 'int'], [0xbc, 'int']]);
  });
});
