/**
 * A first readable layout for a freshly extracted graph, so files open with sensible positions, in a
 * time that grows about linearly with the graph. A news graph is one large component and thousands of
 * small ones (a name mentioned once, a pair of related names), so each component is laid out on its
 * own: ForceAtlas2 with Barnes-Hut for each component of more than one node, for as many iterations as
 * its size allows and stopping early once it has settled; then overlaps are removed on a grid
 * (shared/layout/overlap.ts); then the components are packed around the largest one, as circles.
 * Deterministic for the same graph.
 */
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import circlepack from 'graphology-layout/circlepack';
import { barnesHutWork, iterateBarnesHut, REPULSION_IN_THIS_THREAD, type BarnesHutSettings, type Repulsion } from '../layout/barnes-hut';
import { forceAtlas2Matrices, NODE_STRIDE } from '../layout/fa2-matrices';
import { removeOverlaps } from '../layout/overlap';
import { seededRandom } from '../layout/rng';
import type { KnowledgeGraph } from './schema';

/** `none` keeps the circle extraction starts from; `fast` stops early; `full` settles further. */
export const INITIAL_LAYOUT_MODES = ['none', 'fast', 'full'] as const;
export type InitialLayoutMode = (typeof INITIAL_LAYOUT_MODES)[number];

interface Effort {
  /** ForceAtlas2 node-iterations a component may spend: one of n nodes runs at most budget / n iterations… */
  budget: number;
  /** …that cap kept within these bounds… */
  minIterations: number;
  maxIterations: number;
  /** …and stops sooner once nodes move less than this share of the typical node spacing per iteration. */
  settled: number;
}

const EFFORT: Record<Exclude<InitialLayoutMode, 'none'>, Effort> = {
  fast: { budget: 300_000, minIterations: 30, maxIterations: 300, settled: 0.03 },
  full: { budget: 1_500_000, minIterations: 100, maxIterations: 600, settled: 0.01 },
};

/** Iterations between two looks at how far the nodes moved. */
const CHECK_EVERY = 10;
/** Barnes-Hut pays for its tree from about this many nodes. */
export const BARNES_HUT_FROM = 256;
/**
 * Gephi's default for ForceAtlas2's Barnes-Hut θ, not graphology's 0.5: on the 1 MB bench corpus's graph
 * it halves the repulsion's work (three quarters of the first layout's time), and its large
 * component comes out as tidy (edges as short against the distance of two nodes at random, and as few
 * crossings).
 */
const BARNES_HUT_THETA = 1.2;
/** Above ForceAtlas2's inferred value, it keeps loosely tied nodes near their component. */
const GRAVITY = 0.12;
/** Node radius for overlap removal: its size, scaled, plus a margin. */
const OVERLAP_RATIO = 1.5;
const OVERLAP_MARGIN = 4;
/** Space left between packed components, in node radii. */
const PACK_GAP = 2;

interface Placed {
  nodes: string[];
  x: Float64Array;
  y: Float64Array;
  /** Radius of the circle around the component, centred on its origin. */
  radius: number;
}

export interface InitialLayoutOptions {
  /** Polled between steps. */
  shouldStop?: () => boolean;
  /** Where Barnes-Hut's repulsion runs (this thread unless said). */
  repulsion?: Repulsion;
}

/** Lays the graph out in place (see the module comment). */
export function applyInitialLayout(graph: KnowledgeGraph, mode: InitialLayoutMode = 'full', options: InitialLayoutOptions = {}): void {
  if (graph.order === 0 || mode === 'none') return;
  const effort = EFFORT[mode];
  const placed: Placed[] = [];
  for (const nodes of connectedComponents(graph)) {
    if (options.shouldStop?.()) return;
    placed.push(layOutComponent(graph, nodes, effort, options));
  }
  // Largest first, so the main component sits in the middle and the small ones gather round it.
  placed.sort((a, b) => b.nodes.length - a.nodes.length || b.radius - a.radius);
  const centres = packCircles(placed.map((p) => p.radius));
  placed.forEach((component, c) => {
    const { x: cx, y: cy } = centres[c]!;
    component.nodes.forEach((node, i) => {
      graph.mergeNodeAttributes(node, { x: round(cx + component.x[i]!), y: round(cy + component.y[i]!) });
    });
  });
}

const round = (v: number) => Math.round(v * 100) / 100;
const radiusOf = (size: number) => (size > 0 ? size : 1) * OVERLAP_RATIO + OVERLAP_MARGIN;

function layOutComponent(graph: KnowledgeGraph, nodes: string[], effort: Effort, options: InitialLayoutOptions): Placed {
  const n = nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r = Float64Array.from(nodes, (node) => radiusOf(graph.getNodeAttribute(node, 'size')));
  if (n > 1) {
    const copy = componentCopy(graph, nodes);
    runForceAtlas2(copy, effort, options);
    let i = 0;
    copy.forEachNode((_node, a) => {
      x[i] = a.x;
      y[i++] = a.y;
    });
    removeOverlaps({ x, y, r });
  }
  // Centre on the mean, then measure the circle that holds every node's disc.
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  let radius = 0;
  for (let i = 0; i < n; i++) {
    x[i]! -= mx;
    y[i]! -= my;
    radius = Math.max(radius, Math.hypot(x[i]!, y[i]!) + r[i]!);
  }
  return { nodes, x, y, radius };
}

