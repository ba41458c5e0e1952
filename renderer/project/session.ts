/**
 * The project session: which file the open project belongs to, and File › New / Open / Open Recent /
 * Save / Save As. It asks before replacing unsaved work, tells the shell when there is unsaved work,
 * autosaves a recovery copy while there is, and offers that copy back after a crash.
 */
import { createKnowledgeGraph } from '../../shared/graph/schema';
import { openFile } from '../../shared/formats/open';
import { createProject, parseProject, serializeProject } from '../../shared/project/codec';
import type { Actions } from '../app/actions';
import type { Workspace } from '../app/workspace';
import type { Platform, ProjectRef } from '../platform/types';

export const AUTOSAVE_INTERVAL_MS = 30_000;

export type Report = (message: string, kind?: 'info' | 'error') => void;

export interface SessionOptions {
  platform: Platform;
  workspace: Workspace;
  actions: Actions;
  report: Report;
  /** The bundled sample project's text (fetched lazily: it is only needed on first run or from Help). */
  loadSample: () => Promise<string>;
  autosaveIntervalMs?: number;
}

export class ProjectSession {
  /** Where the open project was loaded from or last saved to; null for a new or sample project. */
  private ref: ProjectRef | null = null;
  /** Workspace changes since the last recovery write: an idle dirty project is not rewritten every tick. */
  private changedSinceAutosave = false;
  private readonly platform: Platform;
  private readonly workspace: Workspace;
  private readonly report: Report;

  constructor(private readonly options: SessionOptions) {
    ({ platform: this.platform, workspace: this.workspace, report: this.report } = options);
    const { actions } = options;
    actions.register('file.new', () => this.newProject());
    actions.register('file.open', () => this.open());
    actions.register('file.save', () => this.save().then(() => undefined));
    actions.register('file.saveAs', () => this.saveAs().then(() => undefined));
    actions.register('help.sample', () => this.openSample());
    this.platform.onOpenRecent((ref) => void this.openRecent(ref).catch((error) => this.report(messageOf(error), 'error')));
    this.workspace.on('dirty', () => {
      const dirty = this.workspace.isDirty();
      this.platform.setDirty(dirty);
      // Clean again (saved, discarded, or undone back): the recovery copy has nothing left to protect.
      if (!dirty) void this.platform.clearRecovery().catch(() => undefined);
    });
    this.workspace.on('change', () => {
      this.changedSinceAutosave = true;
    });
    setInterval(() => void this.autosave(), options.autosaveIntervalMs ?? AUTOSAVE_INTERVAL_MS);
  }

  /** The name of the open project's file, if it has one. */
  get fileName(): string | null {
    return this.ref?.name ?? null;
  }

  /** Start-up: offers to restore unsaved work from a crashed session, otherwise opens the sample project. */
  async start(): Promise<void> {
    const recovered = await this.platform.readRecovery().catch(() => null);
    if (recovered !== null) {
      if (await this.platform.confirmRestore()) {
        try {
          this.workspace.load(parseProject(recovered));
          // Restored work is still unsaved work.
          this.workspace.changed();
          this.report('Restored your unsaved work. Save it to keep it.');
          return;
        } catch (error) {
          this.report(`The recovery copy could not be restored: ${messageOf(error)}`, 'error');
        }
      }
      await this.platform.clearRecovery();
    }
    await this.openSample(false);
  }

  async newProject(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    this.workspace.load(createProject({ documents: [], graph: createKnowledgeGraph() }));
    this.ref = null;
  }

  async open(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    const opened = await this.platform.openProject();
    if (opened) this.adopt(opened.ref, opened.content);
  }

  async openRecent(ref: ProjectRef): Promise<void> {
    if (!(await this.confirmLeave())) return;
    const opened = await this.platform.openRecent(ref);
    if (opened) this.adopt(opened.ref, opened.content);
  }

  /** Saves to the project's file (asking where if it has none); true when saved. */
  async save(): Promise<boolean> {
    return this.saveTo(this.ref);
  }

  async saveAs(): Promise<boolean> {
    return this.saveTo(null);
  }

  /** Writes the recovery copy if there are unsaved changes the last copy does not have. */
  async autosave(): Promise<void> {
    if (!this.workspace.isDirty() || !this.changedSinceAutosave) return;
    this.changedSinceAutosave = false;
    try {
      await this.platform.writeRecovery(serializeProject(this.workspace.toProject()));
    } catch (error) {
      this.changedSinceAutosave = true;
      this.report(`Autosave failed: ${messageOf(error)}`, 'error');
    }
  }

  private async openSample(ask = true): Promise<void> {
    if (ask && !(await this.confirmLeave())) return;
    this.workspace.load(parseProject(await this.options.loadSample()));
    this.ref = null;
  }

  /**
   * Parses before touching anything: a damaged, truncated or newer file throws here, the open project
   * stays as it was, and the file never becomes the target of a save.
   */
  private adopt(ref: ProjectRef, content: string): void {
    let opened;
    try {
      opened = openFile(ref.name, content);
    } catch (error) {
      throw new Error(`“${ref.name}” could not be opened. ${messageOf(error)}`);
    }
    this.workspace.load(opened.project);
    // A GraphML or GEXF file is where the work began, not where Save may write a project.
    this.ref = opened.isProject ? ref : null;
    this.report(`Opened ${ref.name}`);
  }

  /** Opens a project or graph file dropped onto the window (a new project for a graph; Save asks where). */
  async openDropped(file: File): Promise<void> {
    if (!(await this.confirmLeave())) return;
    this.adopt({ id: crypto.randomUUID(), name: file.name }, await file.text());
    // A dropped file has no place the platform can save back to: Save asks where.
    this.ref = null;
  }

  private async saveTo(ref: ProjectRef | null): Promise<boolean> {
    const saved = await this.platform.saveProject(serializeProject(this.workspace.toProject()), ref);
    if (!saved) return false;
    this.ref = saved;
    this.workspace.markClean();
    await this.platform.clearRecovery();
    this.report(`Saved ${saved.name}`);
    return true;
  }

  /** True when the open project may be replaced: it is clean, or the person saved or discarded it. */
  private async confirmLeave(): Promise<boolean> {
    if (!this.workspace.isDirty()) return true;
    const choice = await this.platform.confirmDiscard();
    if (choice === 'cancel') return false;
    if (choice === 'save') return this.save();
    return true;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
