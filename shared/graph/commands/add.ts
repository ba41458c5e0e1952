/** Commands that create a node or an edge by hand. */
import { TYPE_COLORS, type EdgeAttributes, type EntityType, type KnowledgeGraph, type NodeAttributes } from '../schema';
import type { Command } from './command';
import { cloneData, freeEdgeKey, freeNodeKey, requireNode } from './records';

export interface NewNode {
  label: string;
  type?: EntityType;
  x?: number;
  y?: number;
  /** Key to use; by default one is derived from the label. */
  key?: string;
}

/** Full attributes for a node made by hand: nothing mentions it yet. */
export function manualNodeAttributes(label: string, type: EntityType, x = 0, y = 0): NodeAttributes {
  return { label, type, aliases: [], mentions: 0, docs: [], x, y, size: 5, color: TYPE_COLORS[type], note: '', tags: [], pinned: false, occurrences: [] };
}

/** Adds one node; `key` is known after the first apply and stays the same on redo. */
export class AddNodeCommand implements Command {
  readonly label = 'Add node';
  key: string | null = null;

  constructor(private readonly spec: NewNode) {
    if (!spec.label.trim()) throw new Error('A new node needs a name: type at least one character.');
  }

  apply(graph: KnowledgeGraph): void {
    const label = this.spec.label.trim();
    const type = this.spec.type ?? 'Other';
    this.key ??= this.spec.key ?? freeNodeKey(graph, `manual:${label.toLowerCase().replace(/\s+/g, '-')}`);
    graph.addNode(this.key, manualNodeAttributes(label, type, this.spec.x ?? 0, this.spec.y ?? 0));
  }

  undo(graph: KnowledgeGraph): void {
    if (this.key && graph.hasNode(this.key)) graph.dropNode(this.key);
  }
}

export interface NewEdge {
  source: string;
  target: string;
  /** The relation as the person writes it, e.g. "met". */
  label: string;
  predicate?: string;
  undirected?: boolean;
  note?: string;
}

/** Adds one edge between two existing nodes, stated by the person (confidence 1, no evidence sentence). */
export class AddEdgeCommand implements Command {
  readonly label = 'Add edge';
  key: string | null = null;

  constructor(private readonly spec: NewEdge) {
    if (!spec.label.trim()) throw new Error('A new edge needs a label, e.g. "met" or "supplies".');
  }

  apply(graph: KnowledgeGraph): void {
    const { source, target, undirected } = this.spec;
    requireNode(graph, source);
    requireNode(graph, target);
    const label = this.spec.label.trim();
    const attributes: EdgeAttributes = {
      label,
      predicate: this.spec.predicate ?? label.toLowerCase(),
      evidence: '',
      doc: '',
      confidence: 1,
      weight: 1,
      note: this.spec.note ?? '',
      tags: [],
      support: [],
    };
    this.key ??= freeEdgeKey(graph, `${source}|${label}|${target}`);
    if (undirected) graph.addUndirectedEdgeWithKey(this.key, source, target, cloneData(attributes));
    else graph.addDirectedEdgeWithKey(this.key, source, target, cloneData(attributes));
  }

  undo(graph: KnowledgeGraph): void {
    if (this.key && graph.hasEdge(this.key)) graph.dropEdge(this.key);
  }
}
