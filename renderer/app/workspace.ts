/**
 * The renderer's one source of truth: the live knowledge graph, the documents it came from, the
 * view settings and the undo history. Panels, the canvas and the project controllers all read and
 * edit through it, so "dirty" and "change" mean the same thing everywhere.
 */
import { createKnowledgeGraph, type KnowledgeGraph, type SourceDocument } from '../../shared/graph/schema';
import type { Command } from '../../shared/graph/commands/command';
import { History } from '../../shared/graph/commands/history';
import { AddDocumentsCommand } from '../../shared/graph/commands/add-documents';
import { createProject, loadProjectGraph } from '../../shared/project/codec';
import type { ProjectFile, ViewSettings } from '../../shared/project/types';
import { documentHeadline } from '../../shared/text/headline';

/** 'load': the contents were replaced wholesale (views reset); 'change': any edit; 'dirty': isDirty() flipped. */
type WorkspaceEvent = 'load' | 'change' | 'dirty';

export class Workspace {
  /** One instance for the app's lifetime: the canvas binds to it once; load() swaps its contents. */
  readonly graph: KnowledgeGraph = createKnowledgeGraph();
  documents: SourceDocument[] = [];
  view: ViewSettings = {};
  readonly history = new History(this.graph);
  private dirty = false;
  private readonly headlines = new WeakMap<SourceDocument, string | null>();
  private readonly listeners: Record<WorkspaceEvent, Set<() => void>> = { load: new Set(), change: new Set(), dirty: new Set() };
  private readonly addedListeners = new Set<(nodes: readonly string[]) => void>();

  /** Replaces everything with the project's contents; the result is clean with an empty history. */
  load(project: ProjectFile): void {
    loadProjectGraph(this.graph, project.graph);
    this.documents = project.documents.map((d) => ({ ...d }));
    this.view = { ...project.view };
    this.history.clear();
    this.emit('load');
    this.emit('change');
    this.setDirty(false);
  }

  toProject(): ProjectFile {
    return createProject({ documents: this.documents.map((d) => ({ ...d })), graph: this.graph, view: { ...this.view } });
  }

  /** Runs one edit through the history so it can be undone. */
  execute(command: Command): void {
    this.history.execute(command);
    this.changed();
  }

  undo(): boolean {
    const command = this.history.undo();
    if (command) this.changed();
    return command !== null;
  }

  redo(): boolean {
    const command = this.history.redo();
    if (command) this.changed();
    return command !== null;
  }

  /** Adds newly imported documents and the graph extracted from them as one undoable edit. */
  addDocuments(docs: SourceDocument[], extracted: KnowledgeGraph): void {
    const edit = new AddDocumentsEdit(this, docs, extracted);
    this.execute(edit);
    for (const fn of [...this.addedListeners]) fn(edit.merge.summary.addedNodes);
  }

  /** Calls `fn` with the nodes new to the graph each time documents are added (the view shows them). */
  onDocumentsAdded(fn: (nodes: readonly string[]) => void): () => void {
    this.addedListeners.add(fn);
    return () => this.addedListeners.delete(fn);
  }

  /** Records a change made outside the history (view settings, camera) that still needs saving. */
  changed(): void {
    this.emit('change');
    this.setDirty(true);
  }

  /** How a document is named in lists and links: its headline, or its file name when it has none. */
  titleOf(name: string): string {
    const doc = this.documents.find((d) => d.name === name);
    if (!doc) return name;
    if (!this.headlines.has(doc)) this.headlines.set(doc, documentHeadline(doc.text));
    return this.headlines.get(doc) ?? name;
  }

  isDirty(): boolean {
    return this.dirty;
  }

  markClean(): void {
    this.setDirty(false);
  }

  on(event: WorkspaceEvent, fn: () => void): () => void {
    this.listeners[event].add(fn);
    return () => this.listeners[event].delete(fn);
  }

  private setDirty(dirty: boolean): void {
    if (this.dirty === dirty) return;
    this.dirty = dirty;
    this.emit('dirty');
  }

  private emit(event: WorkspaceEvent): void {
    for (const fn of [...this.listeners[event]]) fn();
  }
}

/** Appends the documents and merges their extracted graph (manual edits win); undo takes both back. */
class AddDocumentsEdit implements Command {
  readonly label: string;
  readonly merge: AddDocumentsCommand;

  constructor(
    private readonly workspace: Workspace,
    private readonly docs: SourceDocument[],
    extracted: KnowledgeGraph,
  ) {
    this.merge = new AddDocumentsCommand(extracted, docs.length);
    this.label = this.merge.label;
  }

  apply(graph: KnowledgeGraph): void {
    this.merge.apply(graph);
    this.workspace.documents.push(...this.docs);
  }

  undo(graph: KnowledgeGraph): void {
    this.merge.undo(graph);
    const names = new Set(this.docs.map((d) => d.name));
    this.workspace.documents = this.workspace.documents.filter((d) => !names.has(d.name));
  }
}
