/**
 * Drawing straight into an image's pixels, for the layers that draw thousands of dots a frame (the
 * minimap; the nodes of a layout in motion on software WebGL), where canvas calls per dot cost tens of
 * milliseconds.
 */
import { floatColor } from 'sigma/utils';

const packed = new Float32Array(1);
const packedBits = new Uint32Array(packed.buffer);

/**
 * A CSS colour as an image pixel: sigma's own parse (cached per colour) packs the RGBA bytes into a
 * float, in image byte order, with the lowest bit of alpha masked, which is put back here.
 */
export function pixelOf(colour: string): number {
  packed[0] = floatColor(colour);
  return (packedBits[0]! | 0x01000000) >>> 0;
}

/** An image's pixels, one 32-bit RGBA value each, row by row. */
export interface Pixels {
  data: Uint32Array;
  width: number;
  height: number;
}

/**
 * Paints a disc centred at (cx, cy) with radius r, in pixels: `fill` inside, and `ring` in an outer
 * band `ringWidth` wide (none when 0). A pixel is painted when its centre is inside; the parts outside
 * the image are left out.
 */
export function paintDisc({ data, width, height }: Pixels, cx: number, cy: number, r: number, fill: number, ring = fill, ringWidth = 0): void {
  const outer = r * r;
  const inner = Math.max(0, r - ringWidth) ** 2;
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
