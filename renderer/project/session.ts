/**
 * The project session: which file the open project belongs to, and File › New / Open / Open Recent /
 * Save / Save As. It asks before replacing unsaved work, tells the shell (and the title) when there is
 * unsaved work, writes a recovery copy a few seconds after each edit, and offers copies left by a
 * window or tab that died. A copy is only ever removed when the person saves, discards or declines it.
 */
import { opensAsFile, projectFromFile } from '../../shared/formats/open';
import { createKnowledgeGraph } from '../../shared/graph/schema';
import { createProject, parseProject, serializeProject } from '../../shared/project/codec';
import type { ProjectFile } from '../../shared/project/types';
import type { DroppedFile, OpenedProject, Platform, ProjectRef, RecoveryEntry } from '../../shared/shell/platform';
import type { Actions } from '../app/actions';
import type { Workspace } from '../app/workspace';

/** The recovery copy is written this long after the last edit… */
export const AUTOSAVE_DELAY_MS = 2_000;
/** …and at least this often while edits keep coming. */
export const AUTOSAVE_MAX_DELAY_MS = 30_000;

export type Report = (message: string, kind?: 'info' | 'error') => void;

export interface SessionOptions {
  platform: Platform;
  workspace: Workspace;
  actions: Actions;
  report: Report;
  /** The bundled sample project's text (fetched lazily: it is only needed on first run or from Help). */
  loadSample: () => Promise<string>;
  /** Shows the window's title (the desktop window takes the page's). */
  setTitle: (title: string) => void;
}

const isProjectName = (name: string) => /\.relata$/i.test(name);

