import { describe, expect, it } from 'vitest';
import { colorByCommunity, colorByDocument, colorByType, detectCommunities } from '../../shared/analysis/color';
import { edgeStrengths } from '../../shared/analysis/edge-strength';
import { colorRamp } from '../../shared/analysis/palette';
import { neighbourhood, shortestPath } from '../../shared/analysis/paths';
import { DEFAULT_SIZE_RANGE, scaleSizes, sizeByDegree, sizeByMentions, sizeByPageRank, sizeRangeFor } from '../../shared/analysis/size';
import { generateGraph } from '../../shared/graph/generate';
import { createKnowledgeGraph, TYPE_COLORS, type KnowledgeGraph } from '../../shared/graph/schema';
import { edge, node } from '../graph/fixture';
import { sampleGraph } from '../renderer/fixture';

/** Two triangles joined by one bridge edge, one of them undirected, plus an isolated node. */
function twoTriangles(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  for (const k of ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'lonely']) g.addNode(k, node(k, k.startsWith('a') ? 'Person' : 'Place'));
  const link = (s: string, t: string) => g.addDirectedEdge(s, t, edge('x'));
  link('a1', 'a2'); link('a2', 'a3'); link('a3', 'a1');
  link('b1', 'b2'); link('b2', 'b3'); link('b3', 'b1');
  g.addUndirectedEdge('a1', 'b1', edge('y'));
  return g;
}

describe('colour', () => {
  it('by type uses the type palette', () => {
    const colors = colorByType(twoTriangles());
    expect(colors.get('a1')).toBe(TYPE_COLORS.Person);
    expect(colors.get('b2')).toBe(TYPE_COLORS.Place);
  });

  it('by community separates the two triangles on a mixed graph, the same way every time', () => {
    const g = twoTriangles();
    const { community, count } = detectCommunities(g, 7);
    expect(community.get('a1')).toBe(community.get('a3'));
    expect(community.get('b1')).toBe(community.get('b2'));
    expect(community.get('a1')).not.toBe(community.get('b1'));
    expect(count).toBe(3);
    expect(colorByCommunity(g, 7)).toEqual(colorByCommunity(g, 7));
    const big = generateGraph({ nodes: 400, seed: 3, clusters: 8 });
    expect(colorByCommunity(big, 5)).toEqual(colorByCommunity(big, 5));
    expect(detectCommunities(big, 5).count).toBeGreaterThanOrEqual(4);
  });

  it('by document follows the document with most occurrences', () => {
    const g = createKnowledgeGraph();
    const occ = (doc: string) => ({ doc, sentence: 0, start: 0, end: 1, text: 'x' });
    g.addNode('x', node('x', 'Person', { docs: ['a.txt', 'b.txt'], occurrences: [occ('a.txt'), occ('b.txt'), occ('b.txt')] }));
    g.addNode('y', node('y', 'Person', { docs: ['b.txt'] }));
    g.addNode('z', node('z', 'Person', { docs: [] }));
    const { colors, documents } = colorByDocument(g);
    expect(colors.get('x')).toBe(colors.get('y'));
    expect(colors.get('x')).toBe(documents.get('b.txt'));
    expect(colors.get('z')).toBe(TYPE_COLORS.Other);
  });
});

