import { describe, expect, it } from 'vitest';
import { emptyFilters, visibleNodes } from '../../renderer/view/filters';
import { parallelCurvatures } from '../../renderer/view/parallel-edges';
import { initialViewState, reduceEdge, reduceNode, SHOW_ALL_EDGE_LABELS } from '../../renderer/view/reducers';
import { searchNodes } from '../../renderer/view/search';
import { sampleGraph } from './fixture';

describe('filters', () => {
  it('hides switched-off types, other documents and low-degree nodes', () => {
    const g = sampleGraph();
    const f = emptyFilters();
    f.hiddenTypes.add('Place');
    expect([...visibleNodes(g, f)].sort()).toEqual(['atacms', 'kremlin', 'putin']);
    f.hiddenTypes.clear();
    f.documents = new Set(['b.txt']);
    expect([...visibleNodes(g, f)].sort()).toEqual(['kremlin', 'putin']);
    f.documents = null;
    f.minDegree = 2;
    expect([...visibleNodes(g, f)].sort()).toEqual(['putin', 'russia']);
  });

  it('counts degree only over edges that pass the confidence filter', () => {
    const f = { ...emptyFilters(), minDegree: 2, minConfidence: 0.5 };
    expect([...visibleNodes(sampleGraph(), f)]).toEqual(['putin']);
  });
});

