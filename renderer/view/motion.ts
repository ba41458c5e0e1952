/**
 * While the camera, a dragged node or a layout on a large graph moves, the canvas draws nodes only, as
 * Gephi Lite does: edges are most of a frame's cost (at 10k nodes and 30k edges in software WebGL,
 * 0.3 s of a 0.35 s frame).
 *
 * Sigma's own hideEdgesOnMove does the same, but makes sure of the redraw after a drag by re-running
 * every reducer and re-processing every item (a quarter of a second at 10k nodes, in the middle of
 * the inertia that follows a pan). Only a redraw is needed: redrawWhenStill makes sure of it after
 * any move.
 */
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';

/**
 * How a layout in motion on a large graph is drawn: its nodes by WebGL, or by the CPU (cpu-nodes.ts),
 * and its edges not at all (GraphCanvas.showLayoutMotion).
 */
export type LayoutDrawing = 'webgl' | 'cpu';

const layoutsInMotion = new WeakMap<Sigma, LayoutDrawing>();

/**
 * Marks a layout moving the nodes without their edges, or (null) the end of it. The layers that show
 * nothing meanwhile leave the page: sigma clears each of them in every frame, and software compositing
 * then reads each WebGL one back from the GPU process. The hover layer goes too, its nodes being drawn
 * with the others anyway. Sigma's node layer gives way to the CPU's only when that one has painted
 * (cpu-nodes.ts): in between, a frame would show no nodes.
 */
export function setLayoutInMotion(sigma: Sigma, drawing: LayoutDrawing | null): void {
  // A layout says so with every frame; the page's styles change only when the drawing does (sigma
  // measures its container in each frame, which would lay the page out again).
  if ((layoutsInMotion.get(sigma) ?? null) === drawing) return;
  if (drawing) layoutsInMotion.set(sigma, drawing);
  else layoutsInMotion.delete(sigma);
  const { edges, edgeLabels, hoverNodes } = sigma.getCanvases();
  for (const canvas of [edges, edgeLabels, hoverNodes]) if (canvas) canvas.style.display = drawing ? 'none' : '';
}

/** Whether the CPU draws the nodes of a layout in motion. */
export function nodesOnCpu(sigma: Sigma): boolean {
  return layoutsInMotion.get(sigma) === 'cpu';
}

/**
 * Whether sigma is drawing a moving frame: a layout's, or by sigma's own test (Sigma.render in sigma
 * 3.0), which also decides hideLabelsOnMove.
 */
export function isMoving(sigma: Sigma): boolean {
  const captor = sigma.getMouseCaptor();
  return layoutsInMotion.has(sigma) || sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/** Sigma's Program, as far as this wrapper touches it. */
interface ProgramInstance {
  renderer: Sigma;
  render(params: RenderParams): void;
}

type ProgramClass = new (...args: never[]) => ProgramInstance;

/** The same program, drawing nothing in a frame where `skip` holds. */
function hiddenWhen<P>(Program: P, skip: (sigma: Sigma) => boolean): P {
  const Base = Program as unknown as ProgramClass;

  class HiddenWhen extends Base {
    override render(params: RenderParams): void {
      if (!skip(this.renderer)) super.render(params);
    }
  }
  return HiddenWhen as P;
}

/** The same (edge) program, drawing nothing in a moving frame. */
export const hiddenWhileMoving = <P>(Program: P): P => hiddenWhen(Program, isMoving);

/** The same (node) program, drawing nothing while the CPU draws the nodes. */
export const hiddenWhileOnCpu = <P>(Program: P): P => hiddenWhen(Program, nodesOnCpu);

/** Sigma's private step that draws the edge labels (sigma 3.0). */
interface EdgeLabelStep {
  renderEdgeLabels(): unknown;
}

/**
 * Has sigma leave out the edge labels while a layout moves the nodes without their edges: their layer
 * is out of the page then, and finding them walks every edge in every frame (30k edges: 3 ms of a
 * 20 ms frame).
 */
export function skipEdgeLabelsInLayoutMotion(sigma: Sigma): void {
  const step = sigma as unknown as EdgeLabelStep;
  if (typeof step.renderEdgeLabels !== 'function') return;
  const draw = step.renderEdgeLabels.bind(sigma);
  step.renderEdgeLabels = () => (layoutsInMotion.has(sigma) ? sigma : draw());
}

/**
 * Makes sure the last frame on screen is never a moving one: after a moving frame, once nothing moves
 * any more, draws again unless a frame at rest came first. The end of a move does not always bring a
 * frame: sigma counts a drag until a timeout after the mouseup, and a camera animation that changes
 * nothing (zoom to fit, already fitted) draws nothing, though a frame drawn meanwhile was a moving one.
 */
export function redrawWhenStill(sigma: Sigma): void {
  let movingFrameShown = false;
  let watching = false;
  sigma.on('afterRender', () => {
    movingFrameShown = isMoving(sigma);
    if (movingFrameShown && !watching) {
      watching = true;
      onceStill(sigma, () => {
        watching = false;
        if (movingFrameShown) sigma.scheduleRender();
      });
    }
  });
}

/** Calls `then` in the first animation frame where nothing moves any more. */
export function onceStill(sigma: Sigma, then: () => void): void {
  const watch = () => (isMoving(sigma) ? requestAnimationFrame(watch) : then());
  requestAnimationFrame(watch);
}
