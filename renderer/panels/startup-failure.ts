/**
 * What the window shows when the graph cannot be drawn, instead of a blank or frozen canvas: at start,
 * most often because WebGL is unavailable (no usable GPU, a blocklisted driver, WebGL turned off,
 * software rendering refused); later, because the graphics driver took WebGL away (a reset, a crash).
 */
import { h, fill } from './dom';

/** True when neither WebGL 2 nor WebGL 1 can be started here (what sigma needs). */
export function webglUnavailable(): boolean {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return true;
  // Give the probe's context back at once: browsers cap how many a page may hold.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return false;
}

const WEBGL_HINTS: Record<'electron' | 'web', string[]> = {
  electron: [
    'Update your graphics driver, then start Relata again.',
    'On a virtual machine or remote desktop, turn on 3D acceleration, or make sure software rendering (SwiftShader) is not disabled by policy.',
  ],
  web: [
    'Turn on hardware acceleration in your browser’s settings and restart the browser.',
    'Check that WebGL is not disabled (chrome://gpu in Chrome or Chromium, about:support in Firefox), or try another browser.',
  ],
};

const RESTART: Record<'electron' | 'web', string> = {
  electron: 'Save your work (File › Save), then quit Relata and start it again. If it happens again, start Relata with the environment variable RELATA_DISABLE_GPU=1, which draws without the graphics card.',
  web: 'Save your work, then reload the page. If it happens again, try another browser, or turn hardware acceleration off in this one.',
};

/**
 * Calls `lost` once when the graphics driver takes a WebGL context of the canvases in `container` away.
 * Sigma cannot rebuild its programs on a restored context, so nothing asks for one back.
 */
export function onWebglLost(container: HTMLElement, lost: () => void): void {
  // The event does not bubble: a capturing listener on the container hears it from every layer.
  container.addEventListener('webglcontextlost', () => lost(), { capture: true, once: true });
}

/** Covers the graph's stage with a message once it can no longer be drawn; the panels, menus and Save still work. */
export function showDrawingLost(stage: HTMLElement, shell: 'electron' | 'web'): void {
  stage.append(h('section', { class: 'startup-failure drawing-lost', role: 'alert' },
    h('h1', {}, 'Relata can no longer draw the graph'),
    h('p', {}, 'The graphics driver stopped WebGL, which draws the graph (it was reset, or it crashed). Your project is not affected: every node, edit and undo step is still here.'),
    h('p', {}, RESTART[shell])));
}

/** Replaces the app's root with a message saying why it cannot start and what to try. */
export function showStartupFailure(root: HTMLElement, shell: 'electron' | 'web', cause: 'webgl' | Error): void {
  const webgl = cause === 'webgl';
  fill(root, h('section', { class: 'startup-failure', role: 'alert' },
    h('h1', {}, webgl ? 'Relata cannot draw the graph on this computer' : 'Relata could not start'),
    h('p', {}, webgl
      ? 'The graph is drawn with WebGL, and this window could not start it: the graphics driver is missing or blocked, or WebGL is turned off.'
      : `Something went wrong while starting: ${cause.message}`),
    webgl ? h('ul', {}, WEBGL_HINTS[shell].map((hint) => h('li', {}, hint))) : null,
    h('p', { class: 'muted' }, 'Nothing was lost: unsaved work stays in its recovery copy and is offered again the next time Relata starts.')));
}
