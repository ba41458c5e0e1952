import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../shared/graph/generate';
import { applyInitialLayout } from '../../shared/graph/initial-layout';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../shared/graph/schema';
import { removeOverlaps } from '../../shared/layout/overlap';

/** Every pair of discs that overlaps, by brute force. */
function overlapping(x: ArrayLike<number>, y: ArrayLike<number>, r: ArrayLike<number>, slack = 1e-6): number {
  let count = 0;
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) if (Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) < r[i]! + r[j]! - slack) count++;
  return count;
}

describe('removeOverlaps', () => {
  it('leaves no two discs overlapping, checked against every pair', () => {
    const disc = fc.record({ x: fc.double({ min: -50, max: 50, noNaN: true }), y: fc.double({ min: -50, max: 50, noNaN: true }), r: fc.double({ min: 0.5, max: 12, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(disc, { minLength: 2, maxLength: 120 }), (discs) => {
        const x = Float64Array.from(discs, (d) => d.x);
        const y = Float64Array.from(discs, (d) => d.y);
        const r = Float64Array.from(discs, (d) => d.r);
        const left = removeOverlaps({ x, y, r }, 500);
        expect(left).toBe(0);
        expect(overlapping(x, y, r)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('parts discs that sit on one point, the same way every time', () => {
    const run = () => {
      const x = new Float64Array(5);
      const y = new Float64Array(5);
      removeOverlaps({ x, y, r: new Float64Array(5).fill(1) }, 500);
      return [...x, ...y];
    };
    const first = run();
    expect(new Set(first.map((v) => v.toFixed(6))).size).toBeGreaterThan(2);
    expect(run()).toEqual(first);
  });

  it('moves nothing that does not overlap', () => {
    const x = Float64Array.of(0, 10, 20);
    const y = Float64Array.of(0, 0, 0);
    expect(removeOverlaps({ x, y, r: Float64Array.of(2, 2, 2) })).toBe(0);
    expect([...x]).toEqual([0, 10, 20]);
  });
});

/** A graph like an extraction's: one large component, small ones, lone names. */
function newsLike(): KnowledgeGraph {
  const graph = generateGraph({ nodes: 600, edgesPerNode: 2, seed: 3 });
  const pieces = createKnowledgeGraph();
  graph.forEachNode((node, attrs) => pieces.addNode(node, attrs));
  graph.forEachEdge((edge, attrs, s, t) => pieces.addDirectedEdgeWithKey(edge, s, t, attrs));
  for (let i = 0; i < 200; i++) pieces.addNode(`lone${i}`, { ...graph.getNodeAttributes('n0'), label: `Lone ${i}` });
  for (let i = 0; i < 40; i++) {
    pieces.addNode(`pa${i}`, { ...graph.getNodeAttributes('n0'), label: `A ${i}` });
    pieces.addNode(`pb${i}`, { ...graph.getNodeAttributes('n0'), label: `B ${i}` });
    pieces.addDirectedEdge(`pa${i}`, `pb${i}`, { ...graph.getEdgeAttributes(graph.edges()[0]!), weight: 2 });
  }
  return pieces;
}

describe('applyInitialLayout', () => {
  it('lays a graph out with no two nodes overlapping, the same every run', () => {
    const a = newsLike();
    const b = newsLike();
    applyInitialLayout(a, 'fast');
    applyInitialLayout(b, 'fast');
    const positions = (g: KnowledgeGraph) => g.mapNodes((_n, attrs) => [attrs.x, attrs.y]);
    expect(positions(a)).toEqual(positions(b));
    const x = a.mapNodes((_n, attrs) => attrs.x);
    const y = a.mapNodes((_n, attrs) => attrs.y);
    // Radii as the layout reckons them (size × 1.5 + 4), less the rounding of positions to hundredths.
    const r = a.mapNodes((_n, attrs) => attrs.size * 1.5 + 4 - 0.01);
    expect(overlapping(x, y, r)).toBe(0);
  });

  it('keeps each small component together and apart from the rest', () => {
    const graph = newsLike();
    applyInitialLayout(graph, 'fast');
    const at = (n: string) => graph.getNodeAttributes(n);
    const spread = Math.max(...graph.mapNodes((_n, a) => Math.hypot(a.x, a.y)));
    for (let i = 0; i < 40; i++) {
      const gap = Math.hypot(at(`pa${i}`).x - at(`pb${i}`).x, at(`pa${i}`).y - at(`pb${i}`).y);
      expect(gap).toBeLessThan(spread / 10);
    }
  });

  it('settles sooner in fast mode than in full, and leaves positions alone with none', () => {
    const graph = generateGraph({ nodes: 300, edgesPerNode: 3, seed: 9 });
    const before = graph.mapNodes((_n, a) => [a.x, a.y]);
    applyInitialLayout(graph, 'none');
    expect(graph.mapNodes((_n, a) => [a.x, a.y])).toEqual(before);
    let fastPolls = 0;
    applyInitialLayout(graph, 'fast', { shouldStop: () => (fastPolls++, false) });
    let fullPolls = 0;
    applyInitialLayout(graph, 'full', { shouldStop: () => (fullPolls++, false) });
    expect(fullPolls).toBeGreaterThan(fastPolls);
  });

  it('stops when asked', () => {
    const graph = generateGraph({ nodes: 300, edgesPerNode: 3, seed: 9 });
    const before = graph.mapNodes((_n, a) => [a.x, a.y]);
    applyInitialLayout(graph, 'full', { shouldStop: () => true });
    expect(graph.mapNodes((_n, a) => [a.x, a.y])).toEqual(before);
  });
});
