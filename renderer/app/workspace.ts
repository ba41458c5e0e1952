/**
 * The renderer's one source of truth: the live knowledge graph, the documents it came from, the
 * view settings and the undo history. Panels, the canvas and the project controllers all read and
 * edit through it, so "dirty" and "change" mean the same thing everywhere.
 */
import { createKnowledgeGraph, type KnowledgeGraph, type SourceDocument } from '../../shared/graph/schema';
import type { Command } from '../../shared/graph/commands/command';
import { History } from '../../shared/graph/commands/history';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile, type ViewSettings } from '../../shared/project/types';

type WorkspaceEvent = 'change' | 'dirty';

export class Workspace {
  /** One instance for the app's lifetime: the canvas binds to it once; load() swaps its contents. */
  readonly graph: KnowledgeGraph = createKnowledgeGraph();
  documents: SourceDocument[] = [];
  view: ViewSettings = {};
  readonly history = new History(this.graph);
  private dirty = false;
  private readonly listeners: Record<WorkspaceEvent, Set<() => void>> = { change: new Set(), dirty: new Set() };

  /** Replaces everything with the project's contents; the result is clean with an empty history. */
  load(project: ProjectFile): void {
    this.graph.clear();
    this.graph.import(project.graph);
    this.documents = project.documents.map((d) => ({ ...d }));
    this.view = { ...project.view };
    this.history.clear();
    this.emit('change');
    this.setDirty(false);
  }

  toProject(): ProjectFile {
    return {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      documents: this.documents.map((d) => ({ ...d })),
      graph: this.graph.export(),
      view: { ...this.view },
    };
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
    this.execute(new AddDocumentsEdit(this, docs, extracted));
  }

  /** Records a change made outside the history (view settings, camera) that still needs saving. */
  changed(): void {
    this.emit('change');
    this.setDirty(true);
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

/**
 * Stand-in until shared/graph/commands' AddDocumentsCommand lands: appends the documents and
 * imports nodes/edges that are new; undo removes exactly what it added.
 */
class AddDocumentsEdit implements Command {
  readonly label = 'Add documents';
  private addedNodes: string[] = [];
  private addedEdges: string[] = [];

  constructor(
    private readonly workspace: Workspace,
    private readonly docs: SourceDocument[],
    private readonly extracted: KnowledgeGraph,
  ) {}

  apply(graph: KnowledgeGraph): void {
    this.workspace.documents.push(...this.docs);
    this.addedNodes = [];
    this.addedEdges = [];
    this.extracted.forEachNode((node, attrs) => {
      if (graph.hasNode(node)) return;
      graph.addNode(node, { ...attrs });
      this.addedNodes.push(node);
    });
    this.extracted.forEachEdge((_edge, attrs, source, target, _sa, _ta, undirected) => {
      const id = undirected ? graph.addUndirectedEdge(source, target, { ...attrs }) : graph.addDirectedEdge(source, target, { ...attrs });
      this.addedEdges.push(id);
    });
  }

  undo(graph: KnowledgeGraph): void {
    for (const edge of this.addedEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
    for (const node of this.addedNodes) if (graph.hasNode(node)) graph.dropNode(node);
    const names = new Set(this.docs.map((d) => d.name));
    this.workspace.documents = this.workspace.documents.filter((d) => !names.has(d.name));
  }
}
