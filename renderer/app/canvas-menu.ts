/**
 * What a right-click on the canvas offers. On a node: focus, pin or unpin, hide, merge and delete, for
 * the selection when the node is part of it (otherwise the node is selected first); on an edge: reverse
 * and delete; on the empty stage: select all, fit, and show the hidden nodes. Every edit is a command.
 */
import type { Command } from '../../shared/graph/commands/command';
import { DeleteCommand } from '../../shared/graph/commands/delete';
import { MergeNodesCommand } from '../../shared/graph/commands/merge';
import { SetPinnedCommand } from '../../shared/graph/commands/positions';
import { ReverseEdgeCommand } from '../../shared/graph/commands/reverse-edge';
import { SetHiddenCommand } from '../../shared/graph/commands/visibility';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { openMenu, type MenuEntry } from '../panels/context-menu';
import type { ContextTarget } from '../view/gestures';
import type { Selection } from './selection';

export interface CanvasMenuHost {
  readonly graph: KnowledgeGraph;
  readonly selection: Selection;
  execute(command: Command): boolean;
  focusNeighbourhood(node: string, hops: number): void;
  selectAll(): void;
  fitGraph(): void;
}

/** Opens the menu for what was right-clicked. */
export function openCanvasMenu(host: CanvasMenuHost, target: ContextTarget): void {
  if ('node' in target) openMenu('Node', nodeEntries(host, target.node), target.at);
  else if ('edge' in target) openMenu('Relation', edgeEntries(host, target.edge), target.at);
  else openMenu('Graph', stageEntries(host), target.at);
}

function nodeEntries({ graph, selection, execute, focusNeighbourhood }: CanvasMenuHost, node: string): MenuEntry[] {
  if (!selection.nodes.has(node)) selection.set([node]);
  const nodes = [...selection.nodes].filter((n) => graph.hasNode(n));
  const label = graph.getNodeAttribute(node, 'label');
  const what = nodes.length > 1 ? `${nodes.length} nodes` : `“${label}”`;
  const pinned = nodes.every((n) => graph.getNodeAttribute(n, 'pinned') === true);
  return [
    { label: `Focus on “${label}” and its neighbours`, run: () => focusNeighbourhood(node, 1) },
    'separator',
    { label: `${pinned ? 'Unpin' : 'Pin'} ${what}`, run: () => execute(new SetPinnedCommand(nodes, !pinned)) },
    { label: `Hide ${what}`, run: () => execute(new SetHiddenCommand(nodes, true)) },
    ...(nodes.length > 1 ? [{ label: `Merge ${what} into “${label}”`, run: () => execute(new MergeNodesCommand([node, ...nodes.filter((n) => n !== node)])) }] : []),
    'separator',
    { label: `Delete ${what}`, danger: true, run: () => execute(new DeleteCommand({ nodes })) },
  ];
}

function edgeEntries({ graph, selection, execute }: CanvasMenuHost, edge: string): MenuEntry[] {
  selection.set([], [edge]);
  return [
    { label: 'Select both ends', run: () => selection.set(graph.extremities(edge)) },
    ...(graph.isUndirected(edge) ? [] : [{ label: 'Reverse direction', run: () => execute(new ReverseEdgeCommand(edge)) }]),
    'separator',
    { label: 'Delete relation', danger: true, run: () => execute(new DeleteCommand({ edges: [edge] })) },
  ];
}

function stageEntries({ graph, execute, selectAll, fitGraph }: CanvasMenuHost): MenuEntry[] {
  const hidden = graph.filterNodes((_n, a) => a.hidden === true);
  return [
    { label: 'Select all', run: selectAll },
    { label: 'Fit the whole graph', run: fitGraph },
    ...(hidden.length ? [{ label: `Show ${hidden.length} hidden node${hidden.length === 1 ? '' : 's'}`, run: () => execute(new SetHiddenCommand(hidden, false)) }] : []),
  ];
}
