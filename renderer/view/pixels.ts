/**
 * Drawing straight into an image's pixels, for the layers that draw thousands of dots a frame (the
 * minimap; the nodes of a layout in motion on software WebGL), where canvas calls per dot cost tens of
 * milliseconds.
 */
import { floatColor } from 'sigma/utils';

const packed = new Float32Array(1);
const packedBits = new Uint32Array(packed.buffer);
const rgbs = new Map<string, number>();

/**
 * A CSS colour's red, green and blue as the low three bytes of an image pixel (image byte order), from
 * sigma's own parse; its alpha is left out, dots being opaque. Kept below 2²⁴, the value travels
 * through calls without being boxed, and is cached per colour: this runs for every dot of every frame.
 */
export function rgbOf(colour: string): number {
  let rgb = rgbs.get(colour);
  if (rgb === undefined) {
    packed[0] = floatColor(colour);
    rgb = packedBits[0]! & 0xffffff;
    rgbs.set(colour, rgb);
  }
  return rgb;
}

/** The alpha byte of an opaque pixel. */
const OPAQUE = 0xff000000;

/** An image's pixels, one 32-bit RGBA value each, row by row. */
export interface Pixels {
  data: Uint32Array;
  width: number;
  height: number;
}

/**
 * Opaque discs to paint, in the order added, held in typed arrays kept from frame to frame: numbers
 * handed one by one to the painting loop would each be boxed, and at 10k discs a frame that garbage
 * keeps the collector busy.
 */
export class Discs {
  count = 0;
  private x = new Float64Array(256);
  private y = new Float64Array(256);
  private r = new Float64Array(256);
  private ringWidth = new Float64Array(256);
  private fill = new Uint32Array(256);
  private ring = new Uint32Array(256);

  clear(): void {
    this.count = 0;
  }

  /**
   * A disc centred at (x, y) with radius r, in pixels: colour `fill` inside, and `ring` in an outer
   * band `ringWidth` wide (none when 0), both from rgbOf.
   */
  add(x: number, y: number, r: number, fill: number, ring = fill, ringWidth = 0): void {
    if (this.count === this.x.length) this.grow();
    const i = this.count++;
    this.x[i] = x;
    this.y[i] = y;
    this.r[i] = r;
    this.ringWidth[i] = ringWidth;
    this.fill[i] = (fill | OPAQUE) >>> 0;
    this.ring[i] = (ring | OPAQUE) >>> 0;
  }

  /** Paints each pixel whose centre is inside a disc; the parts outside the image are left out. */
  paint({ data, width, height }: Pixels): void {
    for (let i = 0; i < this.count; i++) {
      const cx = this.x[i]!;
      const cy = this.y[i]!;
      const r = this.r[i]!;
      const fill = this.fill[i]!;
      const ring = this.ring[i]!;
      const outer = r * r;
      const inner = Math.max(0, r - this.ringWidth[i]!) ** 2;
      const top = Math.max(0, Math.ceil(cy - r - 0.5));
      const bottom = Math.min(height - 1, Math.floor(cy + r - 0.5));
      const left = Math.max(0, Math.ceil(cx - r - 0.5));
      const right = Math.min(width - 1, Math.floor(cx + r - 0.5));
      for (let row = top; row <= bottom; row++) {
        const dy = row + 0.5 - cy;
        const rowStart = row * width;
        for (let col = left; col <= right; col++) {
          const dx = col + 0.5 - cx;
          const d = dx * dx + dy * dy;
          if (d <= outer) data[rowStart + col] = d < inner ? fill : ring;
        }
      }
    }
  }

  private grow(): void {
    [this.x, this.y, this.r, this.ringWidth] = [grown(this.x), grown(this.y), grown(this.r), grown(this.ringWidth)];
    [this.fill, this.ring] = [grown(this.fill), grown(this.ring)];
  }
}

/** A typed array twice as long, starting with `from`. */
function grown<A extends Float64Array | Uint32Array>(from: A): A {
  const to = new (from.constructor as new (length: number) => A)(from.length * 2);
  to.set(from);
  return to;
}
