/**
 * Overlap removal that scales: nodes are binned into a grid of cells as wide as the largest node, so
 * each node is only tested against the nodes of its own and the eight neighbouring cells, and every
 * overlapping pair is pushed apart until none is left (or a pass limit). About linear in the number of
 * nodes where graphology-layout-noverlap is quadratic within its fixed 20 × 20 grid; deterministic (no
 * random jitter: coincident nodes part along a direction of their own).
 *
 * Two shapes: discs, for a first layout (pushed apart along the line between their centres), and the
 * boxes a view draws, each node's disc with its label reaching right of it, for Remove overlaps (pushed
 * apart along the axis where they overlap least, so labels stack rather than spread a label's width):
 * graphology-layout-noverlap sees discs only, and labels still ran into each other ("Dmitry MeUnited States").
 */
import type { Positions } from '../graph/commands/positions';
import type { KnowledgeGraph } from '../graph/schema';

/** Node circles, by index: centres (moved in place) and radii. */
export interface Discs {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

/** A squared distance this far beyond the squared reach of two discs is apart whatever the rounding. */
const CLEARLY_APART = 1 + 1e-6;

/** Coincident nodes part along the golden angle times their index: apart, and the same every run. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Calls `visit(i, j)` once for each pair of points that share a cell of the grid of `cell`-wide cells, or
 * sit in neighbouring cells: every pair closer than `cell` in both directions, and some further apart.
 * The points may move during the visits; they are binned where they were at the call.
 */
function forEachNearPair(x: Float64Array, y: Float64Array, cell: number, visit: (i: number, j: number) => void): void {
  const n = x.length;
  const order = new Int32Array(n);
  const keys = new Float64Array(n);
  // Bin by sorting on the cell key: no map of cells, and each cell's nodes sit together.
  let minX = Infinity, minY = Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i]!);
    minY = Math.min(minY, y[i]!);
  }
  let columns = 1;
  for (let i = 0; i < n; i++) columns = Math.max(columns, Math.floor((x[i]! - minX) / cell) + 2);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    keys[i] = Math.floor((y[i]! - minY) / cell) * columns + Math.floor((x[i]! - minX) / cell);
  }
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const sortedKeys = Float64Array.from(order, (i) => keys[i]!);
  const firstOf = (key: number): number => {
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedKeys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let a = 0; a < n; a++) {
    const i = order[a]!;
    const key = keys[i]!;
    // This cell (later nodes only) and the neighbouring cells after it in key order: each pair once.
    for (const neighbour of [key, key + columns - 1, key + columns, key + columns + 1, key + 1]) {
      const start = neighbour === key ? a + 1 : firstOf(neighbour);
      for (let b = start; b < n && sortedKeys[b] === neighbour; b++) visit(i, order[b]!);
    }
  }
}

/**
 * Moves discs apart until no two overlap, in at most `maxPasses` passes; returns the overlaps the last
 * pass still found (0 when done).
 */
export function removeOverlaps(discs: Discs, maxPasses = 50): number {
  const n = discs.x.length;
  if (n < 2) return 0;
  const { x, y, r } = discs;
  let cell = 0;
  for (let i = 0; i < n; i++) cell = Math.max(cell, 2 * r[i]!);
  if (!(cell > 0)) return 0;
  let overlaps = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    overlaps = 0;
    forEachNearPair(x, y, cell, (i, j) => {
      let dx = x[j]! - x[i]!;
      let dy = y[j]! - y[i]!;
      const reach = r[i]! + r[j]!;
      // Most pairs a grid cell holds are well apart: told so by their squared distance, clear of any
      // rounding by a margin, without Math.hypot (slow: most of the time overlap removal took).
      if (dx * dx + dy * dy > reach * reach * CLEARLY_APART) return;
      const distance = Math.hypot(dx, dy);
      const gap = reach - distance;
      if (gap <= 0) return;
      overlaps++;
      if (distance === 0) {
        const angle = Math.min(i, j) * GOLDEN_ANGLE;
        dx = Math.cos(angle);
        dy = Math.sin(angle);
      } else {
        dx /= distance;
        dy /= distance;
      }
      // Each moves half the gap (a hair more, so rounding cannot leave them touching).
      const push = gap * 0.5 + 1e-9;
      x[i] = x[i]! - dx * push;
      y[i] = y[i]! - dy * push;
      x[j] = x[j]! + dx * push;
      y[j] = y[j]! + dy * push;
    });
    if (overlaps === 0) return 0;
  }
  return overlaps;
}

