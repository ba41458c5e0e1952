/** The Platform for wherever the renderer is running: the Electron bridge if the preload ran, else the browser. */
import { createElectronPlatform, hasElectronShell } from './electron';
import type { Platform } from '../../shared/shell/platform';
import { createWebPlatform } from './web';

let platform: Platform | null = null;

/** The one Platform instance of this page. */
export function getPlatform(): Platform {
  platform ??= hasElectronShell() ? createElectronPlatform() : createWebPlatform();
  return platform;
}

