/** Position edits: a drag, a layout run, pinning. Each is one undoable command however many nodes move. */
import type { KnowledgeGraph } from '../schema';
import type { Command } from './command';
import { SetFlagCommand } from './flags';

export type Point = {
  x: number;
  y: number;
};

export type Positions = Record<string, Point>;

interface Placement extends Point {
  pinned: boolean;
}

/**
 * Moves many nodes at once (a layout run). `previous` gives where they were when the view already shows
 * the new positions (after an animation or a live layout); otherwise the current positions are taken.
 * `pin` also pins (true) or unpins (false) the moved nodes. Nodes no longer in the graph are skipped.
 */
export class SetPositionsCommand implements Command {
  private before = new Map<string, Placement>();

  constructor(
    private readonly targets: Positions,
    private readonly options: { previous?: Positions; pin?: boolean; label?: string } = {},
  ) {
    for (const [node, p] of Object.entries(targets)) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new Error(`Position of "${node}" is not a finite number; the layout produced no usable result.`);
    }
  }

  get label(): string {
    return this.options.label ?? 'Move nodes';
  }

  apply(graph: KnowledgeGraph): void {
    this.before.clear();
    graph.updateEachNodeAttributes((node, attr) => {
      const target = this.targets[node];
      if (!target) return attr;
      const from = this.options.previous?.[node] ?? attr;
      this.before.set(node, { x: from.x, y: from.y, pinned: attr.pinned ?? false });
      return { ...attr, x: target.x, y: target.y, pinned: this.options.pin ?? attr.pinned };
    });
  }

  undo(graph: KnowledgeGraph): void {
    graph.updateEachNodeAttributes((node, attr) => {
      const p = this.before.get(node);
      return p ? { ...attr, x: p.x, y: p.y, pinned: p.pinned } : attr;
    });
  }
}

/** The end of a drag: the nodes go (stay) where they were dropped and are pinned so layouts leave them there. */
export class MoveNodesCommand extends SetPositionsCommand {
  /** `from` gives where they were when the view already shows them dropped; by default their positions in the graph. */
  constructor(to: Positions, from?: Positions) {
    const count = Object.keys(to).length;
    super(to, { ...(from ? { previous: from } : {}), pin: true, label: count === 1 ? 'Move node' : `Move ${count} nodes` });
  }
}

/** Pins or unpins nodes without moving them. */
export class SetPinnedCommand extends SetFlagCommand {
  constructor(nodes: string[], pinned: boolean) {
    super(nodes, 'pinned', pinned, pinned ? 'Pin' : 'Unpin');
  }
}
