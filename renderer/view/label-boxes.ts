/**
 * Boxes that labels take on screen, turned any way (an edge label runs along its edge), and a grid of
 * them that says whether a new box is free. Pure geometry, in pixels.
 */

/** A rectangle centred on (x, y), turned by `angle` radians, `hw` by `hh` from its centre to its sides. */
export interface OrientedBox {
  x: number;
  y: number;
  angle: number;
  hw: number;
  hh: number;
}

/** The box of `left`…`right` × `top`…`bottom`, unturned. */
export function axisBox(left: number, right: number, top: number, bottom: number): OrientedBox {
  return { x: (left + right) / 2, y: (top + bottom) / 2, angle: 0, hw: (right - left) / 2, hh: (bottom - top) / 2 };
}

/** How far `box` reaches from its centre along the unit direction (ux, uy). */
function reach(box: OrientedBox, ux: number, uy: number): number {
  const c = Math.cos(box.angle);
  const s = Math.sin(box.angle);
  return box.hw * Math.abs(c * ux + s * uy) + box.hh * Math.abs(-s * ux + c * uy);
}

/** Whether two boxes overlap (touching edges do not): no side of either separates them. */
export function boxesOverlap(a: OrientedBox, b: OrientedBox): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const { angle } of [a, b]) {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    for (const [ux, uy] of [[c, s], [-s, c]] as const) {
      if (Math.abs(dx * ux + dy * uy) >= reach(a, ux, uy) + reach(b, ux, uy)) return false;
    }
  }
  return true;
}

/** The boxes taken so far, filed by the grid cells their bounds cross, so a test looks only nearby. */
export class BoxGrid {
  private readonly cells = new Map<string, OrientedBox[]>();

  constructor(private readonly cell = 64) {}

  private keysOf(box: OrientedBox): string[] {
    const rx = reach(box, 1, 0);
    const ry = reach(box, 0, 1);
    const keys: string[] = [];
    for (let cx = Math.floor((box.x - rx) / this.cell); cx <= Math.floor((box.x + rx) / this.cell); cx++) {
      for (let cy = Math.floor((box.y - ry) / this.cell); cy <= Math.floor((box.y + ry) / this.cell); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  }

  /** Whether `box` overlaps none of the boxes taken. */
  isFree(box: OrientedBox): boolean {
    return this.keysOf(box).every((key) => !this.cells.get(key)?.some((taken) => boxesOverlap(taken, box)));
  }

  take(box: OrientedBox): void {
    for (const key of this.keysOf(box)) {
      const here = this.cells.get(key);
      if (here) here.push(box);
      else this.cells.set(key, [box]);
    }
  }
}
