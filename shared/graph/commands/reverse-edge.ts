/** Reversing a directed edge's direction, keeping its key and attributes. */
import type { KnowledgeGraph } from '../schema';
import type { Command } from './command';
import { edgeRecord, requireEdge, restoreEdge } from './records';

/** Swaps source and target of a directed edge (applying it twice gives the original). */
export class ReverseEdgeCommand implements Command {
  readonly label = 'Reverse edge';

  constructor(readonly edge: string) {}

  apply(graph: KnowledgeGraph): void {
    requireEdge(graph, this.edge);
    if (graph.isUndirected(this.edge)) throw new Error('This edge has no direction to reverse (it is undirected).');
    this.flip(graph);
  }

  undo(graph: KnowledgeGraph): void {
    this.flip(graph);
  }

  private flip(graph: KnowledgeGraph): void {
    const record = edgeRecord(graph, this.edge);
    graph.dropEdge(this.edge);
    restoreEdge(graph, { ...record, source: record.target, target: record.source });
  }
}
