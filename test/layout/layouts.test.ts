import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../shared/analysis/color';
import { generateGraph } from '../../shared/graph/generate';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { circlePackLayout, circularLayout, forceAtlas2Layout, frameOf, randomLayout } from '../../shared/layout/layouts';
import { separateBoxes, type NodeBox } from '../../shared/layout/overlap';
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
  'separate boxes': (g) => separateBoxes(g, { maxPasses: 50 }),
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

  it('removing overlaps keeps labelled boxes apart, stacking wide ones rather than pushing them aside, and leaves the nodes it was not given', () => {
    const graph = generateGraph({ nodes: 80, seed: 9, clusters: 3 });
    // Labels reach right of their node: boxes five times wider than tall, as "Dmitry Medvedev" is.
    const boxes = new Map<string, NodeBox>(graph.nodes().slice(0, 70).map((n) => [n, { left: -2, right: 20, bottom: -2, top: 2 }]));
    graph.setNodeAttribute('n3', 'pinned', true);
    const positions = separateBoxes(graph, { boxes, margin: 0.5 });
    const at = (n: string) => positions[n] ?? graph.getNodeAttributes(n);
    const placed = [...boxes].map(([n, b]) => ({ left: at(n).x + b.left, right: at(n).x + b.right, bottom: at(n).y + b.bottom, top: at(n).y + b.top }));
    const overlaps = (p: (typeof placed)[number], q: (typeof placed)[number]) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1e-6 && Math.min(p.top, q.top) - Math.max(p.bottom, q.bottom) > 1e-6;
    let before = 0;
    const start = [...boxes].map(([n, b]) => ({ left: graph.getNodeAttribute(n, 'x') + b.left, right: graph.getNodeAttribute(n, 'x') + b.right, bottom: graph.getNodeAttribute(n, 'y') + b.bottom, top: graph.getNodeAttribute(n, 'y') + b.top }));
    for (let i = 0; i < start.length; i++) for (let j = i + 1; j < start.length; j++) if (overlaps(start[i]!, start[j]!)) before++;
    expect(before).toBeGreaterThan(10);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    expect(positions.n3).toBeUndefined();
    for (const n of graph.nodes().slice(70)) expect(positions[n]).toEqual({ x: graph.getNodeAttribute(n, 'x'), y: graph.getNodeAttribute(n, 'y') });
    // Wide boxes are stacked (moved up or down) rather than pushed a label's width sideways.
    const moves = graph.nodes().slice(0, 70).filter((n) => positions[n]).map((n) => [Math.abs(positions[n]!.x - graph.getNodeAttribute(n, 'x')), Math.abs(positions[n]!.y - graph.getNodeAttribute(n, 'y'))] as const);
    expect(moves.reduce((s, [, dy]) => s + dy, 0)).toBeGreaterThan(moves.reduce((s, [dx]) => s + dx, 0));
  });

  it('noverlap separates two nodes on top of each other but leaves a pinned one in place', () => {
    const graph = generateGraph({ nodes: 2, edgesPerNode: 0 });
    graph.mergeNodeAttributes('n0', { x: 0, y: 0, size: 5, pinned: true });
    graph.mergeNodeAttributes('n1', { x: 1, y: 0, size: 5 });
    const moved = separateBoxes(graph)['n1']!;
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
  it('puts a new node next to its placed neighbour and an unrelated one outside the picture', () => {
    const graph = generateGraph({ nodes: 50, seed: 1 });
    const frame = frameOf(graph);
    graph.addNode('new', { ...graph.getNodeAttributes('n0'), x: 0, y: 0 });
    graph.addNode('alone', { ...graph.getNodeAttributes('n0'), x: 0, y: 0, occurrences: [] });
    graph.addDirectedEdge('new', 'n3', graph.getEdgeAttributes('e0'));
    const placed = placeNewNodes(graph, ['new', 'alone']);
    const n3 = graph.getNodeAttributes('n3');
    const dist = Math.hypot(placed['new']!.x - n3.x, placed['new']!.y - n3.y);
    expect(dist).toBeLessThan(frame.radius / 2);
    expect(Math.hypot(placed['alone']!.x - frame.x, placed['alone']!.y - frame.y)).toBeGreaterThan(frame.radius);
  });

  it('spreads new nodes into free space around a hub instead of piling them onto it, and deterministically', () => {
    const graph = generateGraph({ nodes: 200, seed: 3 });
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const fresh = Array.from({ length: 12 }, (_, i) => `fresh${i}`);
    for (const n of fresh) {
      graph.addNode(n, { ...graph.getNodeAttributes(hub), x: 0, y: 0, occurrences: [] });
      graph.addDirectedEdge(n, hub, graph.getEdgeAttributes(graph.edges()[0]!));
    }
    const placed = placeNewNodes(graph, fresh);
    expect(placeNewNodes(graph, fresh)).toEqual(placed);
    const old = graph.filterNodes((n) => !fresh.includes(n)).map((n) => graph.getNodeAttributes(n));
    const all = [...old, ...Object.values(placed)];
    // Typical spacing of the picture, as the placement measures it.
    const spacing = frameOf(graph).radius / Math.sqrt(old.length);
    const hubAt = graph.getNodeAttributes(hub);
    for (const p of Object.values(placed)) {
      const nearest = Math.min(...all.filter((q) => q !== p).map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
      expect(nearest).toBeGreaterThan(spacing * 0.3);
      expect(Math.hypot(p.x - hubAt.x, p.y - hubAt.y)).toBeLessThan(spacing * 6);
    }
  });

  it('puts a new node without relations beside the nodes mentioned in its sentence', () => {
    const graph = generateGraph({ nodes: 60, seed: 2 });
    const frame = frameOf(graph);
    const mention = (doc: string, sentence: number) => [{ doc, sentence, start: 0, end: 1, text: 'x' }];
    graph.setNodeAttribute('n7', 'occurrences', mention('new.txt', 4));
    graph.addNode('berlin', { ...graph.getNodeAttributes('n0'), occurrences: mention('new.txt', 4) });
    const p = placeNewNodes(graph, ['berlin'])['berlin']!;
    const n7 = graph.getNodeAttributes('n7');
    expect(Math.hypot(p.x - n7.x, p.y - n7.y)).toBeLessThan(frame.radius / 3);
  });
});
