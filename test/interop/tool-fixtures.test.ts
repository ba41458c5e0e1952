/**
 * Files in the formats other graph tools write (hand-written from their documented exports, in
 * test/interop/fixtures) open with their labels, colours and positions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../shared/gexf/read';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { readGraphml } from '../../shared/graphml/read';
import { writeGraphml } from '../../shared/graphml/write';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const byLabel = (g: KnowledgeGraph, label: string) => g.getNodeAttributes(g.findNode((_, a) => a.label === label)!);
const edgeLabels = (g: KnowledgeGraph) => g.mapEdges((_, a, s, t) => `${g.getNodeAttribute(s, 'label')} -${a.label}-> ${g.getNodeAttribute(t, 'label')}`).sort();

describe('files from other graph tools', () => {
  it('Gephi GraphML: labels, r/g/b colours, positions, sizes and typed extra columns', () => {
    const g = readGraphml(fixture('gephi.graphml'));
    expect(g.order).toBe(3);
    expect(byLabel(g, 'Kyiv')).toMatchObject({ color: '#0072b2', x: -51.25, y: 33.5, size: 22.5, 'Modularity Class': 0, Degree: 3 });
    expect(byLabel(g, 'Zürich')).toMatchObject({ color: '#cc79a7', x: 0, y: 0, size: 4, 'Modularity Class': 1 });
    expect(byLabel(g, 'Kyiv')).not.toHaveProperty('r');
    expect(edgeLabels(g)).toEqual(['Kyiv -trades with-> Warszawa', 'Kyiv -visits-> Zürich', 'Warszawa --> Kyiv']);
    expect(g.mapEdges((_, a) => a.weight).sort()).toEqual([0.5, 1, 2]);
  });

  it('yEd GraphML: ShapeNode labels, fills and geometry (top-left corner, y down) become label, colour and centre', () => {
    const g = readGraphml(fixture('yed.graphml'));
    expect(byLabel(g, 'Київ')).toMatchObject({ color: '#ffcc00', x: 130, y: -215, size: 30, description: 'Capital of Ukraine' });
    expect(byLabel(g, 'Lviv')).toMatchObject({ color: '#3366ff', x: 30, y: 40, size: 20 });
    expect(edgeLabels(g)).toEqual(['Київ -rail link-> Lviv']);
    expect(g.isDirected(g.edges()[0]!)).toBe(true);
  });

  it('Cytoscape GraphML: node names as labels, interactions as edge labels, long and boolean columns typed', () => {
    const g = readGraphml(fixture('cytoscape.graphml'));
    expect(g.getAttribute('name')).toBe('news network');
    expect(byLabel(g, 'São Paulo')).toMatchObject({ SUID: 143, selected: true, 'degree.layout': 1 });
    expect(byLabel(g, 'Moskva').selected).toBe(false);
    expect(edgeLabels(g)).toEqual(['Moskva -flies to-> São Paulo', 'São Paulo -flies to-> Moskva']);
    // No positions in the file: the nodes are spread out, not stacked on one point.
    const [a, b] = g.mapNodes((_, attrs) => [attrs.x, attrs.y]);
    expect(a).not.toEqual(b);
  });

  it('Gephi GEXF: labels, viz colours, positions and sizes, weights and per-edge direction', () => {
    const g = readGexf(fixture('gephi.gexf'));
    expect(byLabel(g, 'Odesa')).toMatchObject({ color: '#56b4e9', x: -100.5, y: 50.25, size: 12, 'Modularity Class': 0, PageRank: 0.4 });
    expect(byLabel(g, 'Kraków')).toMatchObject({ color: '#d55e00', x: 30, y: -12.5, size: 8 });
    const [shipped, back] = g.edges();
    expect(g.getEdgeAttributes(shipped!)).toMatchObject({ label: 'ships grain to', weight: 3 });
    expect(g.isUndirected(back!)).toBe(true);
  });

  it('writes yEd and Gephi flavours that read back with the same labels, colours and positions', () => {
    const source = readGraphml(fixture('yed.graphml'));
    for (const flavor of ['yed', 'gephi'] as const) {
      const back = readGraphml(writeGraphml(source, { flavor }));
      for (const label of ['Київ', 'Lviv']) {
        const { color, x, y, size } = byLabel(source, label);
        expect(byLabel(back, label)).toMatchObject({ color, x, y, size });
      }
    }
  });
});