describe('size', () => {
  it('scales into the range, biggest score biggest', () => {
    const sizes = scaleSizes(new Map([['a', 0], ['b', 4], ['c', 16]]), { min: 2, max: 10 });
    expect(sizes.get('a')).toBe(2);
    expect(sizes.get('b')).toBe(6);
    expect(sizes.get('c')).toBe(10);
  });

  it('by degree, PageRank and mentions rank the hub above the leaf', () => {
    const g = createKnowledgeGraph();
    g.addNode('hub', node('hub', 'Person', { mentions: 9 }));
    for (let i = 0; i < 4; i++) {
      g.addNode(`leaf${i}`, node(`leaf${i}`, 'Person', { mentions: 1 }));
      g.addDirectedEdge(`leaf${i}`, 'hub', edge('x'));
    }
    for (const sizes of [sizeByDegree(g), sizeByPageRank(g), sizeByMentions(g)]) {
      expect(sizes.get('hub')!).toBeGreaterThan(sizes.get('leaf0')!);
    }
    expect(sizeByPageRank(createKnowledgeGraph()).size).toBe(0);
  });

  it('shrinks the range for large graphs, down to dots that still show hubs', () => {
    expect(sizeRangeFor(50)).toEqual(DEFAULT_SIZE_RANGE);
    const big = sizeRangeFor(2_000);
    const huge = sizeRangeFor(100_000);
    expect(big.max).toBeLessThan(DEFAULT_SIZE_RANGE.max);
    expect(huge.max).toBeLessThan(big.max);
    expect(huge.min).toBeGreaterThanOrEqual(1.5);
    expect(huge.max).toBeGreaterThan(huge.min);
    const sizes = sizeByDegree(generateGraph({ nodes: 2_000, seed: 3 }));
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(big.max);
  });
});

describe('paths', () => {
  it('n-hop neighbourhood ignores direction', () => {
    const g = twoTriangles();
    expect([...neighbourhood(g, 'a2', 1)].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(neighbourhood(g, 'a2', 2).has('b1')).toBe(true);
    expect(neighbourhood(g, 'a2', 2).has('b2')).toBe(false);
    expect(() => neighbourhood(g, 'nope', 1)).toThrow(/not in the graph/);
  });

  it('shortest path runs against edge direction and names the edges; null when unconnected', () => {
    const g = twoTriangles();
    const path = shortestPath(g, 'a2', 'b3')!;
    expect(path.nodes).toEqual(['a2', 'a1', 'b1', 'b3']);
    expect(path.edges).toHaveLength(3);
    path.edges.forEach((e, i) => expect(g.extremities(e).sort()).toEqual([path.nodes[i]!, path.nodes[i + 1]!].sort()));
    expect(shortestPath(g, 'a1', 'lonely')).toBeNull();
  });
});

describe('generateGraph', () => {
  it('is deterministic and has about three edges per node', () => {
    const a = generateGraph({ nodes: 1000, seed: 9 });
    expect(a.order).toBe(1000);
    expect(a.size).toBe(3000);
    expect(a.export()).toEqual(generateGraph({ nodes: 1000, seed: 9 }).export());
    expect(a.export()).not.toEqual(generateGraph({ nodes: 1000, seed: 10 }).export());
  });
});

describe('edge strength', () => {
  it('runs from the weakest edge (0) to the strongest (1): weight on a log scale, confidence linearly', () => {
    const g = sampleGraph();
    g.setEdgeAttribute('e1', 'weight', 9);
    g.setEdgeAttribute('e2', 'weight', 3);
    const byWeight = edgeStrengths(g, 'weight');
    expect(byWeight.strength.get('e1')).toBe(1);
    expect(byWeight.strength.get('e2')).toBeCloseTo(0.5, 10);
    expect(byWeight.strength.get('e3')).toBe(0);
    expect([byWeight.weakest, byWeight.strongest]).toEqual([{ value: 1, strength: 0 }, { value: 9, strength: 1 }]);
    const byConfidence = edgeStrengths(g, 'confidence');
    const confidences = g.mapEdges((_e, a) => a.confidence);
    const [low, high] = [Math.min(...confidences), Math.max(...confidences)];
    g.forEachEdge((e, a) => expect(byConfidence.strength.get(e)).toBeCloseTo((a.confidence - low) / (high - low), 10));
  });

  it('is 0 for every edge when all are alike, and empty without edges', () => {
    const g = sampleGraph();
    expect([...edgeStrengths(g, 'weight').strength.values()].every((s) => s === 0)).toBe(true);
    g.clearEdges();
    expect(edgeStrengths(g, 'confidence').strength.size).toBe(0);
  });

  it('is drawn with a ramp of colours from the first to the last', () => {
    expect(colorRamp('#000000', '#ffffff', 2)).toEqual(['#000000', '#808080', '#ffffff']);
  });
});
