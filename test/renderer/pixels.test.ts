import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Discs, rgbOf, type Pixels } from '../../renderer/view/pixels';

// Colours as rgbOf gives them (red in the lowest byte), and as painted, opaque.
const FILL = 0x0000ff;
const RING = 0x00ff00;
const opaque = (rgb: number) => (rgb | 0xff000000) >>> 0;

function image(width: number, height: number): Pixels {
  return { data: new Uint32Array(width * height), width, height };
}

/** Paints discs, each [cx, cy, r, fill, ring?, ringWidth?], in that order. */
function paint(pixels: Pixels, ...discs: [number, number, number, number, number?, number?][]): void {
  const batch = new Discs();
  for (const disc of discs) batch.add(...disc);
  batch.paint(pixels);
}

/** The painted pixels, as "column,row" → colour. */
function painted({ data, width }: Pixels): Map<string, number> {
  const out = new Map<string, number>();
  data.forEach((v, i) => v && out.set(`${i % width},${Math.floor(i / width)}`, v));
  return out;
}

describe('Discs', () => {
  it('paints exactly the pixels whose centres lie inside the disc, clipped to the image', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 40, noNaN: true }),
        fc.double({ min: -10, max: 30, noNaN: true }),
        fc.double({ min: 0.2, max: 12, noNaN: true }),
        (cx, cy, r) => {
          const pixels = image(30, 20);
          paint(pixels, [cx, cy, r, FILL]);
          for (let row = 0; row < 20; row++) {
            for (let col = 0; col < 30; col++) {
              const inside = (col + 0.5 - cx) ** 2 + (row + 0.5 - cy) ** 2 <= r * r;
              expect(pixels.data[row * 30 + col]).toBe(inside ? opaque(FILL) : 0);
            }
          }
        },
      ),
    );
  });

  it('rings the disc: the ring colour in the outer band, the fill within', () => {
    const pixels = image(21, 21);
    paint(pixels, [10.5, 10.5, 10, FILL, RING, 2]);
    const colours = painted(pixels);
    expect(colours.get('10,10')).toBe(opaque(FILL));
    expect(colours.get('10,3')).toBe(opaque(FILL));
    expect(colours.get('10,1')).toBe(opaque(RING));
    expect(colours.get('0,10')).toBe(opaque(RING));
    expect(colours.has('0,0')).toBe(false);
  });

  it('leaves the image alone for a disc entirely outside it', () => {
    const pixels = image(10, 10);
    paint(pixels, [-5, 5, 3, FILL], [5, 14, 3, FILL]);
    expect(painted(pixels).size).toBe(0);
  });
});

describe('Discs, many', () => {
  it('paints them in the order added, the later over the earlier, however many there are', () => {
    const pixels = image(600, 1);
    const discs = new Discs();
    for (let i = 0; i < 600; i++) discs.add(i + 0.5, 0.5, 0.5, i % 7);
    discs.add(300.5, 0.5, 3, RING);
    discs.paint(pixels);
    expect(pixels.data[0]).toBe(opaque(0));
    expect(pixels.data[599]).toBe(opaque(599 % 7));
    expect([...pixels.data.slice(298, 304)]).toEqual([0, 0, 0, 0, 0, 0].map(() => opaque(RING)));
    discs.clear();
    expect(discs.count).toBe(0);
  });
});

describe('rgbOf', () => {
  it('gives a colour as the bytes of an image pixel, without alpha', () => {
    const bytes = (rgb: number) => [...new Uint8Array(new Uint32Array([rgb]).buffer)];
    expect(bytes(rgbOf('#ff8000'))).toEqual([255, 128, 0, 0]);
    expect(bytes(rgbOf('rgba(10, 20, 30, 0.5)'))).toEqual([10, 20, 30, 0]);
    expect(rgbOf('#FF8000')).toBe(rgbOf('#ff8000'));
  });
});
