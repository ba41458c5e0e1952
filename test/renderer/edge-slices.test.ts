import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installWebGLConstants } from './fake-gl';
import { build, fakeSigma, PARAMS } from './fake-sigma';

let EDGE_PROGRAMS: typeof import('../../renderer/view/programs').EDGE_PROGRAMS;
let sliceEdgeDrawing: typeof import('../../renderer/view/edge-slices').sliceEdgeDrawing;

beforeAll(async () => {
  installWebGLConstants();
  ({ EDGE_PROGRAMS } = await import('../../renderer/view/programs'));
  ({ sliceEdgeDrawing } = await import('../../renderer/view/edge-slices'));
});

afterEach(() => {
  vi.useRealTimers();
});

/** An undirected edge between two nodes, as sigma hands it to a program: source, target, the edge. */
const EDGE = [{ x: 0, y: 0, size: 2 }, { x: 10, y: 5, size: 2 }, { size: 1.5, color: '#b9bfc8' }];
/** More edges than the first slice takes (20 ms at 5 µs an edge). */
const EDGES = 9_000;

/** A sigma whose frames leave their edges to slices, its edge layer, and an edge program of it. */
function slicing() {
  const sigma = fakeSigma();
  const layer = sigma.getCanvases().edges!.style as { visibility?: string };
  const slicer = sliceEdgeDrawing(sigma as never);
  slicer.sliceNextFrame();
  const built = build(EDGE_PROGRAMS.line, sigma, Array.from({ length: EDGES }, () => EDGE));
  const vertices = (built.program as unknown as { array: Float32Array }).array;
  /** Sigma's frame: its events around the program's draw. */
  const frame = () => {
    sigma.emit('beforeRender');
    built.program.render(PARAMS);
    sigma.emit('afterRender');
  };
  /** Whether item i's vertices are written. */
  const written = (i: number) => vertices.subarray((i * vertices.length) / EDGES, ((i + 1) * vertices.length) / EDGES).some((v) => v !== 0);
  /** The vertices a draw call of the canvas (not the picking pass) drew, in all. */
  const drawn = () => built.draws.filter((d) => d.framebuffer === null).reduce((sum, d) => sum + d.count, 0);
  return { sigma, slicer, layer, frame, written, drawn, draws: built.draws };
}

describe('edges drawn in slices', () => {
  it("leaves a frame's edges, and their processing, to slices over several tasks that draw each of them once, into the edge layer, out of sight until the last", async () => {
    vi.useFakeTimers();
    const { slicer, layer, frame, written, drawn, draws } = slicing();
    expect(written(0) || written(EDGES - 1)).toBe(false);
    frame();
    expect(draws).toEqual([]);
    expect(layer.visibility).toBe('hidden');

    const complete = slicer.complete();
    await vi.advanceTimersToNextTimerAsync();
    // The first slice: processed and drawn; the rest waits for the next task.
    expect(written(0)).toBe(true);
    expect(written(EDGES - 1)).toBe(false);
    expect(layer.visibility).toBe('hidden');
    await vi.runAllTimersAsync();
    await complete;
    expect(written(EDGES - 1)).toBe(true);
    const slices = draws.length;
    expect(slices).toBeGreaterThan(1);
    expect(layer.visibility).toBe('');

    // A frame of its own draws them all at once: as many vertices as the slices drew together.
    const sliced = drawn();
    frame();
    expect(layer.visibility).toBe('');
    expect(drawn() - sliced).toBe(sliced);
  });

  it('has a frame drawn before the last slice slice its edges anew, and a frame after it draw every edge, processed', async () => {
    vi.useFakeTimers();
    const { layer, frame, written, drawn, draws } = slicing();
    frame();
    await vi.advanceTimersToNextTimerAsync();
    const firstSlice = draws.length;
    expect(written(EDGES - 1)).toBe(false);

    // The edges were not on screen yet: the new frame leaves them to slices too.
    frame();
    expect(draws.length).toBe(firstSlice);
    expect(layer.visibility).toBe('hidden');
    await vi.runAllTimersAsync();
    expect(written(EDGES - 1)).toBe(true);
    expect(layer.visibility).toBe('');

    const sliced = drawn();
    frame();
    expect(drawn() - sliced).toBeGreaterThan(0);
    expect(layer.visibility).toBe('');
  });
});
