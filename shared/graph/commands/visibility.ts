/** Hiding nodes from the view: they stay in the graph, its files and its analyses, and show again on request. */
import { SetFlagCommand } from './flags';

/** Hides nodes (`hidden` true) or shows them again (the mark removed). */
export class SetHiddenCommand extends SetFlagCommand {
  constructor(nodes: string[], hidden: boolean) {
    if (nodes.length === 0) throw new Error(hidden ? 'Select the nodes to hide first.' : 'No hidden nodes to show.');
    super(nodes, 'hidden', hidden, `${hidden ? 'Hide' : 'Show'} ${nodes.length === 1 ? 'node' : `${nodes.length} nodes`}`);
  }
}
