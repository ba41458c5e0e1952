/**
 * Positions in motion: each frame of a running layout or of an animation towards one. They go straight
 * into the graph's attribute objects, without graph events: sigma answers an event that moves nodes by
 * re-running every reducer and re-processing every node and edge (a quarter to half a second at 10k
 * nodes, every frame). The layout controller tells the view instead (LayoutHost.showMotion), which
 * redraws the nodes alone, and commits the end result as one command, whose events bring every listener
 * up to date.
 */
import type { KnowledgeGraph, NodeAttributes } from '../../shared/graph/schema';

/** Gives each node's position in this frame; undefined leaves the node where it is. */
export type PositionOf = (node: string, attrs: NodeAttributes) => { x: number; y: number } | undefined;

export function writePositions(graph: KnowledgeGraph, positionOf: PositionOf): void {
  graph.forEachNode((node, attrs) => {
    const p = positionOf(node, attrs);
    if (!p) return;
    attrs.x = p.x;
    attrs.y = p.y;
  });
}
