/**
 * The parts of a sigma renderer that the canvas's program wrappers use (events, mouse captor, camera,
 * picking reads, hover, layers), with the canvas's programs built against it on a fake WebGL context.
 */
import type { RenderParams } from 'sigma/types';
import { fakeGL, type FakeGL } from './fake-gl';

export const PARAMS: RenderParams = {
  width: 100, height: 80, sizeRatio: 1, zoomRatio: 1, pixelRatio: 1, cameraAngle: 0, correctionRatio: 1,
  matrix: new Float32Array(9), invMatrix: new Float32Array(9), downSizingRatio: 2, minEdgeThickness: 1.7, antiAliasingFeather: 1,
};

/** The framebuffer sigma gives each program for its picking pass. */
export const PICKING = { picking: true };

export interface FakeSigma {
  on(event: string, fn: () => void): void;
  emit(event: string): void;
  getMouseCaptor(): {
    isMouseDown: boolean;
    draggedEvents: number;
    isMoving: boolean;
    currentWheelDirection: number;
    on(event: string, fn: () => void): void;
    emit(event: string): void;
  };
  getCamera(): { animated: boolean; isAnimated(): boolean };
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  getEdgeAtPoint(x: number, y: number): string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  scheduleRender(): void;
  /** Sigma's layers, as far as their visibility goes. */
  getCanvases(): Record<string, { style: { display: string } }>;
  /** The reads that reached sigma's own picking code. */
  reads: string[];
  /** How many renders were scheduled. */
  scheduled: number;
}

/** on/emit over a map of listeners. */
function emitter() {
  const listeners = new Map<string, (() => void)[]>();
  return {
    on: (event: string, fn: () => void) => void listeners.set(event, [...(listeners.get(event) ?? []), fn]),
    emit: (event: string) => listeners.get(event)?.forEach((fn) => fn()),
  };
}

export function fakeSigma(): FakeSigma {
  const captor = { isMouseDown: false, draggedEvents: 0, isMoving: false, currentWheelDirection: 0, ...emitter() };
  const camera = { animated: false, isAnimated: () => camera.animated };
  const reads: string[] = [];
  const canvases = Object.fromEntries(['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'].map((id) => [id, { style: { display: '' } }]));
  const sigma: FakeSigma = {
    ...emitter(),
    getMouseCaptor: () => captor,
    getCamera: () => camera,
    getNodeAtPosition: () => (reads.push('node'), 'under the pointer'),
    getEdgeAtPoint: () => (reads.push('edge'), null),
    hoveredNode: 'hovered',
    hoveredEdge: null,
    scheduleRender: () => void sigma.scheduled++,
    getCanvases: () => canvases,
    reads,
    scheduled: 0,
  };
  return sigma;
}

export interface Drawable {
  reallocate(capacity: number): void;
  process(...args: unknown[]): void;
  render(params: RenderParams): void;
}

/** A program of `Program` for `sigma`, on its own fake context, holding `items` processed items. */
export function build(Program: unknown, sigma: FakeSigma, items: unknown[][]): { program: Drawable } & FakeGL {
  const context = fakeGL();
  const program = new (Program as new (...args: unknown[]) => Drawable)(context.gl, PICKING, sigma);
  program.reallocate(items.length);
  items.forEach((item, offset) => program.process(offset + 1, offset, ...item));
  return { program, ...context };
}