export class ProjectSession {
  /** The file the open project came from or was last saved to; null for a new or sample project. */
  private ref: ProjectRef | null = null;
  /** Whether `ref` is a project file Save may write to (a GraphML or GEXF file is only a starting point). */
  private refIsProject = false;
  private isSample = false;
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest edit not yet in the recovery copy was made (null: the copy is current). */
  private pendingSince: number | null = null;
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
    this.platform.onOpenRequest((ref) => void this.openRef(ref).catch((error) => this.report(messageOf(error), 'error')));
    this.workspace.on('dirty', () => {
      const dirty = this.workspace.isDirty();
      this.platform.setDirty(dirty);
      this.showTitle();
      // Clean again (saved, discarded, or undone back): the recovery copy has nothing left to protect.
      if (!dirty) {
        this.cancelAutosave();
        this.pendingSince = null;
        void this.platform.clearRecovery().catch(() => undefined);
      }
    });
    this.workspace.on('change', () => this.scheduleAutosave());
  }

  /** The name of the open project's file, if it has one. */
  get fileName(): string | null {
    return this.ref?.name ?? null;
  }

  /**
   * Start-up: offers unsaved work left by a window or tab that died, then opens the files the app was
   * launched with (command line, the OS), else, if nothing was restored, the sample project.
   */
  async start(): Promise<void> {
    const requested = await this.platform.takeOpenRequests().catch(() => []);
    const restored = await this.offerRecovery();
    const last = requested.at(-1);
    if (last) {
      try {
        await this.openRef(last);
        return;
      } catch (error) {
        this.report(messageOf(error), 'error');
      }
    }
    if (!restored && !this.ref) await this.openSample(false);
  }

  async newProject(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    this.workspace.load(createProject({ documents: [], graph: createKnowledgeGraph() }));
    this.setOrigin(null, false);
  }

  async open(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    const opened = await this.platform.openProject();
    if (opened) this.adopt(opened);
  }

  async openRef(ref: ProjectRef): Promise<void> {
    if (!(await this.confirmLeave())) return;
    this.adopt(await this.platform.openRef(ref));
  }

  /** Opens a project file dropped onto the window. */
  async openDropped(file: DroppedFile): Promise<void> {
    if (!(await this.confirmLeave())) return;
    this.adopt(await this.platform.openDropped(file));
  }

  /** True when a file with this name opens as a project or graph rather than being imported as text. */
  canOpen(name: string): boolean {
    return opensAsFile(name);
  }

  /** Saves to the project's file (asking where if it has none); true when saved. */
  async save(): Promise<boolean> {
    return this.saveTo(this.refIsProject ? 'save' : 'saveAs');
  }

  async saveAs(): Promise<boolean> {
    return this.saveTo('saveAs');
  }

  /** Writes the recovery copy now if it lacks edits (the timer does this a few seconds after the last one). */
  async autosave(): Promise<void> {
    this.cancelAutosave();
    const pending = this.pendingSince;
    this.pendingSince = null;
    if (!this.workspace.isDirty() || pending === null) return;
    try {
      await this.platform.writeRecovery(serializeProject(this.workspace.toProject()), this.ref);
    } catch (error) {
      this.pendingSince ??= pending;
      this.report(`The recovery copy could not be written: ${messageOf(error)}`, 'error');
    }
  }

  private scheduleAutosave(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    if (this.autosaveTimer !== null) clearTimeout(this.autosaveTimer);
    const delay = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, this.pendingSince + AUTOSAVE_MAX_DELAY_MS - now));
    this.autosaveTimer = setTimeout(() => void this.autosave(), delay);
  }

  private cancelAutosave(): void {
    if (this.autosaveTimer !== null) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
  }

  /**
   * Offers each copy left by a session that died, newest first, until one is restored. A copy that
   * cannot be restored is kept, and the person is told why.
   */
  private async offerRecovery(): Promise<boolean> {
    let entries: RecoveryEntry[];
    try {
      entries = await this.platform.listRecovery();
    } catch (error) {
      this.report(`Unsaved work from an earlier session could not be looked up: ${messageOf(error)}`, 'error');
      return false;
    }
    for (const entry of entries) {
      const choice = await this.platform.confirmRestore(entry);
      if (choice === 'discard') await this.platform.discardRecovery(entry.id);
      if (choice !== 'restore') continue;
      try {
        const work = await this.platform.readRecovery(entry.id);
        // A recovery copy is always a project, whatever file the work began as.
        const project = parseProject(work.content);
        await this.platform.claimRecovery(entry.id);
        this.workspace.load(project);
        this.setOrigin(work.ref, !!work.ref && isProjectName(work.ref.name));
        // Restored work is still unsaved work.
        this.workspace.changed();
        this.report(`Restored your unsaved work${work.ref ? ` on ${work.ref.name}` : ''}. Save it to keep it.`);
        return true;
      } catch (error) {
        const reason = messageOf(error).replace(/[.\s]*$/, '.');
        this.report(`The unsaved work on ${entry.name} from ${new Date(entry.savedAt).toLocaleString()} could not be restored: ${reason} The copy is kept.`, 'error');
      }
    }
    return false;
  }

  private async openSample(ask = true): Promise<void> {
    if (ask && !(await this.confirmLeave())) return;
    this.workspace.load(parseProject(await this.options.loadSample()));
    this.setOrigin(null, false, true);
  }

  /**
   * Parses before touching anything: a damaged, truncated or newer file throws here, the open project
   * stays as it was, and the file never becomes the target of a save.
   */
  private adopt({ ref, content }: OpenedProject): void {
    let opened: { project: ProjectFile; repairs: string[] };
    try {
      // A project as it is; a GraphML, GEXF or graphology file as a new project holding its graph.
      opened = projectFromFile(ref.name, content);
    } catch (error) {
      throw new Error(`“${ref.name}” could not be opened. ${messageOf(error)}`);
    }
    this.workspace.load(opened.project);
    this.setOrigin(ref, isProjectName(ref.name));
    if (opened.repairs.length === 0) this.report(`Opened ${ref.name}`);
    else this.report(`Opened ${ref.name}, with values it could not hold repaired: ${opened.repairs.join('; ')}.`, 'error');
  }

  private setOrigin(ref: ProjectRef | null, isProject: boolean, isSample = false): void {
    this.ref = ref;
    this.refIsProject = isProject;
    this.isSample = isSample;
    this.showTitle();
  }

  /** "● name — Relata" while there are unsaved changes. */
  private showTitle(): void {
    const name = this.ref?.name ?? (this.isSample ? 'Sample project' : 'Untitled');
    this.options.setTitle(`${this.workspace.isDirty() ? '● ' : ''}${name} — Relata`);
  }

  private async saveTo(mode: 'save' | 'saveAs'): Promise<boolean> {
    const saved = await this.platform.saveProject(serializeProject(this.workspace.toProject()), this.ref, mode);
    if (!saved) return false;
    this.setOrigin(saved, true);
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
