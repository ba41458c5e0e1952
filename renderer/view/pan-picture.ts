/**
 * Panning a large graph moves the picture, as map viewers do, rather than drawing the graph again in
 * every frame: the last frame drawn at rest (edges and labels included) slides with the pointer under a
 * CSS transform, which the compositor applies without sigma or WebGL, and the graph is drawn anew under
 * the new camera once the pan and its inertia end. In software WebGL, drawing even the nodes alone of a
 * 50k-node graph takes the GPU process 60 to 70 ms a frame; moving the picture keeps up with the screen.
 *
 * What the picture moves in from outside the view is drawn at the release. Anything else that changes
 * during the pan (a refresh, a zoom, the framing, the size of the canvas) has sigma draw the frame
 * itself, as for a smaller graph.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { isMoving, onceStill } from './motion';
import { discardPicking } from './picking';

/** The last frame drawn at rest: the camera and canvas size it was drawn for. */
interface RestFrame {
  camera: CameraState;
  width: number;
  height: number;
}

/** Sigma's private drawing of a frame, and its handle of the one it scheduled (sigma 3.0). */
interface Rendering {
  render(): Sigma;
  renderFrame: number | null;
}

/**
 * Has `sigma` pan by moving its last picture while `large()` says a drawn frame would be too slow.
 */
export function panAsPicture(sigma: Sigma, large: () => boolean): void {
  const captor = sigma.getMouseCaptor();
  const camera = sigma.getCamera();
  // The layers that hold the picture: not the one that takes the pointer's events, which the mouse
  // captor measures positions against.
  const canvases = () => Object.entries(sigma.getCanvases()).filter(([layer]) => layer !== 'mouse').map(([, canvas]) => canvas);
  // The moved picture must not spill over the panels around the canvas.
  sigma.getContainer().style.overflow = 'hidden';
  let rest: RestFrame | null = null;
  /** Since the rest frame, something other than the camera changed what a frame would show. */
  let stale = true;
  /** A pan by the mouse is under way, or its inertia. */
  let panning = false;
  let shifted = false;
  let watching = false;

  const refresh = sigma.refresh.bind(sigma);
  sigma.refresh = (...args: Parameters<Sigma['refresh']>) => {
    stale = true;
    return refresh(...args);
  };
  const setCustomBBox = sigma.setCustomBBox.bind(sigma);
  sigma.setCustomBBox = (...args: Parameters<Sigma['setCustomBBox']>) => {
    stale = true;
    return setCustomBBox(...args);
  };

  /** How far the picture of the rest frame moved under the current camera, in pixels; null if it cannot stand for a drawn frame. */
  const offset = (): { x: number; y: number } | null => {
    if (captor.isMouseDown && captor.draggedEvents > 0) panning = true;
    else if (!camera.isAnimated()) panning = false;
    if (!panning || stale || !rest || !large()) return null;
    const now = camera.getState();
    const { width, height } = sigma.getDimensions();
    if (now.ratio !== rest.camera.ratio || now.angle !== rest.camera.angle || width !== rest.width || height !== rest.height) return null;
    const centre = sigma.framedGraphToViewport(rest.camera, { cameraState: now });
    return { x: centre.x - width / 2, y: centre.y - height / 2 };
  };

  const move = (by: { x: number; y: number }) => {
    // What the picking layers hold was drawn under the rest frame's camera: nothing is picked until the next drawn frame.
    if (!shifted) discardPicking(sigma);
    shifted = true;
    const transform = `translate(${by.x}px, ${by.y}px)`;
    for (const canvas of canvases()) canvas.style.transform = transform;
    if (watching) return;
    watching = true;
    // A pan that ends without a camera update (the pointer held still before the release) brings no frame.
    onceStill(sigma, () => {
      watching = false;
      if (shifted) sigma.scheduleRender();
    });
  };

  const rendering = sigma as unknown as Rendering;
  const render = rendering.render.bind(sigma);
  rendering.render = () => {
    const by = offset();
    if (by) {
      if (rendering.renderFrame) cancelAnimationFrame(rendering.renderFrame);
      rendering.renderFrame = null;
      move(by);
      return sigma;
    }
    render();
    // The drawn frame reaches the screen with the picture back in place: both are in the same commit.
    if (shifted) for (const canvas of canvases()) canvas.style.transform = '';
    shifted = false;
    if (!isMoving(sigma)) {
      const { width, height } = sigma.getDimensions();
      rest = { camera: camera.getState(), width, height };
      stale = false;
    }
    return sigma;
  };
}