type LayoutCopy = Graph<{ x: number; y: number; size: number }, { weight: number }>;

/**
 * The component as a simple undirected graph, parallel relations merged into one edge of their summed
 * weight (the same pull for ForceAtlas2, with fewer edges), its nodes starting on a circle.
 */
function componentCopy(graph: KnowledgeGraph, nodes: string[]): LayoutCopy {
  const copy: LayoutCopy = new Graph({ type: 'undirected' });
  const scale = 10 * Math.sqrt(nodes.length);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    copy.addNode(node, { x: scale * Math.cos(angle), y: scale * Math.sin(angle), size: graph.getNodeAttribute(node, 'size') || 1 });
  });
  for (const node of nodes) {
    graph.forEachOutEdge(node, (_edge, a, source, target) => {
      if (source === target) return;
      const weight = typeof a.weight === 'number' && a.weight > 0 ? a.weight : 1;
      if (copy.hasEdge(source, target)) copy.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + weight);
      else copy.addEdge(source, target, { weight });
    });
  }
  return copy;
}

/**
 * ForceAtlas2 in steps of CHECK_EVERY iterations, until the budget for the component's size is spent
 * or the nodes have settled: the mean move per iteration, against the typical spacing of nodes in the
 * picture (its diagonal over √n), falls below the effort's threshold.
 */
function runForceAtlas2(copy: LayoutCopy, effort: Effort, { shouldStop, repulsion = REPULSION_IN_THIS_THREAD }: InitialLayoutOptions): void {
  const n = copy.order;
  const iterations = Math.round(Math.min(effort.maxIterations, Math.max(effort.minIterations, effort.budget / n)));
  const settings = { ...forceAtlas2.inferSettings(n), gravity: GRAVITY, barnesHutOptimize: false };
  const assign = n >= BARNES_HUT_FROM ? barnesHutAssign(copy, repulsion) : (steps: number) => forceAtlas2.assign(copy, { iterations: steps, settings, getEdgeWeight: 'weight' });
  const before = { x: new Float64Array(n), y: new Float64Array(n) };
  for (let done = 0; done < iterations && !shouldStop?.(); done += CHECK_EVERY) {
    let i = 0;
    copy.forEachNode((_node, a) => {
      before.x[i] = a.x;
      before.y[i++] = a.y;
    });
    const steps = Math.min(CHECK_EVERY, iterations - done);
    assign(steps);
    let moved = 0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    i = 0;
    copy.forEachNode((_node, a) => {
      moved += Math.hypot(a.x - before.x[i]!, a.y - before.y[i]!);
      i++;
      minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
    });
    const spacing = Math.hypot(maxX - minX, maxY - minY) / Math.sqrt(n);
    if (spacing > 0 && moved / n / steps < effort.settled * spacing) break;
  }
}

/**
 * forceAtlas2.assign with Barnes-Hut for the component, as graphology runs it (matrices built afresh
 * from the copy's positions at each call, then the iterations, then the positions written back), its
 * repulsion where `repulsion` runs it.
 */
function barnesHutAssign(copy: LayoutCopy, repulsion: Repulsion): (steps: number) => void {
  const inferred = forceAtlas2.inferSettings(copy.order);
  // graphology's defaults for the rest: linear forces, no size adjustment.
  const settings: BarnesHutSettings = { scalingRatio: inferred.scalingRatio!, gravity: GRAVITY, strongGravityMode: inferred.strongGravityMode!, slowDown: inferred.slowDown!, edgeWeightInfluence: 1, barnesHutTheta: BARNES_HUT_THETA };
  const nodes = new Float32Array(repulsion.allocate(copy.order * NODE_STRIDE * Float32Array.BYTES_PER_ELEMENT));
  const work = barnesHutWork(copy.order, repulsion.allocate);
  return (steps) => {
    const built = forceAtlas2Matrices(copy);
    nodes.set(built.nodes);
    for (let i = 0; i < steps; i++) iterateBarnesHut(settings, nodes, built.edges, work, repulsion);
    let row = 0;
    copy.updateEachNodeAttributes((_node, a) => {
      a.x = nodes[row]!;
      a.y = nodes[row + 1]!;
      row += NODE_STRIDE;
      return a;
    });
  };
}

/** Centres for circles of these radii, packed tightly in this order (d3's front-chain packing, via graphology). */
function packCircles(radii: number[]): Array<{ x: number; y: number }> {
  if (radii.length === 1) return [{ x: 0, y: 0 }];
  const gap = PACK_GAP * radiusOf(1);
  const circles = new Graph<{ size: number; x?: number; y?: number }>();
  radii.forEach((radius, i) => circles.addNode(String(i), { size: radius + gap / 2 }));
  const centres = circlepack(circles, { rng: seededRandom(1) }) as Record<string, { x: number; y: number }>;
  // circlepack centres the pack on the enclosing circle; the first (largest) component anchors the picture instead.
  const origin = centres['0']!;
  return radii.map((_, i) => ({ x: centres[String(i)]!.x - origin.x, y: centres[String(i)]!.y - origin.y }));
}
