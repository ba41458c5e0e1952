/**
 * The inspector: everything about the selected node, edge or group, editable in place. Each edit
 * becomes one command in the workspace history, so every change here can be undone.
 *
 * A view is built once per thing shown and updated in place after each edit: its fields stay the
 * same elements, so the one being typed in keeps the focus, the caret and its own undo, Tab goes on
 * to the next field, and keys typed there never reach the graph.
 */
import { ENTITY_TYPES, nodeColor, TYPE_COLORS, type EntityType } from '../../shared/graph/schema';
import type { Command } from '../../shared/graph/commands/command';
import { annotateEdge, annotateNode, RenameNodeCommand, RetypeNodeCommand, SetEdgeAttributesCommand, SetNodeAttributesCommand } from '../../shared/graph/commands/attributes';
import { AddEdgeCommand, AddNodeCommand } from '../../shared/graph/commands/add';
import { DeleteCommand } from '../../shared/graph/commands/delete';
import { MergeNodesCommand } from '../../shared/graph/commands/merge';
import { SetPinnedCommand } from '../../shared/graph/commands/positions';
import { ReverseEdgeCommand } from '../../shared/graph/commands/reverse-edge';
import { SetHiddenCommand } from '../../shared/graph/commands/visibility';
import { findNodeNamed } from '../../shared/graph/names';
import { isColor } from '../../shared/project/model';
import { importedAttributes } from '../../shared/formats/columns';
import type { Selection } from '../app/selection';
import type { Workspace } from '../app/workspace';
import { askChoice } from './choice-dialog';
import { h, fill } from './dom';
import { edgeEvidence, mentionsPerDocument, nodeEvidence, type EvidenceLine } from './evidence';
import { edgeWhy, loadPatternReasons, typeWhy, type PatternReasons } from './why';

export interface InspectorHost {
  /** Runs an edit; false when it was refused (the host tells the person why). */
  execute(command: Command): boolean;
  showInDocument(doc: string, offset: number): void;
  focusNeighbourhood(node: string, hops: number): void;
  showPath(from: string, to: string): void;
  /** Where a new node should appear (the centre of the view, in graph coordinates). */
  viewCentre(): { x: number; y: number };
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Children = (Node | string | null)[] | Node | string | null;

/** One built view and the steps that bring it up to date with the graph. */
class LiveView {
  private readonly updates: (() => void)[] = [];

  constructor(readonly element: HTMLElement = h('div')) {}

  /** A field showing `read()`; brought up to date unless it has the focus (the person is typing there). */
  control<T extends Control>(control: T, read: () => string): T {
    const sync = () => {
      const value = read();
      if (control !== document.activeElement && control.value !== value) control.value = value;
    };
    this.updates.push(sync);
    sync();
    return control;
  }

  /** An element whose contents are made again at each update (text and links, never fields). */
  slot<T extends HTMLElement>(element: T, render: () => Children): T {
    const draw = () => fill(element, render());
    this.updates.push(draw);
    draw();
    return element;
  }

  /** Any other step of an update (a button's text, say), run once now. */
  each(step: () => void): void {
    this.updates.push(step);
    step();
  }

  update(): void {
    for (const step of this.updates) step();
  }
}

const splitList = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);

