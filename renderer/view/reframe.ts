/**
 * Framing for frames drawn without sigma's full process. Sigma fits the graph into its unit square
 * only in process(), from the node extent at that moment; a partial refresh keeps that framing, so a
 * layout that spreads or shrinks the graph would drift out of view. A reframe places each position
 * so that the framing sigma holds shows it where a fresh process would:
 * x' = c₀ + (x − c₁)·r₀/r₁, c being an extent's centre and r its longer side.
 */
import type { Extent } from 'sigma/types';
import type { Point } from '../../shared/graph/commands/positions';

export interface BBox {
  x: Extent;
  y: Extent;
}

/** A point (px, py) is drawn at (px·scale + x, py·scale + y). */
export interface Reframe {
  scale: number;
  x: number;
  y: number;
}

/** An extent's centre and longer side, with the fallbacks of sigma's createNormalizationFunction. */
function framing({ x: [minX, maxX], y: [minY, maxY] }: BBox): { cx: number; cy: number; side: number } {
  let side = Math.max(maxX - minX, maxY - minY);
  if (side === 0 || !Number.isFinite(side)) side = 1;
  const cx = (maxX + minX) / 2;
  const cy = (maxY + minY) / 2;
  return { cx: Number.isNaN(cx) ? 0 : cx, cy: Number.isNaN(cy) ? 0 : cy, side };
}

/** Where `p` is drawn under the held framing. */
export function applyReframe({ scale, x, y }: Reframe, p: Point): Point {
  return { x: p.x * scale + x, y: p.y * scale + y };
}

/** The graph point drawn at `p` under the held framing. */
export function invertReframe({ scale, x, y }: Reframe, p: Point): Point {
  return { x: (p.x - x) / scale, y: (p.y - y) / scale };
}

/** The reframe that draws, under the framing of `held`, what the framing of `wanted` would. */
export function reframe(held: BBox, wanted: BBox): Reframe {
  const from = framing(wanted);
  const to = framing(held);
  const scale = to.side / from.side;
  return { scale, x: to.cx - from.cx * scale, y: to.cy - from.cy * scale };
}
