/** Commands that change attributes in place: rename, retype, annotate (notes, tags, colour), edge edits. */
import { TYPE_COLORS, type EdgeAttributes, type EntityType, type KnowledgeGraph, type NodeAttributes } from '../schema';
import type { Command } from './command';
import { unionNames } from './combine';
import { cloneData, requireEdge, requireNode } from './records';

/** Sets some attributes of one node; undo puts back exactly the previous values. */
export class SetNodeAttributesCommand implements Command {
  private before: Partial<NodeAttributes> | null = null;

  constructor(
    readonly node: string,
    private readonly patch: Partial<NodeAttributes>,
    readonly label = 'Edit node',
  ) {}

  apply(graph: KnowledgeGraph): void {
    requireNode(graph, this.node);
    const current = graph.getNodeAttributes(this.node);
    this.before = Object.fromEntries(Object.keys(this.patch).map((k) => [k, cloneData(current[k])]));
    graph.mergeNodeAttributes(this.node, cloneData(this.patch));
  }

  undo(graph: KnowledgeGraph): void {
    if (!this.before) return;
    restoreAttributes(this.before, (k) => graph.removeNodeAttribute(this.node, k), (k, v) => graph.setNodeAttribute(this.node, k, v as never));
  }
}

/** Sets some attributes of one edge (its label, note, tags…); undo puts back the previous values. */
export class SetEdgeAttributesCommand implements Command {
  private before: Partial<EdgeAttributes> | null = null;

  constructor(
    readonly edge: string,
    private readonly patch: Partial<EdgeAttributes>,
    readonly label = 'Edit edge',
  ) {}

  apply(graph: KnowledgeGraph): void {
    requireEdge(graph, this.edge);
    const current = graph.getEdgeAttributes(this.edge);
    this.before = Object.fromEntries(Object.keys(this.patch).map((k) => [k, cloneData(current[k])]));
    graph.mergeEdgeAttributes(this.edge, cloneData(this.patch));
  }

  undo(graph: KnowledgeGraph): void {
    if (!this.before) return;
    restoreAttributes(this.before, (k) => graph.removeEdgeAttribute(this.edge, k), (k, v) => graph.setEdgeAttribute(this.edge, k, v as never));
  }
}

function restoreAttributes(before: Record<string, unknown>, remove: (k: string) => void, set: (k: string, v: unknown) => void): void {
  for (const [k, v] of Object.entries(before)) {
    if (v === undefined) remove(k);
    else set(k, v);
  }
}

/** Renames a node; the old name is kept as an alias so re-extraction still recognises it. */
export class RenameNodeCommand implements Command {
  readonly label = 'Rename node';
  private inner: SetNodeAttributesCommand | null = null;

  constructor(
    readonly node: string,
    private readonly newLabel: string,
  ) {
    if (!newLabel.trim()) throw new Error('A node needs a name: type at least one character.');
  }

  apply(graph: KnowledgeGraph): void {
    requireNode(graph, this.node);
    const { label, aliases } = graph.getNodeAttributes(this.node);
    const name = this.newLabel.trim();
    const kept = (aliases ?? []).filter((a) => a.toLowerCase() !== name.toLowerCase());
    this.inner = new SetNodeAttributesCommand(this.node, { label: name, aliases: unionNames(kept, [label], [name]) });
    this.inner.apply(graph);
  }

  undo(graph: KnowledgeGraph): void {
    this.inner?.undo(graph);
  }
}

/** Changes a node's type; a node still wearing its type's default colour takes the new type's colour. */
export class RetypeNodeCommand implements Command {
  readonly label = 'Change type';
  private inner: SetNodeAttributesCommand | null = null;

  constructor(
    readonly node: string,
    private readonly type: EntityType,
  ) {
    if (!(type in TYPE_COLORS)) throw new Error(`"${type}" is not an entity type; use one of ${Object.keys(TYPE_COLORS).join(', ')}.`);
  }

  apply(graph: KnowledgeGraph): void {
    requireNode(graph, this.node);
    const { type, color } = graph.getNodeAttributes(this.node);
    const patch: Partial<NodeAttributes> = { type: this.type };
    if (!color || color.toLowerCase() === TYPE_COLORS[type]?.toLowerCase()) patch.color = TYPE_COLORS[this.type];
    this.inner = new SetNodeAttributesCommand(this.node, patch);
    this.inner.apply(graph);
  }

  undo(graph: KnowledgeGraph): void {
    this.inner?.undo(graph);
  }
}

/** Annotation fields a person edits on a node or an edge. */
export type Annotation = {
  note?: string;
  tags?: string[];
  color?: string;
};

/** Sets note, tags and/or colour on a node. */
export function annotateNode(node: string, annotation: Annotation): SetNodeAttributesCommand {
  return new SetNodeAttributesCommand(node, validAnnotation(annotation), 'Annotate node');
}

/** Sets note, tags and/or colour on an edge. */
export function annotateEdge(edge: string, annotation: Annotation): SetEdgeAttributesCommand {
  return new SetEdgeAttributesCommand(edge, validAnnotation(annotation), 'Annotate edge');
}

function validAnnotation(annotation: Annotation): Annotation {
  if (annotation.color !== undefined && !/^#[0-9a-f]{6}$/i.test(annotation.color)) {
    throw new Error(`"${annotation.color}" is not a colour; use the #rrggbb form, e.g. #0072b2.`);
  }
  const out: Annotation = {};
  if (annotation.note !== undefined) out.note = annotation.note;
  if (annotation.tags !== undefined) out.tags = [...new Set(annotation.tags.map((t) => t.trim()).filter(Boolean))];
  if (annotation.color !== undefined) out.color = annotation.color.toLowerCase();
  return out;
}
