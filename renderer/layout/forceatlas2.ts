/**
 * ForceAtlas2 running in a Web Worker (graphology's supervisor) on a working copy of the graph. The copy
 * carries `fixed` for pinned nodes, which FA2 honours; the live graph only receives positions, once per
 * animation frame, as a layout in motion does (writePositions), so the view redraws at most once a frame
 * however fast the worker iterates.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { SetPositionsCommand, type Positions } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { forceAtlas2Settings, layoutCopy, unpinnedPositions, type LayoutGraph } from '../../shared/layout/layouts';
import { writePositions } from './live-positions';

export class ForceAtlas2Run {
  private readonly copy: LayoutGraph;
  private readonly supervisor: FA2LayoutSupervisor;
  private readonly previous: Positions;
  private frame = 0;
  private stopped = false;

  /** `onFrame` draws each frame of positions written into the graph. */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly onFrame: () => void,
  ) {
    this.copy = layoutCopy(graph);
    this.previous = unpinnedPositions(this.copy);
    this.supervisor = new FA2LayoutSupervisor(this.copy as never, { settings: forceAtlas2Settings(this.copy), getEdgeWeight: 'weight' });
    this.supervisor.start();
    this.frame = requestAnimationFrame(this.publish);
  }

  /** Stops the worker and returns the whole run as one undoable command (already shown on screen). */
  stop(): SetPositionsCommand {
    if (!this.stopped) {
      this.stopped = true;
      cancelAnimationFrame(this.frame);
      this.supervisor.kill();
      this.publish();
    }
    const current = unpinnedPositions(this.copy);
    const targets: Positions = {};
    for (const node of Object.keys(current)) if (this.graph.hasNode(node)) targets[node] = current[node]!;
    return new SetPositionsCommand(targets, { previous: this.previous, label: 'ForceAtlas2 layout' });
  }

  private readonly publish = (): void => {
    const copy = this.copy;
    writePositions(this.graph, (node, attrs) => (attrs.pinned || !copy.hasNode(node) ? undefined : copy.getNodeAttributes(node)));
    this.onFrame();
    if (!this.stopped) this.frame = requestAnimationFrame(this.publish);
  };
}
