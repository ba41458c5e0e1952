/** Commands that change attributes in place: rename, retype, annotate (notes, tags, colour), edge edits. */
import { isTypeColor, TYPE_COLORS, type EdgeAttributes, type EntityType, type KnowledgeGraph, type NodeAttributes } from '../schema';
import type { Command } from './command';
import { unionNames } from './combine';
import { cloneData, requireEdge, requireNode } from './records';

/** Where a patch lands: one node's or one edge's attributes. */
interface AttributeOwner<A> {
  require(graph: KnowledgeGraph): void;
  read(graph: KnowledgeGraph): A;
  merge(graph: KnowledgeGraph, patch: Partial<A>): void;
  set(graph: KnowledgeGraph, name: string, value: unknown): void;
  remove(graph: KnowledgeGraph, name: string): void;
}

/** Sets some attributes of a node or an edge; undo puts back exactly the previous values. */
class SetAttributesCommand<A extends object> implements Command {
  private before: Record<string, unknown> | null = null;

  constructor(
    private readonly owner: AttributeOwner<A>,
    private readonly patch: Partial<A>,
    readonly label: string,
  ) {}

  apply(graph: KnowledgeGraph): void {
    this.owner.require(graph);
    const current = this.owner.read(graph) as Record<string, unknown>;
    this.before = Object.fromEntries(Object.keys(this.patch).map((k) => [k, cloneData(current[k])]));
    this.owner.merge(graph, cloneData(this.patch));
  }

  undo(graph: KnowledgeGraph): void {
    if (!this.before) return;
    for (const [k, v] of Object.entries(this.before)) {
      if (v === undefined) this.owner.remove(graph, k);
      else this.owner.set(graph, k, v);
    }
  }
}

/** Sets some attributes of one node. */
export class SetNodeAttributesCommand extends SetAttributesCommand<NodeAttributes> {
  constructor(readonly node: string, patch: Partial<NodeAttributes>, label = 'Edit node') {
    super({
      require: (graph) => requireNode(graph, node),
      read: (graph) => graph.getNodeAttributes(node),
      merge: (graph, values) => graph.mergeNodeAttributes(node, values),
      set: (graph, name, value) => graph.setNodeAttribute(node, name, value as never),
      remove: (graph, name) => graph.removeNodeAttribute(node, name),
    }, patch, label);
  }
}

/** Sets some attributes of one edge (its label, note, tags…). */
export class SetEdgeAttributesCommand extends SetAttributesCommand<EdgeAttributes> {
  constructor(readonly edge: string, patch: Partial<EdgeAttributes>, label = 'Edit edge') {
    super({
      require: (graph) => requireEdge(graph, edge),
      read: (graph) => graph.getEdgeAttributes(edge),
      merge: (graph, values) => graph.mergeEdgeAttributes(edge, values),
      set: (graph, name, value) => graph.setEdgeAttribute(edge, name, value as never),
      remove: (graph, name) => graph.removeEdgeAttribute(edge, name),
    }, patch, label);
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
    if (!color || isTypeColor(color, type)) patch.color = TYPE_COLORS[this.type];
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
