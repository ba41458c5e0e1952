import { describe, expect, it } from 'vitest';
import { readGexf } from '../../shared/gexf/read';
import { writeGexf } from '../../shared/gexf/write';
import { edge, networkxRead, node, sampleGraph, snapshot } from './helpers';

describe('GEXF', () => {
  it('round-trips a Relata graph exactly, including mixed edges and control characters', () => {
    const g = sampleGraph();
    g.setAttribute('title', 'x');
    g.addNode('c\u0002', node('a\u0001b <&> \r\n\t', 'Other', { aliases: [''], extraObj: { k: [1] }, big: 2 ** 40 }));
    g.addUndirectedEdgeWithKey('u', 'c\u0002', 'us', edge('', { evidence: '' }));
    expect(snapshot(readGexf(writeGexf(g)))).toEqual(snapshot(g));
  });

  it('is read by networkx with counts, labels and typed values', () => {
    const g = sampleGraph();
    const nx = networkxRead(writeGexf(g), 'gexf');
    expect(Object.keys(nx.nodes).sort()).toEqual(['medvedev', 'talks', 'us']);
    expect(nx.edges).toHaveLength(3);
    expect(nx.nodes.medvedev!.label).toEqual(['Dmitry Medvedev', 'str']);
    expect(nx.nodes.medvedev!.mentions).toEqual([7, 'int']);
    expect(nx.nodes.medvedev!.pinned).toEqual([true, 'bool']);
    const viz = nx.nodes.us!.viz![0] as { color: Record<string, number>; position: Record<string, number> };
    expect(viz.color).toMatchObject({ r: 0x12, g: 0x3a, b: 0xbc });
    expect(viz.position).toMatchObject({ x: 100, y: 0.001 });
    const e0 = nx.edges.find((e) => e.id === 'e0')!;
    expect(e0.attrs.weight).toEqual([2, 'float']);
    expect(e0.attrs.confidence).toEqual([0.92, 'float']);
  });

  it('imports a Gephi-style file using only native label, weight and viz', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="Modularity Class" type="integer"><default>0</default></attribute></attributes>
    <nodes>
      <node id="0" label="Kyiv"><attvalues><attvalue for="0" value="3"/></attvalues><viz:size value="12.5"/><viz:position x="-1.5" y="2.25" z="0"/><viz:color r="255" g="0" b="16"/></node>
      <node id="1" label="Moscow"><viz:position x="4" y="5"/><viz:color hex="#00FF00"/></node>
    </nodes>
    <edges><edge id="0" source="0" target="1" label="talks" weight="2.5"/><edge source="0" target="1" weight="1"/></edges>
  </graph>
</gexf>`;
    const g = readGexf(text);
    expect(g.getNodeAttributes('0')).toMatchObject({ label: 'Kyiv', x: -1.5, y: 2.25, size: 12.5, color: '#ff0010', 'Modularity Class': 3 });
    expect(g.getNodeAttributes('1')).toMatchObject({ label: 'Moscow', color: '#00ff00', 'Modularity Class': 0 });
    expect(g.size).toBe(2);
    expect(g.isUndirected(g.edges()[0]!)).toBe(true);
    expect(g.getEdgeAttributes('0')).toMatchObject({ label: 'talks', weight: 2.5 });
  });
});
