/**
 * The layout commands the toolbar and menus call: one-shot layouts animate to their targets and are
 * then committed as one undoable command; ForceAtlas2 runs live in a worker until stopped, and the whole
 * run is committed as one command. Pinned nodes never move. Until the command, the positions are in
 * motion (live-positions.ts) and the host draws them.
 */
import type { Command } from '../../shared/graph/commands/command';
import { SetPositionsCommand, type Positions } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { ONE_SHOT_LAYOUTS, type OneShotLayout } from '../../shared/layout/collection';
import type { BoxOptions } from '../../shared/layout/overlap';
import { animatePositions } from './animate';
import { ForceAtlas2Run } from './forceatlas2';
import { writePositions } from './live-positions';

export interface LayoutHost {
  readonly graph: KnowledgeGraph;
  /** Runs the command through the undo history (Workspace.execute). */
  execute(command: Command): void;
  /**
   * Draws positions in motion: `true` when a layout starts and after each frame of them was written
   * into the graph, `false` once they are still, before the command that commits them runs (or none,
   * for a cancelled layout).
   */
  showMotion?(moving: boolean): void;
  /** What each node takes on screen, its label included, for removing overlaps (discs alone without it). */
  drawnBoxes?(): BoxOptions;
}

export class LayoutController {
  private fa2: ForceAtlas2Run | null = null;
  private animation: { cancel: () => void; finish: () => void; previous: Positions } | null = null;
  private seed = 1;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly host: LayoutHost,
    private readonly animationMs = 400,
  ) {}

  isForceAtlas2Running(): boolean {
    return this.fa2 !== null;
  }

  /** Starts ForceAtlas2 (stopping any other layout in progress). */
  startForceAtlas2(): void {
    if (this.fa2) return;
    this.cancelAnimation();
    this.fa2 = new ForceAtlas2Run(this.host.graph, () => this.host.showMotion?.(true));
    // Said at once too: a frame the view draws before the layout's first is already a moving one.
    this.host.showMotion?.(true);
    this.emit();
  }

  /** Stops ForceAtlas2 and commits the run as one undoable command. */
  stopForceAtlas2(): void {
    const run = this.fa2;
    if (!run) return;
    this.fa2 = null;
    const command = run.stop();
    this.host.showMotion?.(false);
    this.host.execute(command);
    this.emit();
  }

  /**
   * Brings whatever moves to rest at once, and commits it as it would have been: ForceAtlas2 stops, an
   * animation jumps to its end (a drag is starting, and must not be pulled along).
   */
  settle(): void {
    this.stopForceAtlas2();
    this.animation?.finish();
  }

  /**
   * Runs ForceAtlas2 for `ms`, then stops it (one undoable command), unless the person stopped it or
   * started something else first. A graph opened without positions is laid out this way.
   */
  runForceAtlas2For(ms: number): void {
    this.startForceAtlas2();
    const run = this.fa2;
    setTimeout(() => {
      if (this.fa2 === run) this.stopForceAtlas2();
    }, ms);
  }

  toggleForceAtlas2(): void {
    if (this.fa2) this.stopForceAtlas2();
    else this.startForceAtlas2();
  }

  /** Runs a one-shot layout: animates to it, then commits it as one command. Random gives a new layout each time. */
  async run(name: OneShotLayout): Promise<void> {
    this.stopForceAtlas2();
    this.cancelAnimation();
    const graph = this.host.graph;
    const layout = ONE_SHOT_LAYOUTS.find((l) => l.id === name);
    if (!layout) throw new Error(`Unknown layout "${name}"`);
    // Random gives a new picture each run; the others ignore the seed.
    const targets = layout.run(graph, { seed: this.seed++, boxes: this.host.drawnBoxes?.() });
    const previous: Positions = {};
    for (const node of Object.keys(targets)) {
      const { x, y } = graph.getNodeAttributes(node);
      previous[node] = { x, y };
    }
    const animation = { ...animatePositions(graph, targets, this.animationMs, () => this.host.showMotion?.(true)), previous };
    this.host.showMotion?.(true);
    this.animation = animation;
    await animation.done;
    if (this.animation !== animation) return;
    this.animation = null;
    this.host.showMotion?.(false);
    this.host.execute(new SetPositionsCommand(targets, { previous, label: `${layout.label} layout` }));
  }

  /** Calls `fn` when ForceAtlas2 starts or stops; returns the unsubscribe function. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Stops everything without committing (the graph is being replaced). */
  dispose(): void {
    this.cancelAnimation();
    if (this.fa2) {
      this.fa2.stop();
      this.fa2 = null;
      this.host.showMotion?.(false);
      this.emit();
    }
  }

  /** Stops a one-shot layout mid-way and puts its nodes back: an interrupted layout leaves no trace. */
  private cancelAnimation(): void {
    const animation = this.animation;
    if (!animation) return;
    this.animation = null;
    animation.cancel();
    writePositions(this.host.graph, (node) => animation.previous[node]);
    this.host.showMotion?.(false);
  }

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
