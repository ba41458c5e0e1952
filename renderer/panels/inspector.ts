/**
 * The inspector: everything about the selected node, edge or group, editable in place. Each edit
 * becomes one command in the workspace history, so every change here can be undone.
 */
import { ENTITY_TYPES, TYPE_COLORS, type EntityType } from '../../shared/graph/schema';
import type { Command } from '../../shared/graph/commands/command';
import { annotateEdge, annotateNode, RenameNodeCommand, RetypeNodeCommand, SetEdgeAttributesCommand, SetNodeAttributesCommand } from '../../shared/graph/commands/attributes';
import { AddEdgeCommand, AddNodeCommand } from '../../shared/graph/commands/add';
import { DeleteCommand } from '../../shared/graph/commands/delete';
import { MergeNodesCommand } from '../../shared/graph/commands/merge';
import { SetPinnedCommand } from '../../shared/graph/commands/positions';
import { ReverseEdgeCommand } from '../../shared/graph/commands/reverse-edge';
import type { Selection } from '../app/selection';
import type { Workspace } from '../app/workspace';
import { h, fill } from './dom';
import { edgeEvidence, mentionsPerDocument, nodeEvidence, type EvidenceLine } from './evidence';

export interface InspectorHost {
  /** Runs an edit; errors are reported to the person by the host. */
  execute(command: Command): void;
  showInDocument(doc: string, offset: number): void;
  focusNeighbourhood(node: string, hops: number): void;
  showPath(from: string, to: string): void;
  /** Where a new node should appear (the centre of the view, in graph coordinates). */
  viewCentre(): { x: number; y: number };
}

const splitList = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);

export class Inspector {
  readonly element = h('div', { class: 'inspector' });

  constructor(
    private readonly workspace: Workspace,
    private readonly selection: Selection,
    private readonly host: InspectorHost,
  ) {
    selection.on(() => this.render());
    workspace.on('change', () => this.render());
    this.render();
  }