describe('reducers', () => {
  it('hides filtered nodes and the edges touching them', () => {
    const g = sampleGraph();
    const s = { ...initialViewState(), visible: new Set(['putin', 'kremlin']) };
    expect(reduceNode('russia', g.getNodeAttributes('russia'), s).hidden).toBe(true);
    expect(reduceNode('putin', g.getNodeAttributes('putin'), s).hidden).toBeUndefined();
    expect(reduceEdge(g, 'e1', g.getEdgeAttributes('e1'), s).hidden).toBe(true);
    expect(reduceEdge(g, 'e3', g.getEdgeAttributes('e3'), s).hidden).toBeUndefined();
  });

  it('dims everything outside the hovered neighbourhood and labels its edges', () => {
    const g = sampleGraph();
    const s = { ...initialViewState(), hoveredNode: 'us', hoverSet: new Set(['us', 'atacms']) };
    const far = reduceNode('putin', g.getNodeAttributes('putin'), s);
    expect(far.color).toBe(s.palette.dim);
    expect(far.label).toBeNull();
    expect(reduceNode('atacms', g.getNodeAttributes('atacms'), s).color).toBe(g.getNodeAttribute('atacms', 'color'));
    expect(reduceEdge(g, 'e4', g.getEdgeAttributes('e4'), s).label).toBe('supplied');
    expect(reduceEdge(g, 'e1', g.getEdgeAttributes('e1'), s).label).toBeNull();
  });

  it('shows every edge label once zoomed in, and marks pinned and selected nodes', () => {
    const g = sampleGraph();
    g.setNodeAttribute('russia', 'pinned', true);
    const s = { ...initialViewState(), zoomRatio: SHOW_ALL_EDGE_LABELS / 2, selectedNodes: new Set(['putin']) };
    expect(reduceEdge(g, 'e1', g.getEdgeAttributes('e1'), s).label).toBe('leads');
    expect(reduceNode('russia', g.getNodeAttributes('russia'), s).type).toBe('pinned');
    expect(reduceNode('putin', g.getNodeAttributes('putin'), s)).toMatchObject({ highlighted: true, forceLabel: true, type: 'circle' });
  });

  it('draws the dragged nodes moved with the pointer, leaving the graph and the other nodes as they are', () => {
    const g = sampleGraph();
    const s = { ...initialViewState(), drag: { nodes: new Set(['putin', 'kremlin']), dx: 42, dy: -7 } };
    expect(reduceNode('putin', g.getNodeAttributes('putin'), s)).toMatchObject({ x: 42, y: -7 });
    expect(reduceNode('kremlin', g.getNodeAttributes('kremlin'), s)).toMatchObject({ x: 42, y: 3 });
    expect(reduceNode('russia', g.getNodeAttributes('russia'), s)).toMatchObject({ x: g.getNodeAttribute('russia', 'x'), y: g.getNodeAttribute('russia', 'y') });
    expect(g.getNodeAttribute('putin', 'x')).toBe(0);
  });

  it('draws positions in motion through the reframe, and a dragged node moved with the pointer', () => {
    const g = sampleGraph();
    const { x, y } = g.getNodeAttributes('russia');
    const s = { ...initialViewState(), reframe: { scale: 2, x: 10, y: -5 }, drag: { nodes: new Set(['putin']), dx: 42, dy: -7 } };
    expect(reduceNode('russia', g.getNodeAttributes('russia'), s)).toMatchObject({ x: x * 2 + 10, y: y * 2 - 5 });
    expect(reduceNode('putin', g.getNodeAttributes('putin'), s)).toMatchObject({ x: 42, y: -7 });
    expect(g.getNodeAttributes('russia')).toMatchObject({ x, y });
  });

  it('shows the nodes and edges of a highlighted path that the filters or the focus leave out, and only those', () => {
    const g = sampleGraph();
    const s = { ...initialViewState(), visible: new Set(['putin']), focus: new Set(['putin', 'kremlin']), path: { nodes: new Set(['putin', 'russia']), edges: new Set(['e1']) } };
    expect(reduceNode('russia', g.getNodeAttributes('russia'), s).hidden).toBeUndefined();
    expect(reduceEdge(g, 'e1', g.getEdgeAttributes('e1'), s).hidden).toBeUndefined();
    expect(reduceNode('kremlin', g.getNodeAttributes('kremlin'), s).hidden).toBe(true);
    expect(reduceNode('us', g.getNodeAttributes('us'), s).hidden).toBe(true);
    expect(reduceNode('russia', g.getNodeAttributes('russia'), { ...s, path: null }).hidden).toBe(true);
  });

  it('draws a stronger edge wider and darker, and every edge alike without strengths', () => {
    const g = sampleGraph();
    const s = { ...initialViewState(), edgeStrength: new Map([['e1', 1], ['e4', 0]]) };
    const [strong, weak] = ['e1', 'e4'].map((e) => reduceEdge(g, e, g.getEdgeAttributes(e), s));
    expect(strong!.size).toBeGreaterThan(weak!.size!);
    const lightness = (hex: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);
    expect(lightness(strong!.color!)).toBeLessThan(lightness(weak!.color!));
    const plain = ['e1', 'e4'].map((e) => reduceEdge(g, e, g.getEdgeAttributes(e), initialViewState()));
    expect(plain[0]).toMatchObject({ size: plain[1]!.size, color: plain[1]!.color });
  });

  it('hides edges under the minimum confidence and curves parallel ones', () => {
    const g = sampleGraph();
    const s = { ...initialViewState(), minConfidence: 0.5, curvature: parallelCurvatures(g) };
    expect(reduceEdge(g, 'e2', g.getEdgeAttributes('e2'), s).hidden).toBe(true);
    expect(reduceEdge(g, 'e1', g.getEdgeAttributes('e1'), s).type).toBe('curvedArrow');
    expect(reduceEdge(g, 'e4', g.getEdgeAttributes('e4'), s).type).toBe('arrow');
  });
});

describe('parallel edges', () => {
  it('bends parallel edges to opposite sides and leaves lone edges straight', () => {
    const g = sampleGraph();
    g.addDirectedEdgeWithKey('e5', 'russia', 'putin', { ...g.getEdgeAttributes('e1'), label: 'backs' });
    const c = parallelCurvatures(g);
    expect(c.has('e4')).toBe(false);
    const [a, b, r] = [c.get('e1')!, c.get('e2')!, c.get('e5')!];
    expect(Math.sign(a)).toBe(-Math.sign(b));
    // e5 runs the other way, so its on-screen side is the opposite of its sign: it must not overlap e1.
    expect(new Set([a, b, -r]).size).toBe(3);
  });
});

