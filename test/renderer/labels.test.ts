import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelRequest, PlacedLabel } from '../../renderer/view/labels';
import { installWebGLConstants } from './fake-gl';

let placeLabels: typeof import('../../renderer/view/labels').placeLabels;
let drawEdgeLabel: typeof import('../../renderer/view/labels').drawEdgeLabel;

beforeAll(async () => {
  installWebGLConstants();
  ({ placeLabels, drawEdgeLabel } = await import('../../renderer/view/labels'));
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
    const dm = request('dm', 100, 50, 110);
    const us = request('us', 130, 50, 90);
    const placed = placeLabels([dm, us], 13);
    expect(placed).toHaveLength(2);
    expect(side(placed.find((p) => p.node === 'dm')!, dm)).toBe('left');
    expect(side(placed.find((p) => p.node === 'us')!, us)).toBe('right');
    // A third node between them on the same row has room on neither side.
    expect(placeLabels([dm, us, request('mid', 115, 50, 40)], 13).map((p) => p.node).sort()).toEqual(['dm', 'us']);
  });

  it('places the labels that matter most first, where they prefer to go', () => {
    const crowd = [request('small', 0, 0, 80, 0), request('forced', 4, 2, 80, 5)];
    const placed = placeLabels(crowd, 13);
    expect(side(placed.find((p) => p.node === 'forced')!, crowd[1]!)).toBe('right');
    expect(side(placed.find((p) => p.node === 'small')!, crowd[0]!)).toBe('left');
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
  const texts: { text: string; angle: number }[] = [];
  let angle = 0;
  const context = {
    canvas: {},
    save: () => undefined,
    restore: () => (angle = 0),
    translate: () => undefined,
    rotate: (a: number) => (angle += a),
    strokeText: () => undefined,
    fillText: (text: string) => texts.push({ text, angle }),
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

  it('are left out when the two discs touch, or when the edge has none', () => {
    const { context, texts } = recordingContext();
    drawEdgeLabel(context, { label: 'met', size: 1 }, { x: 0, y: 0, size: 6 }, { x: 8, y: 0, size: 6 }, settings);
    drawEdgeLabel(context, { label: null, size: 1 }, { x: 0, y: 0, size: 6 }, { x: 80, y: 0, size: 6 }, settings);
    expect(texts).toEqual([]);
  });
});
