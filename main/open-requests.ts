/**
 * Files the app is asked to open from outside: its command line, a second launch (whose command line
 * the single-instance lock hands over) and the OS (macOS `open-file`). Requests wait until the page
 * has started and asks for them; after that they go straight to it.
 */
import { resolve } from 'node:path';
import { isOpenablePath } from './project-store';

/**
 * The files named on a command line: arguments that are not switches and name a file Relata opens,
 * resolved against the launching shell's folder. Electron's own arguments (the executable, the app
 * folder in development, Chromium switches) never match.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && isOpenablePath(arg)).map((arg) => resolve(cwd, arg));
}

export class OpenRequests {
  private pending: string[] = [];
  private deliver: ((path: string) => void) | null = null;

  add(path: string): void {
    if (this.deliver) this.deliver(path);
    else this.pending.push(path);
  }

  /** The page asks for what came before it was ready; later requests go to `deliver`. */
  take(deliver: (path: string) => void): string[] {
    this.deliver = deliver;
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** The page is gone (closed, crashed, reloading): hold requests until the next one asks. */
  pause(): void {
    this.deliver = null;
  }
}
