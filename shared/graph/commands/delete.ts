/** Deleting nodes and edges; undo restores them with their keys and every incident edge. */
import type { KnowledgeGraph } from '../schema';
import type { Command } from './command';
import { edgeRecord, incidentEdgeRecords, nodeRecord, restoreEdge, restoreNode, type EdgeRecord, type NodeRecord } from './records';
import { edgeTombstone, nodeTombstones, readTombstones, writeTombstones } from './tombstones';

export interface DeleteSelection {
  nodes?: string[];
  edges?: string[];
}

/** Deletes the selected nodes (with their edges) and edges, and remembers them as deleted. */
export class DeleteCommand implements Command {
  readonly label: string;
  private nodes: NodeRecord[] = [];
  private edges: EdgeRecord[] = [];
  private tombstonesBefore: string[] = [];

  constructor(private readonly selection: DeleteSelection) {
    const n = selection.nodes?.length ?? 0;
    const e = selection.edges?.length ?? 0;
    if (n + e === 0) throw new Error('Nothing is selected to delete: select nodes or edges first.');
    this.label = n > 0 ? (n === 1 ? 'Delete node' : `Delete ${n} nodes`) : e === 1 ? 'Delete edge' : `Delete ${e} edges`;
  }

  apply(graph: KnowledgeGraph): void {
    const nodeKeys = [...new Set(this.selection.nodes ?? [])].filter((n) => graph.hasNode(n));
    this.nodes = nodeKeys.map((n) => nodeRecord(graph, n));
    const edges = incidentEdgeRecords(graph, nodeKeys);
    const seen = new Set(edges.map((e) => e.key));
    for (const edge of this.selection.edges ?? []) {
      if (graph.hasEdge(edge) && !seen.has(edge)) {
        seen.add(edge);
        edges.push(edgeRecord(graph, edge));
      }
    }
    this.edges = edges;

    this.tombstonesBefore = readTombstones(graph);
    const explicit = new Set(this.selection.edges ?? []);
    const added = [
      ...this.nodes.flatMap((n) => nodeTombstones(n.key, n.attributes)),
      ...this.edges.filter((e) => explicit.has(e.key)).map((e) => edgeTombstone(e.source, e.target, e.attributes.label ?? '')),
    ];
    writeTombstones(graph, [...new Set([...this.tombstonesBefore, ...added])]);

    for (const e of this.edges) graph.dropEdge(e.key);
    for (const n of this.nodes) graph.dropNode(n.key);
  }

  undo(graph: KnowledgeGraph): void {
    for (const n of this.nodes) restoreNode(graph, n);
    for (const e of this.edges) restoreEdge(graph, e);
    writeTombstones(graph, this.tombstonesBefore);
  }
}
