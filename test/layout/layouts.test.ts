import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../shared/analysis/color';
import { generateGraph } from '../../shared/graph/generate';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { circlePackLayout, circularLayout, forceAtlas2Layout, frameOf, noverlapLayout, randomLayout } from '../../shared/layout/layouts';
import { placeNewNodes } from '../../shared/layout/place';

function pinnedGraph(): { graph: KnowledgeGraph; pinned: string[] } {
  const graph = generateGraph({ nodes: 120, seed: 4, clusters: 4 });
  const pinned = ['n0', 'n5', 'n77'];
  for (const n of pinned) graph.setNodeAttribute(n, 'pinned', true);
  return { graph, pinned };
}

const layouts: Record<string, (g: KnowledgeGraph) => Record<string, { x: number; y: number }>> = {
  circular: circularLayout,
  random: (g) => randomLayout(g, 3),
  'circle pack by type': (g) => circlePackLayout(g, 'type'),
  'circle pack by community': (g) => circlePackLayout(g, 'community', 2),
  noverlap: (g) => noverlapLayout(g, 50),
  forceAtlas2: (g) => forceAtlas2Layout(g, 30),
};

describe.each(Object.entries(layouts))('%s layout', (_name, layout) => {
  it('gives finite positions to every unpinned node and none to pinned ones, deterministically', () => {
    const { graph, pinned } = pinnedGraph();
    const positions = layout(graph);
    expect(Object.keys(positions).sort()).toEqual(graph.filterNodes((n) => !pinned.includes(n)).sort());
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(layout(pinnedGraph().graph)).toEqual(positions);
  });
});

describe('layout shapes', () => {
  it('circular puts nodes on one circle around the picture centre', () => {
    const { graph } = pinnedGraph();
    const frame = frameOf(graph);
    const radii = Object.values(circularLayout(graph)).map((p) => Math.hypot(p.x - frame.x, p.y - frame.y));
    for (const r of radii) expect(r).toBeCloseTo(frame.radius, 6);
  });

  it('circle pack keeps each community together', () => {
    const graph = generateGraph({ nodes: 200, seed: 8, clusters: 5 });
    const positions = circlePackLayout(graph, 'community', 2);
    const { community, count } = detectCommunities(graph, 2);
    const centres = Array.from({ length: count }, (_, c) => {
      const members = [...community].filter(([, k]) => k === c).map(([n]) => positions[n]!);
      return { x: members.reduce((s, p) => s + p.x, 0) / members.length, y: members.reduce((s, p) => s + p.y, 0) / members.length };
    });
    // Each node is closer to its own community's centre than to the farthest other centre.
    let closer = 0;
    for (const [node, c] of community) {
      const p = positions[node]!;
      const own = Math.hypot(p.x - centres[c]!.x, p.y - centres[c]!.y);
      const others = centres.filter((_, k) => k !== c).map((q) => Math.hypot(p.x - q.x, p.y - q.y));
      if (others.every((d) => own < d)) closer++;
    }
    expect(closer / community.size).toBeGreaterThan(0.9);
  });

  it('noverlap separates two nodes on top of each other but leaves a pinned one in place', () => {
    const graph = generateGraph({ nodes: 2, edgesPerNode: 0 });
    graph.mergeNodeAttributes('n0', { x: 0, y: 0, size: 5, pinned: true });
    graph.mergeNodeAttributes('n1', { x: 1, y: 0, size: 5 });
    const moved = noverlapLayout(graph)['n1']!;
    expect(Math.hypot(moved.x, moved.y)).toBeGreaterThan(5);
  });

  it('ForceAtlas2 pulls connected nodes closer than unconnected ones', () => {
    const graph = generateGraph({ nodes: 300, seed: 2, clusters: 6, cohesion: 1 });
    const positions = forceAtlas2Layout(graph, 200);
    let linked = 0;
    graph.forEachEdge((_e, _a, s, t) => (linked += Math.hypot(positions[s]!.x - positions[t]!.x, positions[s]!.y - positions[t]!.y)));
    linked /= graph.size;
    let random = 0;
    for (let i = 0; i < 300; i++) {
      const a = positions[`n${i}`]!, b = positions[`n${(i * 7 + 13) % 300}`]!;
      random += Math.hypot(a.x - b.x, a.y - b.y);
    }
    expect(linked).toBeLessThan((random / 300) * 0.6);
  });
});

describe('placeNewNodes', () => {
  it('puts a new node next to its placed neighbour and an unconnected one outside the picture', () => {
    const graph = generateGraph({ nodes: 50, seed: 1 });
    const frame = frameOf(graph);
    graph.addNode('new', { ...graph.getNodeAttributes('n0'), x: 0, y: 0 });
    graph.addNode('alone', { ...graph.getNodeAttributes('n0'), x: 0, y: 0 });
    graph.addDirectedEdge('new', 'n3', graph.getEdgeAttributes('e0'));
    const placed = placeNewNodes(graph, ['new', 'alone']);
    const n3 = graph.getNodeAttributes('n3');
    const dist = Math.hypot(placed['new']!.x - n3.x, placed['new']!.y - n3.y);
    expect(dist).toBeLessThan(frame.radius / 2);
    expect(Math.hypot(placed['alone']!.x - frame.x, placed['alone']!.y - frame.y)).toBeGreaterThan(frame.radius);
  });
});
