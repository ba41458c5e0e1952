/** Whether a point on screen lies inside a polygon drawn there (a lasso or a selection box). */
import type { Point } from '../../shared/graph/commands/positions';

/** Even-odd test of `p` against the closed polygon `corners` (a point on an edge may fall either way). */
export function insidePolygon(p: Point, corners: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const a = corners[i]!;
    const b = corners[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
