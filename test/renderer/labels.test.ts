import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { axisBox, boxesOverlap, type OrientedBox } from '../../renderer/view/label-boxes';
import type { EdgeLabelRequest, LabelRequest, PlacedLabel } from '../../renderer/view/labels';
import { installWebGLConstants } from './fake-gl';

let placeLabels: typeof import('../../renderer/view/labels').placeLabels;
let placeEdgeLabels: typeof import('../../renderer/view/labels').placeEdgeLabels;
let drawEdgeLabel: typeof import('../../renderer/view/labels').drawEdgeLabel;

beforeAll(async () => {
  installWebGLConstants();
  ({ placeLabels, placeEdgeLabels, drawEdgeLabel } = await import('../../renderer/view/labels'));
});

const request = (node: string, x: number, y: number, width: number, priority = 0, size = 5): LabelRequest => ({ node, x, y, size, width, priority });
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const side = (p: PlacedLabel, r: LabelRequest) => (p.textX > r.x ? 'right' : 'left');

describe('placing node labels', () => {
  it('puts labels right of their nodes where there is room', () => {
    const rs = [request('a', 0, 0, 60), request('b', 0, 40, 60), request('c', 200, 0, 60)];
    const placed = placeLabels(rs, 13);
    expect(placed.map((p) => p.node)).toEqual(['a', 'b', 'c']);
    for (const [i, p] of placed.entries()) expect(side(p, rs[i]!)).toBe('right');
  });

  it('moves a label that would run into a neighbour to the left, and leaves out one with no room on either side', () => {
    // "Dmitry Medvedev" and "United States" side by side: the first label would cross the second node.
    const dm = request('dm', 300, 50, 110);
    const us = request('us', 330, 50, 90);
    const placed = placeLabels([dm, us], 13);
    expect(placed).toHaveLength(2);
    expect(side(placed.find((p) => p.node === 'dm')!, dm)).toBe('left');
    expect(side(placed.find((p) => p.node === 'us')!, us)).toBe('right');
    // A third node between them on the same row has room on neither side: it is named above.
    const mid = request('mid', 315, 50, 40);
    const three = placeLabels([dm, us, mid], 13);
    expect(three.map((p) => p.node).sort()).toEqual(['dm', 'mid', 'us']);
    const above = three.find((p) => p.node === 'mid')!;
    expect(above.bottom).toBeLessThanOrEqual(mid.y - mid.size);
    expect((above.left + above.right) / 2).toBeCloseTo(mid.x);
    // Hemmed in above and below too, it is left out.
    const hemmed = [dm, us, mid, request('up', 315, 30, 10, 9), request('down', 315, 70, 10, 9)];
    expect(placeLabels(hemmed, 13).map((p) => p.node)).not.toContain('mid');
  });

  it('lets a forced label cover the disc of a node whose label was not forced, but not a forced one\'s', () => {
    // A selected node hemmed in by labelled neighbours on every side.
    const around = [request('r', 330, 50, 60), request('l', 300, 50, 60), request('u', 315, 30, 60), request('d', 315, 70, 60)];
    const chosen = { ...request('chosen', 315, 50, 40, 6), forced: true };
    expect(placeLabels([...around, chosen], 13).map((p) => p.node)).toContain('chosen');
    expect(placeLabels([...around, { ...chosen, forced: false }], 13).map((p) => p.node)).not.toContain('chosen');
    const forcedAround = around.map((r) => ({ ...r, forced: true, priority: 5 }));
    expect(placeLabels([...forcedAround, chosen], 13).map((p) => p.node)).not.toContain('chosen');
  });

  it('places the labels that matter most first, where they prefer to go', () => {
    const crowd = [request('small', 0, 0, 80, 0), request('forced', 4, 2, 80, 5)];
    const placed = placeLabels(crowd, 13);
    expect(side(placed.find((p) => p.node === 'forced')!, crowd[1]!)).toBe('right');
    expect(side(placed.find((p) => p.node === 'small')!, crowd[0]!)).toBe('left');
  });

  it("puts a label left of its node where the right side would run past the canvas's edge, and right where the left would", () => {
    const nearRight = request('r', 480, 50, 60);
    const nearLeft = request('l', 20, 50, 60);
    const placed = placeLabels([nearRight, nearLeft], 13, 500);
    expect(side(placed.find((p) => p.node === 'r')!, nearRight)).toBe('left');
    expect(side(placed.find((p) => p.node === 'l')!, nearLeft)).toBe('right');
    // With no room inside on either side, it is still shown, run past the edge, rather than left out.
    expect(placeLabels([request('wide', 250, 50, 400)], 13, 500)).toHaveLength(1);
  });

  it('never puts a label where something lies over the canvas (the minimap), not even as a last resort', () => {
    const minimap = axisBox(400, 500, 0, 100);
    const beside = request('beside', 380, 50, 60);
    expect(side(placeLabels([beside], 13, 500, [minimap])[0]!, beside)).toBe('left');
    expect(placeLabels([request('under', 450, 50, 60)], 13, 500, [minimap])).toEqual([]);
    const along = { edge: 'e', x: 450, y: 50, angle: 0, width: 40, slack: 0, priority: 0 };
    expect(placeEdgeLabels([along], 11, [minimap])).toEqual([]);
  });

  it("keeps the hovered node's label right of it, where sigma's hover box shows it, whatever is there", () => {
    const hub = { ...request('hub', 100, 100, 60), fixed: true };
    const placed = placeLabels([request('other', 120, 100, 60, 5), hub], 13);
    expect(side(placed.find((p) => p.node === 'hub')!, hub)).toBe('right');
  });

  it('never lets two labels, or a label and a labelled node, overlap', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), width: fc.integer({ min: 10, max: 120 }), priority: fc.integer({ min: 0, max: 3 }), size: fc.integer({ min: 2, max: 12 }) }), { maxLength: 40 }),
      (specs) => {
        const rs = specs.map((s, i) => request(`n${i}`, s.x, s.y, s.width, s.priority, s.size));
        const placed = placeLabels(rs, 13);
        for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
        for (const p of placed) for (const r of rs) expect(overlap(p, { left: r.x - r.size, right: r.x + r.size, top: r.y - r.size, bottom: r.y + r.size })).toBe(false);
      },
    ));
  });
});

