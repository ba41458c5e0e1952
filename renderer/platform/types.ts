/**
 * The one bridge between the renderer and the operating system. Electron implements it with
 * preload + IPC (main validates every argument); web mode with browser APIs. The renderer imports
 * nothing else from the platform.
 */
import type { ExportCommand } from '../../shared/formats/commands';
import type { SourceDocument } from '../../shared/graph/schema';

/** Commands the native menu (or web mode's own menu bar / shortcuts) sends to the renderer. */
export type MenuCommand =
  | 'file.new' | 'file.open' | 'file.save' | 'file.saveAs' | 'file.import'
  | ExportCommand
  | 'edit.undo' | 'edit.redo' | 'edit.delete' | 'edit.selectAll' | 'edit.find'
  | 'view.zoomFit' | 'view.layout' | 'view.theme'
  | 'help.about' | 'help.sample';

/** An opaque reference to where a project lives (a path in Electron, a file handle id on the web). */
export interface ProjectRef {
  id: string;
  name: string;
}

export interface OpenedProject {
  ref: ProjectRef;
  /** The file's text; parsing and validation happen in shared/project. */
  content: string;
}

export interface RecentFile {
  ref: ProjectRef;
  openedAt: number;
}

/** The answer to "you have unsaved changes": save first, throw them away, or stay. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Shows an open dialog; null when the person cancels. */
  openProject(): Promise<OpenedProject | null>;
  openRecent(ref: ProjectRef): Promise<OpenedProject | null>;
  /** Saves atomically to `ref` (or asks where, when ref is null); returns where it went, null on cancel. */
  saveProject(content: string, ref: ProjectRef | null): Promise<ProjectRef | null>;
  /** Shows a dialog for text files; binary or invalid files are reported, not returned. */
  importDocuments(): Promise<SourceDocument[]>;
  /** Saves an exported file (GraphML, GEXF, PNG, SVG); false on cancel. */
  exportFile(suggestedName: string, data: string | Uint8Array, mimeType: string): Promise<boolean>;
  listRecent(): Promise<RecentFile[]>;
  /** Keeps a recovery copy of a dirty project. */
  writeRecovery(content: string): Promise<void>;
  readRecovery(): Promise<string | null>;
  clearRecovery(): Promise<void>;
  /** Tells the shell whether closing would lose work (drives the unsaved-changes prompt). */
  setDirty(dirty: boolean): void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /** Asks what to do with unsaved changes before they would be replaced (new, open, close). */
  confirmDiscard(): Promise<UnsavedChoice>;
  /** Asks whether to restore the unsaved work found from a session that ended unexpectedly. */
  confirmRestore(): Promise<boolean>;
  /** Subscribes to File › Open Recent picks made in a native menu; returns the unsubscribe function. */
  onOpenRecent(handler: (ref: ProjectRef) => void): () => void;
}
