/**
 * What the window shows when the explorer cannot start, instead of a blank page: most often WebGL is
 * unavailable (no usable GPU, a blocklisted driver, WebGL turned off, software rendering refused).
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
