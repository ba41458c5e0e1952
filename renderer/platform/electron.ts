/** The Platform in the desktop app: the operations the preload exposes as `window.relataShell`. */
import type { Platform } from '../../shared/shell/platform';

declare global {
  interface Window {
    relataShell?: Omit<Platform, 'kind'>;
  }
}

/** True inside the Electron window (the preload ran). */
export function hasElectronShell(): boolean {
  return typeof window !== 'undefined' && window.relataShell !== undefined;
}

export function createElectronPlatform(): Platform {
  const shell = window.relataShell;
  if (!shell) throw new Error('The desktop shell bridge is missing: the preload script did not run.');
  return { kind: 'electron', ...shell };
}
