/**
 * Menu-command dispatch: the native menu, web mode's menu bar, toolbar buttons and keyboard
 * shortcuts all end here, so one command does the same thing whichever way it was asked for.
 */
import type { MenuCommand } from '../../shared/shell/platform';

type Handler = () => void | Promise<void>;

export class Actions {
  private readonly handlers = new Map<MenuCommand, Handler>();
  private readonly errorListeners = new Set<(error: unknown) => void>();

  /** Registers the handler for a command (the shell's project/documents controllers register file.*). */
  register(command: MenuCommand, handler: Handler): () => void {
    this.handlers.set(command, handler);
    return () => {
      if (this.handlers.get(command) === handler) this.handlers.delete(command);
    };
  }

  has(command: MenuCommand): boolean {
    return this.handlers.has(command);
  }

  /** Runs a command; failures go to the error listeners (the status bar) instead of vanishing. */
  async run(command: MenuCommand): Promise<void> {
    const handler = this.handlers.get(command);
    if (!handler) return;
    try {
      await handler();
    } catch (error) {
      for (const fn of this.errorListeners) fn(error);
    }
  }

  onError(fn: (error: unknown) => void): () => void {
    this.errorListeners.add(fn);
    return () => this.errorListeners.delete(fn);
  }
}
