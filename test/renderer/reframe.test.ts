import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormalizationFunction } from 'sigma/utils';
import { applyReframe, invertReframe, reframe, type BBox } from '../../renderer/view/reframe';

// Layout coordinates: up to a million, in steps of a thousandth (and extents of no width among them).
const coordinate = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000);
const bbox = fc.tuple(coordinate, coordinate, coordinate, coordinate).map(([a, b, c, d]): BBox => ({ x: [Math.min(a, b), Math.max(a, b)], y: [Math.min(c, d), Math.max(c, d)] }));

describe('reframe', () => {
  it('draws under the held framing what a fresh framing of the wanted extent would', () => {
    // The wanted extent is that of the nodes: every point drawn lies in it.
    const within = (extent: BBox, tx: number, ty: number) => ({ x: extent.x[0] + (extent.x[1] - extent.x[0]) * tx, y: extent.y[0] + (extent.y[1] - extent.y[0]) * ty });
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(bbox, bbox, share, share, (held, wanted, tx, ty) => {
        const { x, y } = within(wanted, tx, ty);
        const { scale, x: dx, y: dy } = reframe(held, wanted);
        const drawn = createNormalizationFunction(held)({ x: x * scale + dx, y: y * scale + dy });
        const fresh = createNormalizationFunction(wanted)({ x, y });
        // In the unit square's coordinates a pixel is about 1e-3; rounding stays under a thousandth of one.
        expect(Math.abs(drawn.x - fresh.x)).toBeLessThan(1e-6);
        expect(Math.abs(drawn.y - fresh.y)).toBeLessThan(1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the graph point drawn at a place: screen coordinates while a layout moves the nodes', () => {
    fc.assert(
      fc.property(bbox, bbox, coordinate, coordinate, (held, wanted, x, y) => {
        const r = reframe(held, wanted);
        const back = invertReframe(r, applyReframe(r, { x, y }));
        // Drawing adds the offset to the scaled point, which rounds to a few ulps of the larger of the
        // two; undoing it divides that rounding by the scale. Beyond that bound the inverse is wrong.
        const bound = (p: number, offset: number) => 4 * Number.EPSILON * (Math.abs(p) + Math.abs(offset / r.scale)) + Number.MIN_VALUE;
        expect(Math.abs(back.x - x)).toBeLessThanOrEqual(bound(x, r.x));
        expect(Math.abs(back.y - y)).toBeLessThanOrEqual(bound(y, r.y));
      }),
      { numRuns: 5000 },
    );
  });

  it('is the identity when the extent has not changed', () => {
    const extent: BBox = { x: [-3, 7], y: [2, 4] };
    expect(reframe(extent, extent)).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('frames a single point as sigma does, in the middle', () => {
    const held: BBox = { x: [0, 100], y: [0, 50] };
    const point: BBox = { x: [5, 5], y: [8, 8] };
    const { scale, x, y } = reframe(held, point);
    expect(createNormalizationFunction(held)({ x: 5 * scale + x, y: 8 * scale + y })).toEqual({ x: 0.5, y: 0.5 });
  });
});
