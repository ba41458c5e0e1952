/** Linear undo/redo over Commands, with a change event for menus and views. */
import type { KnowledgeGraph } from '../schema';
import type { Command } from './command';

type Listener = () => void;

/** Runs commands against one graph and keeps them for undo; a new edit drops the redo branch. */
export class History {
  private done: Command[] = [];
  private undone: Command[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly graph: KnowledgeGraph) {}

  /** Applies the command and records it. If it throws, nothing is recorded. */
  execute(command: Command): void {
    command.apply(this.graph);
    this.done.push(command);
    this.undone = [];
    this.emit();
  }

  /** Takes back the last edit; returns it, or null when there is nothing to undo. */
  undo(): Command | null {
    const command = this.done.pop();
    if (!command) return null;
    command.undo(this.graph);
    this.undone.push(command);
    this.emit();
    return command;
  }

  /** Re-applies the last undone edit; returns it, or null when there is nothing to redo. */
  redo(): Command | null {
    const command = this.undone.pop();
    if (!command) return null;
    command.apply(this.graph);
    this.done.push(command);
    this.emit();
    return command;
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of the edit undo would take back, for the Edit menu. */
  undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  /** Forgets every edit (after loading another project). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  /** Calls `fn` after every execute/undo/redo/clear; returns the unsubscribe function. */
  on(event: 'change', fn: Listener): () => void {
    if (event !== 'change') throw new Error(`History has no "${String(event)}" event; listen to "change".`);
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
