/**
 * The one bridge between the renderer and the operating system. Electron implements it with
 * preload + IPC (main validates every argument); web mode with browser APIs. The renderer imports
 * nothing else from the platform, and main implements it without importing the renderer.
 */
import type { ExportCommand } from '../formats/commands';
import type { SourceDocument } from '../graph/schema';

/** Commands the native menu (or web mode's menu bar and shortcuts) sends to the renderer. */
export type MenuCommand =
  | 'file.new' | 'file.open' | 'file.save' | 'file.saveAs' | 'file.import'
  | ExportCommand
  | 'edit.undo' | 'edit.redo' | 'edit.delete' | 'edit.selectAll' | 'edit.find'
  | 'view.zoomFit' | 'view.layout' | 'view.theme'
  | 'help.shortcuts' | 'help.about' | 'help.sample';

/** An opaque reference to where a file lives (a path in Electron, a file handle id on the web). */
export interface ProjectRef {
  id: string;
  name: string;
}

export interface OpenedProject {
  ref: ProjectRef;
  /** The file's text; parsing and validation happen in shared/ (by the file's extension). */
  content: string;
}

export interface RecentFile {
  ref: ProjectRef;
  openedAt: number;
}

/** The answer to "you have unsaved changes": save first, throw them away, or stay. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** Save writes to the project's own file (asking only when it has none); Save As always asks. */
export type SaveMode = 'save' | 'saveAs';

/** Unsaved work kept by a window or tab that is no longer running (it crashed, or was killed). */
export interface RecoveryEntry {
  id: string;
  /** The project's file name, or "Untitled". */
  name: string;
  /** When the copy was written (ms since the epoch). */
  savedAt: number;
}

/** A recovery copy's text, and the file it was the unsaved state of (null for a project never saved). */
export interface RecoveredWork {
  content: string;
  ref: ProjectRef | null;
}

/** Restore the copy now, keep it for later, or throw it away. */
export type RestoreChoice = 'restore' | 'later' | 'discard';

/** A file dropped onto the window: the slice of a DOM File the platform reads. */
export interface DroppedFile {
  readonly name: string;
  text(): Promise<string>;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Shows an open dialog (projects and the graph formats of shared/formats); null when the person cancels. */
  openProject(): Promise<OpenedProject | null>;
  /** Reads a file main or the browser handed out a ref for (recent list, command line, the OS). */
  openRef(ref: ProjectRef): Promise<OpenedProject>;
  /** Reads a file dropped onto the window; in the desktop app a later Save writes back to it. */
  openDropped(file: DroppedFile): Promise<OpenedProject>;
  /**
   * Saves atomically to `ref`, or asks where (Save As, or no ref yet, suggesting the current name and
   * folder); returns where it went, null on cancel.
   */
  saveProject(content: string, ref: ProjectRef | null, mode: SaveMode): Promise<ProjectRef | null>;
  /** Shows a dialog for text files; binary or invalid files are reported, not returned. */
  importDocuments(): Promise<SourceDocument[]>;
  /** Saves an exported file (any export format); false on cancel. */
  exportFile(suggestedName: string, data: string | Uint8Array, mimeType: string): Promise<boolean>;
  listRecent(): Promise<RecentFile[]>;
  /** Keeps this window's recovery copy of a dirty project, with the file it belongs to. */
  writeRecovery(content: string, ref: ProjectRef | null): Promise<void>;
  /** Removes this window's own recovery copy (the work was saved or discarded). */
  clearRecovery(): Promise<void>;
  /** Recovery copies left by windows or tabs that are no longer running, newest first. */
  listRecovery(): Promise<RecoveryEntry[]>;
  /** Reads one of those copies; it stays where it is until claimed or discarded. */
  readRecovery(id: string): Promise<RecoveredWork>;
  /** Makes a restored copy this window's own, so the next autosave replaces it. */
  claimRecovery(id: string): Promise<void>;
  discardRecovery(id: string): Promise<void>;
  /** Tells the shell whether closing would lose work (drives the unsaved-changes prompt). */
  setDirty(dirty: boolean): void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /** Asks what to do with unsaved changes before they would be replaced (new, open, close). */
  confirmDiscard(): Promise<UnsavedChoice>;
  /** Asks what to do with unsaved work found from a session that ended unexpectedly. */
  confirmRestore(entry: RecoveryEntry): Promise<RestoreChoice>;
  /** Files the app was asked to open before the page was ready (command line, the OS); asked once at start. */
  takeOpenRequests(): Promise<ProjectRef[]>;
  /** Subscribes to later requests to open a file (Open Recent, a second launch, the OS); returns the unsubscribe. */
  onOpenRequest(handler: (ref: ProjectRef) => void): () => void;
}
