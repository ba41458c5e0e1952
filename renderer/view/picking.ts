/**
 * Sigma finds what is under the pointer by reading one pixel of its picking layers: the scene drawn a
 * second time, offscreen, with each item's id for a colour. It draws them with every frame, which costs
 * software WebGL a third of a 10k-node frame, though only pointer events read them. Here a program
 * draws its picking pass when the next read comes, if one does before the next frame.
 *
 * The picking pass draws every edge at least EDGE_PICKING_WIDTH pixels wide, so that an edge can be
 * hovered and clicked from a few pixels away, not only on its one or two drawn pixels.
 *
 * A read also makes the page wait until the GPU has finished the frame. While the button is held (a
 * drag of the stage or a node, from its first move), sigma would read on every move to update the
 * hover, which cannot change then; those reads keep the hover as it is instead. A hover changed there
 * would also re-process the graph in the middle of the drag.
 */
import type Sigma from 'sigma';
import type { ProgramInfo } from 'sigma/rendering';
import type { Coordinates, RenderParams } from 'sigma/types';

/** The smallest width of an edge in the picking pass, in pixels: 7 to either side of the line. */
export const EDGE_PICKING_WIDTH = 18;

/** Picking passes waiting for a read, in the order the frame drew them, per renderer that reads on demand. */
const pending = new WeakMap<Sigma, (() => void)[]>();

/** Sigma's Program, as far as this wrapper touches it. */
interface ProgramInstance {
  renderer: Sigma;
  pickProgram: ProgramInfo | null;
  hasNothingToRender(): boolean;
  render(params: RenderParams): void;
  bindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
}

type ProgramClass = new (...args: never[]) => ProgramInstance;

/** The same program, leaving its picking pass for the next read (drawn at once for a renderer that does not read on demand, such as an image export's). */
export function pickedOnDemand<P>(Program: P): P {
  const Base = Program as unknown as ProgramClass;

  class PickedOnDemand extends Base {
    override render(params: RenderParams): void {
      const queue = pending.get(this.renderer);
      const pick = this.pickProgram;
      if (!queue || !pick || this.hasNothingToRender()) return super.render(params);
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
      queue.push(() => this.renderPicking(pick, params));
    }

    /** Sigma's own picking pass (from Program.render), at the picking layer's reduced resolution. */
    private renderPicking(pick: ProgramInfo, params: RenderParams): void {
      const pixelRatio = params.pixelRatio / params.downSizingRatio;
      pick.gl.viewport(0, 0, params.width * pixelRatio, params.height * pixelRatio);
      this.bindProgram(pick);
      this.renderProgram({ ...params, pixelRatio, minEdgeThickness: Math.max(params.minEdgeThickness, EDGE_PICKING_WIDTH) }, pick);
      this.unbindProgram(pick);
    }
  }
  return PickedOnDemand as P;
}

/** Sigma's private members that read the picking layers and hold the hover (sigma 3.0). */
interface PickingReads {
  getNodeAtPosition(position: Coordinates): string | null;
  getEdgeAtPoint(x: number, y: number): string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
}

/**
 * Makes `sigma`'s programs leave their picking passes for the next read, and draws them before it.
 * Sigma clears the picking layers at the start of each frame, so a frame's passes are drawn at most once
 * and never onto a later frame.
 */
export function readPickingOnDemand(sigma: Sigma): void {
  const queue: (() => void)[] = [];
  pending.set(sigma, queue);
  sigma.on('beforeRender', () => {
    queue.length = 0;
  });
  const drawPending = () => {
    for (const draw of queue.splice(0)) draw();
  };
  const captor = sigma.getMouseCaptor();
  // From the press (once sigma has read what it is on) to the release, which reads again.
  let pressed = false;
  captor.on('mousedown', () => (pressed = true));
  captor.on('mouseup', () => (pressed = false));
  const dragging = () => captor.isMouseDown && pressed;
  const reads = sigma as unknown as PickingReads;
  const nodeAt = reads.getNodeAtPosition.bind(sigma);
  const edgeAt = reads.getEdgeAtPoint.bind(sigma);
  reads.getNodeAtPosition = (position) => {
    if (dragging()) return reads.hoveredNode;
    drawPending();
    return nodeAt(position);
  };
  reads.getEdgeAtPoint = (x, y) => {
    if (dragging()) return reads.hoveredEdge;
    drawPending();
    return edgeAt(x, y);
  };
}

/** Sigma's private picking layers and the call that clears one (sigma 3.0). */
interface PickingLayers {
  pickingLayers: Set<string>;
  resetWebGLTexture(layer: string): unknown;
}

/**
 * Forgets what the picking layers hold and the passes waiting to be drawn, so that nothing is picked
 * until the next frame: for when the picture on screen no longer matches the frame they were drawn for.
 */
export function discardPicking(sigma: Sigma): void {
  pending.get(sigma)?.splice(0);
  const layers = sigma as unknown as Partial<PickingLayers>;
  if (!layers.pickingLayers || typeof layers.resetWebGLTexture !== 'function') return;
  for (const layer of layers.pickingLayers) layers.resetWebGLTexture(layer);
}