/** The extent of a node's drawing around its position, in graph units (up is +y). */
export interface NodeBox {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

export interface BoxOptions {
  /**
   * The nodes to keep apart, with their boxes (a view leaves out the nodes it does not draw); by
   * default every node, as its disc: `size` in every direction.
   */
  boxes?: ReadonlyMap<string, NodeBox>;
  /** Space kept between boxes, in graph units. */
  margin?: number;
  maxPasses?: number;
}

/**
 * New positions for the graph's unpinned nodes so that no two of their boxes overlap (within
 * `maxPasses` passes): each overlapping pair is pushed apart along the axis where it overlaps least,
 * each node by half, or the unpinned one by all of it. Pinned nodes stay where they are. Nodes without
 * a box keep their places. Deterministic.
 */
export function separateBoxes(graph: KnowledgeGraph, options: BoxOptions = {}): Positions {
  const { margin = 0, maxPasses = 300 } = options;
  const out: Positions = {};
  const kept: { key: string; box: NodeBox; fixed: boolean; x: number; y: number }[] = [];
  graph.forEachNode((key, a) => {
    const [x, y] = [Number.isFinite(a.x) ? a.x : 0, Number.isFinite(a.y) ? a.y : 0];
    const r = typeof a.size === 'number' && a.size > 0 ? a.size : 1;
    const box = options.boxes ? options.boxes.get(key) : { left: -r, right: r, bottom: -r, top: r };
    if (a.pinned !== true) out[key] = { x, y };
    if (box) kept.push({ key, box, fixed: a.pinned === true, x, y });
  });
  // Boxes are moved by their centres; each node keeps its offset from its box's centre.
  const cx = Float64Array.from(kept, ({ x, box }) => x + (box.left + box.right) / 2);
  const cy = Float64Array.from(kept, ({ y, box }) => y + (box.bottom + box.top) / 2);
  const halfW = kept.map(({ box }) => (box.right - box.left + margin) / 2);
  const halfH = kept.map(({ box }) => (box.top - box.bottom + margin) / 2);
  let cell = 1e-9;
  for (let i = 0; i < kept.length; i++) cell = Math.max(cell, 2 * halfW[i]!, 2 * halfH[i]!);
  for (let pass = 0; pass < maxPasses; pass++) {
    let moved = false;
    forEachNearPair(cx, cy, cell, (i, j) => {
      if (kept[i]!.fixed && kept[j]!.fixed) return;
      const overlapX = halfW[i]! + halfW[j]! - Math.abs(cx[i]! - cx[j]!);
      const overlapY = halfH[i]! + halfH[j]! - Math.abs(cy[i]! - cy[j]!);
      if (overlapX <= 0 || overlapY <= 0) return;
      moved = true;
      const [along, gap] = overlapX < overlapY ? [cx, overlapX] : [cy, overlapY];
      // Coincident boxes part by index: the same way every run.
      const away = Math.sign(along[i]! - along[j]!) || (i < j ? -1 : 1);
      const share = kept[i]!.fixed ? 0 : kept[j]!.fixed ? 1 : 0.5;
      const push = gap + 1e-9;
      along[i] = along[i]! + away * push * share;
      along[j] = along[j]! - away * push * (1 - share);
    });
    if (!moved) break;
  }
  kept.forEach(({ key, box, fixed }, i) => {
    if (!fixed) out[key] = { x: cx[i]! - (box.left + box.right) / 2, y: cy[i]! - (box.bottom + box.top) / 2 };
  });
  return out;
}
