/**
 * Ctrl+C for a long command: the first stops the work cleanly (workers ended, no output file, temp
 * files removed) and the command exits with 130, as a shell expects; a second one exits at once.
 */

/** The work was stopped by Ctrl+C. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor() {
    super('cancelled (Ctrl+C); nothing was written');
  }
}

export class Interrupt {
  private handlers: Array<() => void> = [];
  private stopped = false;

  constructor() {
    process.on('SIGINT', () => {
      if (this.stopped) process.exit(130);
      this.stopped = true;
      for (const handler of this.handlers.splice(0)) handler();
    });
  }

  /** True once Ctrl+C was pressed. */
  get requested(): boolean {
    return this.stopped;
  }

  /** Runs `handler` on Ctrl+C (at once if it was already pressed). */
  onInterrupt(handler: () => void): void {
    if (this.stopped) handler();
    else this.handlers.push(handler);
  }

  /** Throws Interrupted if Ctrl+C was pressed: called between the steps of the work. */
  check(): void {
    if (this.stopped) throw new Interrupted();
  }
}

/** Runs a command's main: a failure is one line on stderr and exit 1, Ctrl+C exit 130. */
export function runCommand(name: string, main: (argv: string[], interrupt: Interrupt) => Promise<void>): void {
  const interrupt = new Interrupt();
  main(process.argv.slice(2), interrupt).then(
    () => process.exit(0),
    (error: unknown) => {
      // Whatever the work was doing when it stopped, Ctrl+C is the reason.
      const reason = interrupt.requested ? new Interrupted() : error;
      const message = reason instanceof Error ? reason.message : String(reason);
      console.error(`relata ${name}: ${message.replace(/\s*\n\s*/g, ' ')}`);
      process.exit(interrupt.requested ? 130 : 1);
    },
  );
}
