/**
 * Overlap removal that scales: nodes are binned into a grid of cells as wide as the largest node, so
 * each node is only tested against the nodes of its own and the eight neighbouring cells, and every
 * overlapping pair is pushed apart along the line between them until none is left (or a pass limit).
 * About linear in the number of nodes where graphology-layout-noverlap is quadratic within its fixed
 * 20 × 20 grid; deterministic (no random jitter: coincident nodes part along a direction of their own).
 */

/** Node circles, by index: centres (moved in place) and radii. */
export interface Discs {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

/** Coincident nodes part along the golden angle times their index: apart, and the same every run. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Moves discs apart until no two overlap, in at most `maxPasses` passes; returns the overlaps the last
 * pass still found (0 when done).
 */
export function removeOverlaps(discs: Discs, maxPasses = 50): number {
  const n = discs.x.length;
  if (n < 2) return 0;
  const { x, y, r } = discs;
  let cell = 0;
  for (let i = 0; i < n; i++) cell = Math.max(cell, 2 * r[i]);
  if (!(cell > 0)) return 0;
  const order = new Int32Array(n);
  const keys = new Float64Array(n);
  let overlaps = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    // Bin by sorting on the cell key: no map of cells, and each cell's nodes sit together.
    let minX = Infinity, minY = Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]);
      minY = Math.min(minY, y[i]);
    }
    let columns = 1;
    for (let i = 0; i < n; i++) columns = Math.max(columns, Math.floor((x[i] - minX) / cell) + 2);
    for (let i = 0; i < n; i++) {
      order[i] = i;
      keys[i] = Math.floor((y[i] - minY) / cell) * columns + Math.floor((x[i] - minX) / cell);
    }
    order.sort((a, b) => keys[a] - keys[b] || a - b);
    const sortedKeys = Float64Array.from(order, (i) => keys[i]);
    const firstOf = (key: number): number => {
      let lo = 0, hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sortedKeys[mid] < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };

    overlaps = 0;
    for (let a = 0; a < n; a++) {
      const i = order[a];
      const key = keys[i];
      // This cell (later nodes only) and the neighbouring cells after it in key order: each pair once.
      for (const neighbour of [key, key + columns - 1, key + columns, key + columns + 1, key + 1]) {
        const start = neighbour === key ? a + 1 : firstOf(neighbour);
        for (let b = start; b < n && sortedKeys[b] === neighbour; b++) {
          const j = order[b];
          let dx = x[j] - x[i];
          let dy = y[j] - y[i];
          const distance = Math.hypot(dx, dy);
          const gap = r[i] + r[j] - distance;
          if (gap <= 0) continue;
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
          x[i] -= dx * push;
          y[i] -= dy * push;
          x[j] += dx * push;
          y[j] += dy * push;
        }
      }
    }
    if (overlaps === 0) return 0;
  }
  return overlaps;
}
