/** Merging duplicate nodes into one, rewiring their edges and combining parallel relations. */
import type { KnowledgeGraph } from '../schema';
import type { Command } from './command';
import { absorbEdge, absorbNode, relationKey } from './combine';
import { cloneData, incidentEdgeRecords, nodeRecord, requireNode, restoreEdge, restoreNode, type EdgeRecord, type NodeRecord } from './records';

/**
 * Merges `nodes` into the first of them (the survivor keeps its key, label, type, position): the others'
 * names become aliases, mentions/documents/occurrences combine, their edges move to the survivor, edges
 * that would join the merged nodes to themselves go, and parallel edges with the same label become one.
 */
export class MergeNodesCommand implements Command {
  readonly label: string;
  private survivorBefore: NodeRecord | null = null;
  private others: NodeRecord[] = [];
  private edges: EdgeRecord[] = [];

  constructor(private readonly nodes: string[]) {
    if (new Set(nodes).size < 2) throw new Error('Select at least two different nodes to merge.');
    this.label = `Merge ${new Set(nodes).size} nodes`;
  }

  get survivor(): string {
    return this.nodes[0]!;
  }

  apply(graph: KnowledgeGraph): void {
    const group = [...new Set(this.nodes)];
    for (const n of group) requireNode(graph, n);
    const survivor = this.survivor;
    const members = new Set(group);
    this.survivorBefore = nodeRecord(graph, survivor);
    this.others = group.slice(1).map((n) => nodeRecord(graph, n));
    this.edges = incidentEdgeRecords(graph, group);

    let attributes = graph.getNodeAttributes(survivor);
    for (const other of this.others) attributes = absorbNode(attributes, other.attributes);
    graph.replaceNodeAttributes(survivor, attributes);

    // Dropping the others drops their edges; those reaching outside the group come back on the survivor.
    // Edges inside the group would become self-loops ("Putin — is — Vladimir Putin") and stay gone.
    for (const other of this.others) graph.dropNode(other.key);
    for (const e of this.edges) {
      if (graph.hasEdge(e.key) || (members.has(e.source) && members.has(e.target))) continue;
      const source = members.has(e.source) ? survivor : e.source;
      const target = members.has(e.target) ? survivor : e.target;
      restoreEdge(graph, { ...e, source, target });
    }
    // Records list the survivor's own edges first, so they absorb the rewired ones and keep their keys.
    combineParallelEdges(graph, this.edges.map((e) => e.key).filter((key) => graph.hasEdge(key)));
  }

  undo(graph: KnowledgeGraph): void {
    if (!this.survivorBefore) return;
    const survivor = this.survivor;
    for (const edge of graph.edges(survivor)) graph.dropEdge(edge);
    graph.replaceNodeAttributes(survivor, cloneData(this.survivorBefore.attributes));
    for (const other of this.others) restoreNode(graph, other);
    for (const e of this.edges) if (!graph.hasEdge(e.key)) restoreEdge(graph, e);
  }
}

/** Folds edges among `edges` that say the same thing (same direction, ends and label) into the first of them. */
export function combineParallelEdges(graph: KnowledgeGraph, edges: readonly string[]): void {
  const firstOf = new Map<string, string>();
  for (const edge of edges) {
    const key = relationKey(graph.source(edge), graph.target(edge), graph.isUndirected(edge), graph.getEdgeAttribute(edge, 'label') ?? '');
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, edge);
      continue;
    }
    graph.replaceEdgeAttributes(first, absorbEdge(graph.getEdgeAttributes(first), graph.getEdgeAttributes(edge)));
    graph.dropEdge(edge);
  }
}
