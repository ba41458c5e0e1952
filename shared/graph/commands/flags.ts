/** Yes/no marks a person sets on many nodes at once: pinned (layouts leave it) and hidden (the view leaves it out). */
import type { KnowledgeGraph } from '../schema';
import type { Command } from './command';
import { requireNode } from './records';

export type NodeFlag = 'pinned' | 'hidden';

/** Sets `flag` to `value` on every node; undo puts back each node's own value, or its absence. */
export class SetFlagCommand implements Command {
  private before = new Map<string, unknown>();

  constructor(
    private readonly nodes: string[],
    private readonly flag: NodeFlag,
    private readonly value: boolean,
    readonly label: string,
  ) {}

  apply(graph: KnowledgeGraph): void {
    for (const node of this.nodes) requireNode(graph, node);
    this.before.clear();
    for (const node of this.nodes) {
      this.before.set(node, graph.getNodeAttribute(node, this.flag));
      // A hidden node says so; a shown one carries no mark. Pinned is always written (it is part of the schema).
      if (this.value || this.flag === 'pinned') graph.setNodeAttribute(node, this.flag, this.value);
      else graph.removeNodeAttribute(node, this.flag);
    }
  }

  undo(graph: KnowledgeGraph): void {
    for (const [node, value] of this.before) {
      if (!graph.hasNode(node)) continue;
      if (value === undefined) graph.removeNodeAttribute(node, this.flag);
      else graph.setNodeAttribute(node, this.flag, value as boolean);
    }
  }
}