/** A 2D context that records what is written and how the canvas was turned. */
function recordingContext() {
  const texts: { text: string; angle: number; x: number; y: number }[] = [];
  let angle = 0;
  let at = { x: 0, y: 0 };
  const context = {
    canvas: {},
    save: () => undefined,
    restore: () => ((angle = 0), (at = { x: 0, y: 0 })),
    translate: (x: number, y: number) => (at = { x: at.x + x, y: at.y + y }),
    rotate: (a: number) => (angle += a),
    strokeText: () => undefined,
    fillText: (text: string) => texts.push({ text, angle, ...at }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, texts };
}

describe('edge labels', () => {
  const settings = { edgeLabelWeight: 'normal', edgeLabelSize: 11, edgeLabelFont: 'sans-serif', edgeLabelColor: { color: '#444' } } as never;

  it('are written whole along a short edge, and upright whichever way the edge runs', () => {
    for (const [sx, tx] of [[0, 40], [40, 0]] as const) {
      const { context, texts } = recordingContext();
      drawEdgeLabel(context, { label: 'expressed support for', size: 1 }, { x: sx, y: 0, size: 6 }, { x: tx, y: 10, size: 6 }, settings);
      expect(texts).toHaveLength(1);
      expect(texts[0]!.text).toBe('expressed support for');
      expect(Math.abs(texts[0]!.angle)).toBeLessThanOrEqual(Math.PI / 2);
    }
  });

  it('are written just above their edge, so that the edge does not strike them through', () => {
    for (const [sx, sy, tx, ty] of [[0, 0, 100, 0], [100, 0, 0, 0], [0, 0, 60, 80], [0, 80, 60, 0]] as const) {
      const { context, texts } = recordingContext();
      drawEdgeLabel(context, { label: 'met', size: 4 }, { x: sx, y: sy, size: 6 }, { x: tx, y: ty, size: 6 }, settings);
      const { x, y, angle } = texts[0]!;
      const [ux, uy] = [(tx - sx) / Math.hypot(tx - sx, ty - sy), (ty - sy) / Math.hypot(tx - sx, ty - sy)];
      // From the nearest point of the edge's line to the text: clear of the edge's half width and the text's half height, on the text's upper side.
      const along = (x - sx) * ux + (y - sy) * uy;
      const away = { x: x - (sx + along * ux), y: y - (sy + along * uy) };
      expect(Math.hypot(away.x, away.y)).toBeCloseTo(4 / 2 + 11 / 2 + 1);
      expect(away.x * Math.sin(angle) - away.y * Math.cos(angle)).toBeGreaterThan(0);
    }
  });

  it('are left out when the two discs touch, or when the edge has none', () => {
    const { context, texts } = recordingContext();
    drawEdgeLabel(context, { label: 'met', size: 1 }, { x: 0, y: 0, size: 6 }, { x: 8, y: 0, size: 6 }, settings);
    drawEdgeLabel(context, { label: null, size: 1 }, { x: 0, y: 0, size: 6 }, { x: 80, y: 0, size: 6 }, settings);
    expect(texts).toEqual([]);
  });
});

/** A box's corners, going round. */
function corners(b: OrientedBox): [number, number][] {
  const c = Math.cos(b.angle);
  const s = Math.sin(b.angle);
  return ([[-1, -1], [1, -1], [1, 1], [-1, 1]] as const).map(([i, j]) => [b.x + i * b.hw * c - j * b.hh * s, b.y + i * b.hw * s + j * b.hh * c]);
}

/** Whether two convex outlines overlap, by their corners and sides (another way than boxesOverlap's separating axes). */
function outlinesOverlap(p: [number, number][], q: [number, number][]): boolean {
  const inside = (pt: [number, number], poly: [number, number][]) => {
    const sides = poly.map((a, i) => {
      const b = poly[(i + 1) % poly.length]!;
      return Math.sign((b[0] - a[0]) * (pt[1] - a[1]) - (b[1] - a[1]) * (pt[0] - a[0]));
    });
    return sides.every((side) => side === sides[0] && side !== 0);
  };
  const cross = (o: number[], a: number[], b: number[]) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const sidesCross = p.some((a, i) => q.some((c, j) => {
    const b = p[(i + 1) % 4]!;
    const d = q[(j + 1) % 4]!;
    return cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
  }));
  const centre = (poly: [number, number][]): [number, number] => [(poly[0]![0] + poly[2]![0]) / 2, (poly[0]![1] + poly[2]![1]) / 2];
  return sidesCross || [...p, centre(p)].some((pt) => inside(pt, q)) || [...q, centre(q)].some((pt) => inside(pt, p));
}

describe('label boxes', () => {
  it('overlap exactly when their outlines do, turned any way', () => {
    const box = fc.record({ x: fc.double({ min: 0, max: 100, noNaN: true }), y: fc.double({ min: 0, max: 100, noNaN: true }), angle: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), hw: fc.double({ min: 1, max: 40, noNaN: true }), hh: fc.double({ min: 1, max: 10, noNaN: true }) });
    fc.assert(fc.property(box, box, (a, b) => {
      expect(boxesOverlap(a, b)).toBe(outlinesOverlap(corners(a), corners(b)));
    }), { numRuns: 2000 });
    // A diagonal label clears a box that its bounding rectangle would cover.
    expect(boxesOverlap({ x: 0, y: 0, angle: Math.PI / 4, hw: 30, hh: 5 }, axisBox(12, 30, -30, -12))).toBe(false);
  });
});