  render(): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.field;
    const { nodes, edges } = this.selection;
    const graph = this.workspace.graph;
    if (nodes.size === 1 && edges.size === 0 && graph.hasNode([...nodes][0]!)) fill(this.element, this.nodeView([...nodes][0]!));
    else if (edges.size === 1 && nodes.size === 0 && graph.hasEdge([...edges][0]!)) fill(this.element, this.edgeView([...edges][0]!));
    else if (nodes.size > 1) fill(this.element, this.groupView([...nodes].filter((n) => graph.hasNode(n))));
    else fill(this.element, this.emptyView());
    if (focused) (this.element.querySelector(`[data-field="${focused}"]`) as HTMLElement | null)?.focus();
  }

  private run(make: () => Command): void {
    this.host.execute(make());
  }

  private nodeView(node: string): HTMLElement {
    const graph = this.workspace.graph;
    const a = graph.getNodeAttributes(node);
    const type = (ENTITY_TYPES as readonly string[]).includes(a.type) ? a.type : 'Other';
    const degree = graph.degree(node);
    return h('div', { class: 'inspect node' },
      h('div', { class: 'kind' }, h('span', { class: 'swatch', style: `background:${a.color || TYPE_COLORS[type]}` }), type,
        a.pinned ? h('span', { class: 'badge', title: 'Stays put when layouts run' }, 'pinned') : null),
      field('Name', h('input', {
        value: a.label, dataset: { field: 'label' }, 'aria-label': 'Name',
        onchange: (e: Event) => this.run(() => new RenameNodeCommand(node, (e.target as HTMLInputElement).value)),
      })),
      field('Type', h('select', {
        dataset: { field: 'type' }, 'aria-label': 'Type',
        onchange: (e: Event) => this.run(() => new RetypeNodeCommand(node, (e.target as HTMLSelectElement).value as EntityType)),
      }, ENTITY_TYPES.map((t) => h('option', { value: t, selected: t === a.type }, t)))),
      field('Aliases', h('input', {
        value: (a.aliases ?? []).join(', '), placeholder: 'other names, comma-separated', dataset: { field: 'aliases' }, 'aria-label': 'Aliases',
        onchange: (e: Event) => this.run(() => new SetNodeAttributesCommand(node, { aliases: splitList((e.target as HTMLInputElement).value) }, 'Edit aliases')),
      })),
      field('Note', h('textarea', {
        value: a.note ?? '', rows: 3, placeholder: 'Your note', dataset: { field: 'note' }, 'aria-label': 'Note',
        onchange: (e: Event) => this.run(() => annotateNode(node, { note: (e.target as HTMLTextAreaElement).value })),
      })),
      field('Tags', h('input', {
        value: (a.tags ?? []).join(', '), placeholder: 'tags, comma-separated', dataset: { field: 'tags' }, 'aria-label': 'Tags',
        onchange: (e: Event) => this.run(() => annotateNode(node, { tags: splitList((e.target as HTMLInputElement).value) })),
      })),
      field('Colour', h('div', { class: 'row' },
        h('input', {
          type: 'color', value: /^#[0-9a-f]{6}$/i.test(a.color) ? a.color : TYPE_COLORS[type], dataset: { field: 'color' }, 'aria-label': 'Colour',
          onchange: (e: Event) => this.run(() => annotateNode(node, { color: (e.target as HTMLInputElement).value })),
        }),
        h('button', { class: 'link', onclick: () => this.run(() => annotateNode(node, { color: TYPE_COLORS[type] })) }, 'type colour'))),
      h('div', { class: 'row actions' },
        a.pinned
          ? h('button', { onclick: () => this.run(() => new SetPinnedCommand([node], false)), title: 'Let layouts move it again' }, 'Unpin')
          : h('button', { onclick: () => this.run(() => new SetPinnedCommand([node], true)), title: 'Keep it where it is when layouts run' }, 'Pin'),
        h('button', { onclick: () => this.host.focusNeighbourhood(node, 1), title: 'Show only this node and its neighbours' }, 'Focus'),
        h('button', { onclick: () => this.host.focusNeighbourhood(node, 2), title: 'Neighbours of neighbours too' }, '2 hops'),
        h('button', { class: 'danger', onclick: () => this.run(() => new DeleteCommand({ nodes: [node] })) }, 'Delete')),
      h('h3', {}, 'Mentions ', h('span', { class: 'muted' }, `${a.mentions ?? 0} in ${(a.docs ?? []).length} document(s) · ${degree} relation(s)`)),
      h('ul', { class: 'mentions' }, mentionsPerDocument(graph, node).map(([doc, n]) =>
        h('li', {}, h('button', { class: 'link', onclick: () => this.host.showInDocument(doc, firstOffset(graph.getNodeAttribute(node, 'occurrences'), doc)) }, doc), h('span', { class: 'count' }, String(n))))),
      h('h3', {}, 'Evidence'),
      this.evidenceList(nodeEvidence(graph, this.workspace.documents, node)),
    );
  }

  private edgeView(edge: string): HTMLElement {
    const graph = this.workspace.graph;
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const name = (n: string) => graph.getNodeAttribute(n, 'label') ?? n;
    const undirected = graph.isUndirected(edge);
    return h('div', { class: 'inspect edge' },
      h('div', { class: 'kind' }, 'Relation'),
      h('p', { class: 'triple' },
        h('button', { class: 'link', onclick: () => this.selection.set([source]) }, name(source)),
        h('span', { class: 'predicate' }, undirected ? ` — ${a.label} — ` : ` — ${a.label} → `),
        h('button', { class: 'link', onclick: () => this.selection.set([target]) }, name(target))),
      field('Label', h('input', {
        value: a.label, dataset: { field: 'elabel' }, 'aria-label': 'Label',
        onchange: (e: Event) => this.run(() => new SetEdgeAttributesCommand(edge, { label: (e.target as HTMLInputElement).value.trim() }, 'Edit relation label')),
      })),
      field('Predicate', h('input', {
        value: a.predicate ?? '', dataset: { field: 'predicate' }, 'aria-label': 'Predicate',
        onchange: (e: Event) => this.run(() => new SetEdgeAttributesCommand(edge, { predicate: (e.target as HTMLInputElement).value.trim() }, 'Edit predicate')),
      })),
      field('Confidence', h('div', { class: 'row' },
        h('input', {
          type: 'number', min: 0, max: 1, step: 0.05, value: String(round(a.confidence ?? 1)), dataset: { field: 'confidence' }, 'aria-label': 'Confidence',
          onchange: (e: Event) => {
            const v = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(v) && v >= 0 && v <= 1) this.run(() => new SetEdgeAttributesCommand(edge, { confidence: v }, 'Edit confidence'));
            else this.render();
          },
        }),
        h('span', { class: 'muted' }, `${a.weight ?? 1} supporting sentence(s)`))),
      field('Note', h('textarea', {
        value: a.note ?? '', rows: 3, placeholder: 'Your note', dataset: { field: 'enote' }, 'aria-label': 'Note',
        onchange: (e: Event) => this.run(() => annotateEdge(edge, { note: (e.target as HTMLTextAreaElement).value })),
      })),
      field('Tags', h('input', {
        value: (a.tags ?? []).join(', '), placeholder: 'tags, comma-separated', dataset: { field: 'etags' }, 'aria-label': 'Tags',
        onchange: (e: Event) => this.run(() => annotateEdge(edge, { tags: splitList((e.target as HTMLInputElement).value) })),
      })),
      h('div', { class: 'row actions' },
        undirected ? null : h('button', { onclick: () => this.run(() => new ReverseEdgeCommand(edge)) }, 'Reverse direction'),
        h('button', { class: 'danger', onclick: () => this.run(() => new DeleteCommand({ edges: [edge] })) }, 'Delete')),
      h('h3', {}, 'Evidence'),
      this.evidenceList(edgeEvidence(graph, edge)),
    );
  }

  private groupView(nodes: string[]): HTMLElement {
    const graph = this.workspace.graph;
    const names = nodes.map((n) => graph.getNodeAttribute(n, 'label') ?? n);
    const relation = h('input', { placeholder: 'relation, e.g. met', dataset: { field: 'newedge' }, 'aria-label': 'New relation label' });
    return h('div', { class: 'inspect group' },
      h('div', { class: 'kind' }, `${nodes.length} nodes selected`),
      h('ul', { class: 'names' }, names.map((n) => h('li', {}, n))),
      h('div', { class: 'row actions' },
        h('button', { class: 'primary', title: `Keep "${names[0]}"; the others become its aliases`, onclick: () => this.run(() => new MergeNodesCommand(nodes)) }, `Merge into “${names[0]}”`),
        h('button', { class: 'danger', onclick: () => this.run(() => new DeleteCommand({ nodes })) }, 'Delete all')),
      nodes.length === 2
        ? h('div', {},
            h('h3', {}, 'Connect'),
            h('form', {
              class: 'row', onsubmit: (e: Event) => {
                e.preventDefault();
                this.run(() => new AddEdgeCommand({ source: nodes[0]!, target: nodes[1]!, label: relation.value }));
              },
            }, h('span', { class: 'muted' }, `${names[0]} →`), relation, h('button', { type: 'submit' }, 'Add edge')),
            h('div', { class: 'row actions' }, h('button', { onclick: () => this.host.showPath(nodes[0]!, nodes[1]!) }, 'Show shortest path')))
        : null,
    );
  }

  private emptyView(): HTMLElement {
    const label = h('input', { placeholder: 'name', dataset: { field: 'newnode' }, 'aria-label': 'New node name', required: true });
    const type = h('select', { 'aria-label': 'New node type' }, ENTITY_TYPES.map((t) => h('option', { value: t }, t)));
    const g = this.workspace.graph;
    return h('div', { class: 'inspect empty' },
      h('p', { class: 'muted' }, g.order
        ? 'Click a node or an edge to see its evidence. Shift-click or shift-drag to select several.'
        : 'No graph yet. Import documents or open the sample project.'),
      h('p', { class: 'stats' }, `${g.order} entities · ${g.size} relations · ${this.workspace.documents.length} documents`),
      h('h3', {}, 'Add an entity'),
      h('form', {
        class: 'row', onsubmit: (e: Event) => {
          e.preventDefault();
          const command = new AddNodeCommand({ label: label.value, type: type.value as EntityType, ...this.host.viewCentre() });
          this.run(() => command);
          if (command.key) this.selection.set([command.key]);
        },
      }, label, type, h('button', { type: 'submit' }, 'Add')),
    );
  }

  private evidenceList(lines: EvidenceLine[]): HTMLElement {
    if (!lines.length) return h('p', { class: 'muted' }, 'No evidence sentences (added by hand or imported without text).');
    return h('ol', { class: 'evidence' }, lines.map((line) => h('li', {},
      h('blockquote', {}, markText(line.text, line.marks)),
      h('button', { class: 'link source', disabled: line.start < 0, onclick: () => this.host.showInDocument(line.doc, line.start) }, line.doc))));
  }
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function firstOffset(occurrences: { doc: string; start: number }[] | undefined, doc: string): number {
  return occurrences?.find((o) => o.doc === doc)?.start ?? 0;
}

/** Text with the given ranges wrapped in <mark>. */
export function markText(text: string, marks: [number, number][]): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a > at) out.push(text.slice(at, a));
    out.push(h('mark', {}, text.slice(a, b)));
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
