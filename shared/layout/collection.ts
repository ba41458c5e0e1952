/**
 * Every layout Relata offers, one declaration each, in menu order (as Gephi Lite declares its layouts
 * in core/layouts/collection). The toolbar's layout menu and the layout controller read this list.
 */
import type { Positions } from '../graph/commands/positions';
import type { KnowledgeGraph } from '../graph/schema';
import { circlePackLayout, circularLayout, randomLayout } from './layouts';
import { separateBoxes, type BoxOptions } from './overlap';

interface LayoutBase<Id extends string> {
  id: Id;
  /** Menu name. */
  label: string;
  /** What it does, for the menu's tooltip. */
  description: string;
}

/** A layout that runs until stopped, live (ForceAtlas2, in a worker). */
export interface ContinuousLayout extends LayoutBase<'forceatlas2'> {
  kind: 'continuous';
}

/** What a one-shot layout may use besides the graph. */
export interface LayoutContext {
  /** Varies between runs of the same layout (Random gives a new picture each time). */
  seed: number;
  /** The boxes the view draws (discs and labels), for layouts that keep them apart. */
  boxes?: BoxOptions;
}

/** A layout computed at once: target positions for the unpinned nodes, animated to and committed as one edit. */
export interface OneShotLayoutDeclaration extends LayoutBase<'circular' | 'random' | 'circlepack-type' | 'circlepack-community' | 'noverlap'> {
  kind: 'oneshot';
  run(graph: KnowledgeGraph, context: LayoutContext): Positions;
}

export type LayoutDeclaration = ContinuousLayout | OneShotLayoutDeclaration;
export type OneShotLayout = OneShotLayoutDeclaration['id'];
export type LayoutId = LayoutDeclaration['id'];

export const LAYOUTS: readonly LayoutDeclaration[] = [
  { id: 'forceatlas2', kind: 'continuous', label: 'ForceAtlas2', description: 'Runs until stopped: linked nodes pull together, others push apart; pinned nodes stay put' },
  { id: 'circular', kind: 'oneshot', label: 'Circular', description: 'Nodes on a circle, grouped by type', run: (graph) => circularLayout(graph) },
  { id: 'random', kind: 'oneshot', label: 'Random', description: 'Nodes scattered at random (a new picture each time)', run: (graph, { seed }) => randomLayout(graph, seed) },
  { id: 'circlepack-type', kind: 'oneshot', label: 'Circle pack by type', description: 'One circle of nodes per entity type', run: (graph) => circlePackLayout(graph, 'type') },
  { id: 'circlepack-community', kind: 'oneshot', label: 'Circle pack by community', description: 'One circle of nodes per community (Louvain)', run: (graph) => circlePackLayout(graph, 'community') },
  { id: 'noverlap', kind: 'oneshot', label: 'Remove overlaps', description: 'Pushes overlapping nodes and their labels apart, moving them as little as it can', run: (graph, { boxes }) => separateBoxes(graph, boxes) },
];

/** The one-shot layouts, for menus. */
export const ONE_SHOT_LAYOUTS: readonly OneShotLayoutDeclaration[] = LAYOUTS.filter((l): l is OneShotLayoutDeclaration => l.kind === 'oneshot');

/** The declaration of a layout; throws for an unknown id. */
export function layoutById<Id extends LayoutId>(id: Id): Extract<LayoutDeclaration, { id: Id }> {
  const layout = LAYOUTS.find((l) => l.id === id);
  if (!layout) throw new Error(`Unknown layout "${id}"`);
  return layout as Extract<LayoutDeclaration, { id: Id }>;
}