describe('search', () => {
  it('ranks exact, then prefix, then word-prefix, then substring, and matches aliases', () => {
    const g = sampleGraph();
    expect(searchNodes(g, 'us')[0]).toMatchObject({ node: 'us', via: 'US' });
    expect(searchNodes(g, 'put').map((h) => h.node)).toEqual(['putin']);
    expect(searchNodes(g, 'kre')[0]!.node).toBe('kremlin');
    expect(searchNodes(g, 'ussi').map((h) => h.node)).toEqual(['russia']);
    expect(searchNodes(g, '   ')).toEqual([]);
  });

  it('breaks ties by mentions', () => {
    const g = sampleGraph();
    expect(searchNodes(g, 'r').map((h) => h.node).slice(0, 1)).toEqual(['russia']);
    g.setNodeAttribute('russia', 'label', 'Vladimir Russia');
    expect(searchNodes(g, 'vladimir').map((h) => h.node)).toEqual(['putin', 'russia']);
  });
});

describe('a large selection', () => {
  it('rings its nodes instead of forcing a label box on each', async () => {
    const { FORCED_LABEL_LIMIT } = await import('../../renderer/view/reducers');
    const g = sampleGraph();
    const many = new Set(['putin', ...Array.from({ length: FORCED_LABEL_LIMIT }, (_, i) => `n${i}`)]);
    const s = { ...initialViewState(), selectedNodes: many };
    const shown = reduceNode('putin', g.getNodeAttributes('putin'), s);
    expect(shown.forceLabel).toBeUndefined();
    expect(shown.highlighted).toBeUndefined();
    expect(shown).toMatchObject({ type: 'pinned', borderColor: s.palette.selection });
  });
});

describe('hover on a hub', () => {
  it('stops forcing labels when the neighbourhood is too large to read, but still offers its edges\' labels for placing', async () => {
    const { FORCED_LABEL_LIMIT } = await import('../../renderer/view/reducers');
    const g = sampleGraph();
    const many = new Set(['us', 'atacms', ...Array.from({ length: FORCED_LABEL_LIMIT }, (_, i) => `n${i}`)]);
    const crowded = { ...initialViewState(), hoveredNode: 'us', hoverSet: many };
    expect(reduceNode('atacms', g.getNodeAttributes('atacms'), crowded).forceLabel).toBeUndefined();
    expect(reduceEdge(g, 'e4', g.getEdgeAttributes('e4'), crowded).label).toBe('supplied');
    expect(reduceEdge(g, 'e1', g.getEdgeAttributes('e1'), crowded).label).toBeNull();
    const few = { ...crowded, hoverSet: new Set(['us', 'atacms']) };
    expect(reduceNode('atacms', g.getNodeAttributes('atacms'), few).forceLabel).toBe(true);
  });
});

describe('point in polygon', () => {
  it('tells inside from outside for a concave lasso', async () => {
    const { insidePolygon } = await import('../../renderer/view/polygon');
    // A "C": the notch on the right is outside.
    const c = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 3 }, { x: 3, y: 3 }, { x: 3, y: 7 }, { x: 10, y: 7 }, { x: 10, y: 10 }, { x: 0, y: 10 }];
    expect(insidePolygon({ x: 1, y: 5 }, c)).toBe(true);
    expect(insidePolygon({ x: 8, y: 1 }, c)).toBe(true);
    expect(insidePolygon({ x: 8, y: 5 }, c)).toBe(false);
    expect(insidePolygon({ x: 12, y: 5 }, c)).toBe(false);
    expect(insidePolygon({ x: 1, y: 5 }, [])).toBe(false);
  });
});
