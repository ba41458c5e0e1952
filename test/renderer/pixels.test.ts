import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paintDisc, type Pixels } from '../../renderer/view/pixels';

const FILL = 0xff0000ff;
const RING = 0xff00ff00;

function image(width: number, height: number): Pixels {
  return { data: new Uint32Array(width * height), width, height };
}

/** The painted pixels, as "column,row" → colour. */
function painted({ data, width }: Pixels): Map<string, number> {
  const out = new Map<string, number>();
  data.forEach((v, i) => v && out.set(`${i % width},${Math.floor(i / width)}`, v));
  return out;
}

describe('paintDisc', () => {
  it('paints exactly the pixels whose centres lie inside the disc, clipped to the image', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 40, noNaN: true }),
        fc.double({ min: -10, max: 30, noNaN: true }),
        fc.double({ min: 0.2, max: 12, noNaN: true }),
        (cx, cy, r) => {
          const pixels = image(30, 20);
          paintDisc(pixels, cx, cy, r, FILL);
          for (let row = 0; row < 20; row++) {
            for (let col = 0; col < 30; col++) {
              const inside = (col + 0.5 - cx) ** 2 + (row + 0.5 - cy) ** 2 <= r * r;
              expect(pixels.data[row * 30 + col]).toBe(inside ? FILL : 0);
            }
          }
        },
      ),
    );
  });

  it('rings the disc: the ring colour in the outer band, the fill within', () => {
    const pixels = image(21, 21);
    paintDisc(pixels, 10.5, 10.5, 10, FILL, RING, 2);
    const colours = painted(pixels);
    expect(colours.get('10,10')).toBe(FILL);
    expect(colours.get('10,3')).toBe(FILL);
    expect(colours.get('10,1')).toBe(RING);
    expect(colours.get('0,10')).toBe(RING);
    expect(colours.has('0,0')).toBe(false);
  });

  it('leaves the image alone for a disc entirely outside it', () => {
    const pixels = image(10, 10);
    paintDisc(pixels, -5, 5, 3, FILL);
    paintDisc(pixels, 5, 14, 3, FILL);
    expect(painted(pixels).size).toBe(0);
  });
});