describe('placing edge labels', () => {
  const edgeRequest = (edge: string, x: number, y: number, angle: number, width: number, slack = 0, priority = 0): EdgeLabelRequest => ({ edge, x, y, angle, width, slack, priority });

  it('puts a label at the middle of its edge, else slides it along the edge, else leaves it out', () => {
    const along = edgeRequest('along', 100, 100, 0, 40, 50);
    expect(placeEdgeLabels([along], 11, [])[0]!.box).toMatchObject({ x: 100, y: 100, angle: 0 });
    // Something at the middle: the label moves along the edge as far as it must (half its slack is not enough), not off it.
    const slid = placeEdgeLabels([along], 11, [axisBox(95, 105, 95, 105)])[0]!.box;
    expect(slid.y).toBe(100);
    expect(slid.x).toBe(50);
    // A curved edge's label has no slack: only the apex.
    expect(placeEdgeLabels([edgeRequest('curved', 100, 100, 0, 40)], 11, [axisBox(95, 105, 95, 105)])).toEqual([]);
  });

  it('places selected or hovered edges first', () => {
    const placed = placeEdgeLabels([edgeRequest('plain', 100, 100, 0, 40), edgeRequest('selected', 104, 102, 0.2, 40, 0, 2)], 11, []);
    expect(placed.map((p) => p.edge)).toEqual(['selected']);
  });

  it('never lets two edge labels, or an edge label and a node or its label, overlap', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), angle: fc.double({ min: -Math.PI / 2, max: Math.PI / 2, noNaN: true }), width: fc.integer({ min: 10, max: 120 }), slack: fc.integer({ min: 0, max: 80 }), priority: fc.integer({ min: 0, max: 2 }) }), { maxLength: 40 }),
      fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), r: fc.integer({ min: 2, max: 12 }) }), { maxLength: 20 }),
      (specs, nodes) => {
        const obstacles = nodes.map((n) => axisBox(n.x - n.r, n.x + n.r, n.y - n.r, n.y + n.r));
        const placed = placeEdgeLabels(specs.map((s, i) => edgeRequest(`e${i}`, s.x, s.y, s.angle, s.width, s.slack, s.priority)), 11, obstacles);
        // Boxes that only touch do not overlap; a label at a rounded right angle may touch a box with
        // corners a hundred-millionth of a pixel across its side, so each outline is drawn that much in.
        const inset = (b: OrientedBox) => corners({ ...b, hw: b.hw - 1e-6, hh: b.hh - 1e-6 });
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) expect(outlinesOverlap(inset(a.box), inset(b.box))).toBe(false);
          for (const o of obstacles) expect(outlinesOverlap(inset(a.box), inset(o))).toBe(false);
        }
      },
    ));
  });
});
