/**
 * ForceAtlas2 running in a Web Worker on matrices built straight from the graph (shared/layout/
 * fa2-matrices.ts): starting costs one pass over nodes and edges, not a copy of the graph. Pinned nodes
 * are fixed. The live graph only receives positions, once per animation frame, as a layout in motion
 * does (writePositions), so the view redraws at most once a frame however fast the worker iterates.
 */
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { SetPositionsCommand, type Positions } from '../../shared/graph/commands/positions';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { forceAtlas2Matrices, NODE_STRIDE } from '../../shared/layout/fa2-matrices';
import { forceAtlas2Settings } from '../../shared/layout/layouts';
import type { ForceAtlas2Step } from './forceatlas2.worker';
import { writePositions, type PositionOf } from './live-positions';

export class ForceAtlas2Run {
  private readonly worker: Worker;
  private readonly rows: Map<string, number>;
  /** The latest positions, x and y by row: between iterations the matrix itself is in the worker. */
  private readonly latest: Float32Array;
  private readonly previous: Positions = {};
  private frame = 0;
  private stopped = false;

  /** `onFrame` draws each frame of positions written into the graph. */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly onFrame: () => void,
  ) {
    const { nodes, edges, rows } = forceAtlas2Matrices(graph);
    this.rows = rows;
    this.latest = new Float32Array(rows.size * 2);
    this.keep(nodes);
    graph.forEachNode((node, a) => {
      if (a.pinned !== true) this.previous[node] = { x: Number.isFinite(a.x) ? a.x : 0, y: Number.isFinite(a.y) ? a.y : 0 };
    });
    this.worker = new Worker(new URL('./forceatlas2.worker.ts', import.meta.url), { type: 'module', name: 'relata-forceatlas2' });
    this.worker.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      if (this.stopped) return;
      const matrix = new Float32Array(event.data);
      this.keep(matrix);
      this.worker.postMessage({ nodes: matrix.buffer } satisfies ForceAtlas2Step, [matrix.buffer]);
    };
    const step: ForceAtlas2Step = { nodes: nodes.buffer, edges: edges.buffer, settings: { ...defaults, ...forceAtlas2Settings(graph) } };
    this.worker.postMessage(step, [nodes.buffer, edges.buffer]);
    this.frame = requestAnimationFrame(this.publish);
  }

  /** Stops the worker and returns the whole run as one undoable command (already shown on screen). */
  stop(): SetPositionsCommand {
    if (!this.stopped) {
      this.stopped = true;
      cancelAnimationFrame(this.frame);
      this.worker.terminate();
      this.publish();
    }
    const targets: Positions = {};
    for (const node of Object.keys(this.previous)) {
      const row = this.rows.get(node)!;
      if (this.graph.hasNode(node)) targets[node] = { x: this.latest[row * 2]!, y: this.latest[row * 2 + 1]! };
    }
    return new SetPositionsCommand(targets, { previous: this.previous, label: 'ForceAtlas2 layout' });
  }

  private keep(matrix: Float32Array): void {
    const latest = this.latest;
    for (let row = 0, at = 0; row < latest.length / 2; row++, at += NODE_STRIDE) {
      latest[row * 2] = matrix[at]!;
      latest[row * 2 + 1] = matrix[at + 1]!;
    }
  }

  /** One point object for every node of a frame: writePositions copies it at once. */
  private readonly point = { x: 0, y: 0 };

  private readonly positionOf: PositionOf = (node, attrs) => {
    const row = this.rows.get(node);
    if (row === undefined || attrs.pinned) return undefined;
    this.point.x = this.latest[row * 2]!;
    this.point.y = this.latest[row * 2 + 1]!;
    return this.point;
  };

  private readonly publish = (): void => {
    writePositions(this.graph, this.positionOf);
    this.onFrame();
    if (!this.stopped) this.frame = requestAnimationFrame(this.publish);
  };
}