export class Inspector {
  readonly element = h('div', { class: 'inspector' });
  /** What is shown (a key such as "node:…"), and its view. */
  private shown: { subject: string; view: LiveView } | null = null;
  /** The patterns' reasons, once loaded: an edge says why it exists. */
  private reasons: PatternReasons | undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly selection: Selection,
    private readonly host: InspectorHost,
  ) {
    selection.on(() => this.render());
    workspace.on('change', () => this.render());
    this.render();
    void loadPatternReasons().then((reasons) => {
      this.reasons = reasons;
      this.shown?.view.update();
    });
  }

  /** Shows the selection: the same subject is updated in place, another one gets a new view. */
  render(): void {
    const { nodes, edges } = this.selection;
    const graph = this.workspace.graph;
    const [node] = nodes;
    const [edge] = edges;
    const group = [...nodes].filter((n) => graph.hasNode(n));
    const [subject, build]: [string, () => LiveView] =
      nodes.size === 1 && edges.size === 0 && graph.hasNode(node!) ? [`node:${node}`, () => this.nodeView(node!)]
      : edges.size === 1 && nodes.size === 0 && graph.hasEdge(edge!) ? [`edge:${edge}`, () => this.edgeView(edge!)]
      : nodes.size > 1 ? [`group:${group.join('\u0000')}`, () => this.groupView(group)]
      : ['empty', () => this.emptyView()];
    if (this.shown?.subject === subject) return this.shown.view.update();
    const view = build();
    this.shown = { subject, view };
    fill(this.element, view.element);
  }

  /**
   * The command `make` builds from what was typed in `control`, or null when it refuses that input (an
   * empty name, say): the reason is shown beside the control, where the person is looking, and the
   * control shows `previous` again.
   */
  private build<T extends Command>(make: () => T, control: Control, previous?: string): T | null {
    try {
      return make();
    } catch (error) {
      if (previous !== undefined) control.value = previous;
      showFieldError(control, error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  /** Runs an edit (built from `control`'s input, when given); false when it was refused. */
  private run(make: () => Command, control?: Control, previous?: string): boolean {
    const command = control ? this.build(make, control, previous) : make();
    return command !== null && this.host.execute(command);
  }

  /**
   * A new name that another entity already has most likely means the two are one: the person is asked
   * whether to merge them (the other keeps its place, this one's names become its aliases). The typed
   * name is read before asking: while the dialog is open the field has no focus, so any redraw of the
   * panel puts the current name back in it.
   */
  private async rename(node: string, input: HTMLInputElement): Promise<void> {
    const graph = this.workspace.graph;
    const current = graph.getNodeAttribute(node, 'label');
    const typed = input.value;
    const name = typed.trim();
    if (name === current) return;
    const other = findNodeNamed(graph, name, node);
    if (other !== undefined) {
      const { label, type, mentions } = graph.getNodeAttributes(other);
      const choice = await askChoice('Merge with an existing entity?',
        `“${label}” (${type}, ${mentions ?? 0} mentions) already goes by the name “${name}”. Merge “${current}” into it, or keep two entities with the same name?`,
        [{ value: 'merge', label: `Merge into “${label}”`, primary: true }, { value: 'rename', label: 'Keep both' }, { value: 'cancel', label: 'Cancel' }]);
      if (choice === 'merge') {
        if (this.run(() => new MergeNodesCommand([other, node]))) this.selection.set([other]);
        return;
      }
      if (choice !== 'rename') {
        input.value = current;
        return;
      }
    }
    this.run(() => new RenameNodeCommand(node, typed), input, current);
  }

  /**
   * Adds an entity named by `input`. A name another entity goes by most likely means that one: the
   * person is offered it before a second entity of the same name is made.
   */
  private async addNode(input: HTMLInputElement, type: EntityType): Promise<void> {
    const graph = this.workspace.graph;
    const typed = input.value;
    const other = findNodeNamed(graph, typed.trim());
    if (other !== undefined) {
      const { label, type: otherType, mentions } = graph.getNodeAttributes(other);
      const choice = await askChoice('An entity with this name exists',
        `“${label}” (${otherType}, ${mentions ?? 0} mentions) already goes by the name “${typed.trim()}”. Show it, or add another entity with the same name?`,
        [{ value: 'show', label: `Show “${label}”`, primary: true }, { value: 'add', label: 'Add another' }, { value: 'cancel', label: 'Cancel' }]);
      if (choice === 'show') {
        input.value = '';
        this.selection.set([other]);
      }
      if (choice !== 'add') return;
    }
    const add = this.build(() => new AddNodeCommand({ label: typed, type, ...this.host.viewCentre() }), input);
    if (add && this.host.execute(add)) this.selection.set([add.key!]);
  }

  private nodeView(node: string): LiveView {
    const graph = this.workspace.graph;
    const attrs = () => graph.getNodeAttributes(node);
    const typeOf = (): EntityType => ((ENTITY_TYPES as readonly string[]).includes(attrs().type) ? attrs().type : 'Other');
    const view = new LiveView(h('div', { class: 'inspect node' }));
    const name = h('input', { dataset: { field: 'label' }, 'aria-label': 'Name', onchange: () => void this.rename(node, name) });
    const pin = h('button', { onclick: () => this.run(() => new SetPinnedCommand([node], !attrs().pinned)) });
    const hide = h('button', { onclick: () => this.run(() => new SetHiddenCommand([node], attrs().hidden !== true)) });
    view.each(() => {
      pin.textContent = attrs().pinned ? 'Unpin' : 'Pin';
      pin.title = attrs().pinned ? 'Let layouts move it again' : 'Keep it where it is when layouts run';
      hide.textContent = attrs().hidden ? 'Show' : 'Hide';
      hide.title = attrs().hidden ? 'Show it on the canvas again' : 'Leave it off the canvas (it stays in the graph)';
    });
    view.element.append(
      view.slot(h('div', { class: 'kind' }), () => [
        // A colour from a file goes into a style only if it is a colour (a file could say `red;position:fixed…`).
        h('span', { class: 'swatch', style: `background:${isColor(nodeColor(attrs())) ? nodeColor(attrs()) : TYPE_COLORS[typeOf()]}` }), typeOf(),
        attrs().pinned ? h('span', { class: 'badge', title: 'Stays put when layouts run' }, 'pinned') : null,
        attrs().hidden ? h('span', { class: 'badge', title: 'Not drawn on the canvas' }, 'hidden') : null,
      ]),
      view.slot(h('p', { class: 'why muted' }), () => typeWhy(attrs()) ?? null),
      field('Name', view.control(name, () => attrs().label)),
      field('Type', view.control(h('select', {
        dataset: { field: 'type' }, 'aria-label': 'Type',
        onchange: (e: Event) => this.run(() => new RetypeNodeCommand(node, (e.target as HTMLSelectElement).value as EntityType)),
      }, ENTITY_TYPES.map((t) => h('option', { value: t }, t))), typeOf)),
      field('Aliases', view.control(h('input', {
        placeholder: 'other names, comma-separated', dataset: { field: 'aliases' }, 'aria-label': 'Aliases',
        onchange: (e: Event) => this.run(() => new SetNodeAttributesCommand(node, { aliases: splitList((e.target as HTMLInputElement).value) }, 'Edit aliases')),
      }), () => (attrs().aliases ?? []).join(', '))),
      field('Note', view.control(h('textarea', {
        rows: 3, placeholder: 'Your note', dataset: { field: 'note' }, 'aria-label': 'Note',
        onchange: (e: Event) => this.run(() => annotateNode(node, { note: (e.target as HTMLTextAreaElement).value })),
      }), () => attrs().note ?? '')),
      field('Tags', view.control(h('input', {
        placeholder: 'tags, comma-separated', dataset: { field: 'tags' }, 'aria-label': 'Tags',
        onchange: (e: Event) => this.run(() => annotateNode(node, { tags: splitList((e.target as HTMLInputElement).value) })),
      }), () => (attrs().tags ?? []).join(', '))),
      field('Colour', h('div', { class: 'row' },
        view.control(h('input', {
          type: 'color', dataset: { field: 'color' }, 'aria-label': 'Colour',
          onchange: (e: Event) => this.run(() => annotateNode(node, { color: (e.target as HTMLInputElement).value })),
        }), () => (/^#[0-9a-f]{6}$/i.test(nodeColor(attrs())) ? nodeColor(attrs()) : TYPE_COLORS[typeOf()])),
        h('button', { class: 'link', onclick: () => this.run(() => annotateNode(node, { color: TYPE_COLORS[typeOf()] })) }, 'type colour'))),
      h('div', { class: 'row actions' },
        pin,
        h('button', { onclick: () => this.host.focusNeighbourhood(node, 1), title: 'Show only this node and its neighbours' }, 'Focus'),
        h('button', { onclick: () => this.host.focusNeighbourhood(node, 2), title: 'Neighbours of neighbours too' }, '2 hops'),
        hide,
        h('button', { class: 'danger', onclick: () => this.run(() => new DeleteCommand({ nodes: [node] })) }, 'Delete')),
      view.slot(h('div'), () => importedList('node', attrs())),
      view.slot(h('h3'), () => ['Mentions ', h('span', { class: 'muted' }, `${attrs().mentions ?? 0} in ${(attrs().docs ?? []).length} document(s) · ${graph.degree(node)} relation(s)`)]),
      view.slot(h('ul', { class: 'mentions' }), () => mentionsPerDocument(graph, node).map(([doc, n]) =>
        h('li', {}, this.documentLink(doc, firstOffset(attrs().occurrences, doc)), h('span', { class: 'count' }, String(n))))),
      h('h3', {}, 'Evidence'),
      view.slot(h('div'), () => this.evidenceList(nodeEvidence(graph, this.workspace.documents, node))),
    );
    return view;
  }

  private edgeView(edge: string): LiveView {
    const graph = this.workspace.graph;
    const attrs = () => graph.getEdgeAttributes(edge);
    const name = (n: string) => graph.getNodeAttribute(n, 'label') ?? n;
    const view = new LiveView(h('div', { class: 'inspect edge' }));
    const confidence = h('input', {
      type: 'number', min: 0, max: 1, step: 0.05, dataset: { field: 'confidence' }, 'aria-label': 'Confidence',
      onchange: () => {
        const v = Number(confidence.value);
        if (Number.isFinite(v) && v >= 0 && v <= 1) this.run(() => new SetEdgeAttributesCommand(edge, { confidence: v }, 'Edit confidence'));
        else {
          confidence.value = String(round(attrs().confidence ?? 1));
          showFieldError(confidence, 'Confidence is a number from 0 to 1.');
        }
      },
    });
    view.element.append(
      h('div', { class: 'kind' }, 'Relation'),
      view.slot(h('p', { class: 'triple' }), () => {
        const [source, target] = graph.extremities(edge);
        return [
          h('button', { class: 'link', onclick: () => this.selection.set([source]) }, name(source)),
          h('span', { class: 'predicate' }, graph.isUndirected(edge) ? ` — ${attrs().label} — ` : ` — ${attrs().label} → `),
          h('button', { class: 'link', onclick: () => this.selection.set([target]) }, name(target)),
        ];
      }),
      view.slot(h('div', { class: 'why muted' }), () => edgeWhy(attrs(), this.reasons).map((line) => h('p', {}, line))),
      field('Label', view.control(h('input', {
        dataset: { field: 'elabel' }, 'aria-label': 'Label',
        onchange: (e: Event) => this.run(() => new SetEdgeAttributesCommand(edge, { label: (e.target as HTMLInputElement).value.trim() }, 'Edit relation label')),
      }), () => attrs().label ?? '')),
      field('Predicate', view.control(h('input', {
        dataset: { field: 'predicate' }, 'aria-label': 'Predicate',
        onchange: (e: Event) => this.run(() => new SetEdgeAttributesCommand(edge, { predicate: (e.target as HTMLInputElement).value.trim() }, 'Edit predicate')),
      }), () => attrs().predicate ?? '')),
      field('Confidence', h('div', { class: 'row' },
        view.control(confidence, () => String(round(attrs().confidence ?? 1))),
        view.slot(h('span', { class: 'muted' }), () => `${attrs().weight ?? 1} supporting sentence(s)`))),
      field('Note', view.control(h('textarea', {
        rows: 3, placeholder: 'Your note', dataset: { field: 'enote' }, 'aria-label': 'Note',
        onchange: (e: Event) => this.run(() => annotateEdge(edge, { note: (e.target as HTMLTextAreaElement).value })),
      }), () => attrs().note ?? '')),
      field('Tags', view.control(h('input', {
        placeholder: 'tags, comma-separated', dataset: { field: 'etags' }, 'aria-label': 'Tags',
        onchange: (e: Event) => this.run(() => annotateEdge(edge, { tags: splitList((e.target as HTMLInputElement).value) })),
      }), () => (attrs().tags ?? []).join(', '))),
      h('div', { class: 'row actions' },
        graph.isUndirected(edge) ? null : h('button', { onclick: () => this.run(() => new ReverseEdgeCommand(edge)) }, 'Reverse direction'),
        h('button', { class: 'danger', onclick: () => this.run(() => new DeleteCommand({ edges: [edge] })) }, 'Delete')),
      view.slot(h('div'), () => importedList('edge', attrs())),
      h('h3', {}, 'Evidence'),
      view.slot(h('div'), () => this.evidenceList(edgeEvidence(graph, edge))),
    );
    return view;
  }

  private groupView(nodes: string[]): LiveView {
    const graph = this.workspace.graph;
    const names = () => nodes.map((n) => graph.getNodeAttribute(n, 'label') ?? n);
    const view = new LiveView(h('div', { class: 'inspect group' }));
    const merge = h('button', { class: 'primary', onclick: () => this.run(() => new MergeNodesCommand(nodes)) });
    view.each(() => {
      merge.textContent = `Merge into “${names()[0]}”`;
      merge.title = `Keep "${names()[0]}"; the others become its aliases`;
    });
    view.element.append(
      h('div', { class: 'kind' }, `${nodes.length} nodes selected`),
      view.slot(h('ul', { class: 'names' }), () => names().map((n) => h('li', {}, n))),
      h('div', { class: 'row actions' }, merge, h('button', { class: 'danger', onclick: () => this.run(() => new DeleteCommand({ nodes })) }, 'Delete all')),
    );
    if (nodes.length === 2) {
      const relation = h('input', { placeholder: 'relation, e.g. met', dataset: { field: 'newedge' }, 'aria-label': 'New relation label' });
      view.element.append(
        h('h3', {}, 'Connect'),
        h('form', {
          class: 'row', onsubmit: (e: Event) => {
            e.preventDefault();
            if (this.run(() => new AddEdgeCommand({ source: nodes[0]!, target: nodes[1]!, label: relation.value }), relation)) relation.value = '';
          },
        }, view.slot(h('span', { class: 'muted' }), () => `${names()[0]} →`), relation, h('button', { type: 'submit' }, 'Add edge')),
        h('div', { class: 'row actions' }, h('button', { onclick: () => this.host.showPath(nodes[0]!, nodes[1]!) }, 'Show shortest path')));
    }
    return view;
  }

  private emptyView(): LiveView {
    const label = h('input', { placeholder: 'name', dataset: { field: 'newnode' }, 'aria-label': 'New node name', required: true });
    const type = h('select', { 'aria-label': 'New node type' }, ENTITY_TYPES.map((t) => h('option', { value: t }, t)));
    const g = this.workspace.graph;
    const view = new LiveView(h('div', { class: 'inspect empty' }));
    view.element.append(
      view.slot(h('p', { class: 'muted' }), () => (g.order
        ? 'Click a node or an edge to see its evidence; right-click for more. F1 lists the keys and the mouse gestures.'
        : 'No graph yet. Import documents or open the sample project.')),
      view.slot(h('p', { class: 'stats' }), () => `${g.order} entities · ${g.size} relations · ${this.workspace.documents.length} documents`),
      h('h3', {}, 'Add an entity'),
      h('form', {
        class: 'row', onsubmit: (e: Event) => {
          e.preventDefault();
          void this.addNode(label, type.value as EntityType);
        },
      }, label, type, h('button', { type: 'submit' }, 'Add')),
    );
    return view;
  }

  /** A link to a document, by headline, with its file name in the tooltip. */
  private documentLink(doc: string, offset: number, className = 'link'): HTMLButtonElement {
    return h('button', { class: className, title: doc, disabled: offset < 0, onclick: () => this.host.showInDocument(doc, offset) }, this.workspace.titleOf(doc));
  }

  private evidenceList(lines: EvidenceLine[]): HTMLElement {
    if (!lines.length) return h('p', { class: 'muted' }, 'No evidence sentences (added by hand or imported without text).');
    return h('ol', { class: 'evidence' }, lines.map((line) => h('li', {},
      h('blockquote', {}, markText(line.text, line.marks)),
      this.documentLink(line.doc, line.start, 'link source'))));
  }
}

/** The attributes another tool gave the node or edge (karate's `club`), under the names they came with. */
function importedList(domain: 'node' | 'edge', attributes: Record<string, unknown>): HTMLElement[] {
  const imported = importedAttributes(domain, attributes);
  if (imported.length === 0) return [];
  return [h('h3', {}, 'Imported attributes'), h('dl', { class: 'imported' }, imported.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]))];
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

/** A message under a field saying why its value was refused; it goes once the person types there again. */
function showFieldError(control: Control, message: string): void {
  const holder = control.closest('.field, form') ?? control.parentElement!;
  const note = holder.querySelector<HTMLElement>(':scope > .field-error') ?? holder.appendChild(h('p', { class: 'field-error', role: 'alert' }));
  note.textContent = message;
  control.setAttribute('aria-invalid', 'true');
  control.addEventListener('input', () => {
    note.remove();
    control.removeAttribute('aria-invalid');
  }, { once: true });
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
