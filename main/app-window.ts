/**
 * The app's window: its sandboxed page, its place on screen, the unsaved-changes prompt on close,
 * and what happens when its page crashes or hangs. A page that died leaves its recovery copy for the
 * next page to offer; until then a Save from the close prompt writes that copy to the project's file.
 */
import { BrowserWindow } from 'electron';
import type { MenuCommand, ProjectRef } from '../shared/shell/platform';
import type { ShellDialogs } from './dialogs';
import { MENU_COMMAND_CHANNEL, OPEN_REQUEST_CHANNEL } from './ipc/events';
import type { OpenRequests } from './open-requests';
import { suggestSavePath } from './paths';
import { isProjectPath, type ProjectStore } from './project-store';
import type { RecentFiles } from './recent-files';
import type { RecoveryStore } from './recovery';
import { WindowRecovery } from './window-recovery';
import { placeWindow, readWindowState, writeWindowState, type Rectangle } from './window-state';

export interface AppWindowParts {
  dialogs: ShellDialogs;
  store: ProjectStore;
  recent: RecentFiles;
  recovery: RecoveryStore;
  openRequests: OpenRequests;
  preload: string;
  url: string;
  stateFile: string;
  workAreas(): Rectangle[];
  defaultFolder(): string;
  onRecentChanged(): void;
  /** Runs once the window is on screen (deferred start-up work goes here). */
  onShown(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AppWindow {
  readonly recovery: WindowRecovery;
  private window: BrowserWindow | null = null;
  /** The page reported unsaved work (after a crash: the work the dead page had). */
  private dirty = false;
  private pageAlive = true;
  /** The recovery entry a dead page left: what a Save from the close prompt writes. */
  private lostEntry: string | null = null;
  private closeAfterSave = false;
  private closeConfirmed = false;
  /** A hung page is being crashed on purpose, to reload it. */
  private reloadAfterCrash = false;
  private hungPrompt: AbortController | null = null;
  private stateSaved: Promise<void> = Promise.resolve();

  constructor(private readonly parts: AppWindowParts) {
    this.recovery = new WindowRecovery(parts.recovery);
  }

  get browserWindow(): BrowserWindow | null {
    return this.window;
  }

  async open(): Promise<void> {
    const place = placeWindow(await readWindowState(this.parts.stateFile), this.parts.workAreas());
    const window = new BrowserWindow({
      ...(place.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : {}),
      width: place.width,
      height: place.height,
      minWidth: 640,
      minHeight: 420,
      show: false,
      title: 'Relata',
      webPreferences: {
        preload: this.parts.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
        // Middle-click would otherwise open links in new windows past setWindowOpenHandler's reach.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    this.window = window;
    window.once('ready-to-show', () => {
      if (place.maximized) window.maximize();
      if (place.fullScreen) window.setFullScreen(true);
      window.show();
      this.parts.onShown();
    });
    window.on('close', (event) => this.onClose(event));
    window.on('closed', () => {
      this.window = null;
      this.parts.openRequests.pause();
    });
    window.on('unresponsive', () => void this.onHung());
    window.on('responsive', () => this.hungPrompt?.abort());
    window.webContents.on('render-process-gone', (_event, details) => void this.onPageGone(details.reason));
    await window.loadURL(this.parts.url).catch(async (error: unknown) => {
      // The window stays, with a reason, rather than the app vanishing.
      window.show();
      await this.parts.dialogs.showError('Relata’s window could not load its page.', messageOf(error));
    });
  }

  /** Sends a menu command to the page (a dead page has nothing to run it). */
  send(command: MenuCommand): void {
    if (this.pageAlive) this.window?.webContents.send(MENU_COMMAND_CHANNEL, command);
  }

  sendOpenRequest(ref: ProjectRef): void {
    this.window?.webContents.send(OPEN_REQUEST_CHANNEL, ref);
  }

  focus(): void {
    if (this.window?.isMinimized()) this.window.restore();
    this.window?.focus();
  }

  close(): void {
    this.window?.close();
  }

  /** Settles once the window's place is written (quit waits for it). */
  settled(): Promise<void> {
    return this.stateSaved;
  }

  onDirty(dirty: boolean): void {
    this.dirty = dirty;
    // The title-bar dot for unsaved work exists on macOS only; the page's title shows it everywhere.
    if (process.platform === 'darwin') this.window?.setDocumentEdited(dirty);
    if (!dirty && this.closeAfterSave) this.closeNow();
  }

  onSaveSettled(saved: ProjectRef | null): void {
    // A cancelled or failed save keeps the window open with the work still unsaved.
    if (!saved) this.closeAfterSave = false;
  }

  private onClose(event: Electron.Event): void {
    if (!this.closeConfirmed && this.dirty) {
      event.preventDefault();
      void this.promptClose().catch((error) => this.parts.dialogs.showError('The window could not be closed.', messageOf(error)));
      return;
    }
    this.rememberPlace();
  }

  private closeNow(): void {
    this.closeConfirmed = true;
    this.closeAfterSave = false;
    this.window?.close();
  }

  private rememberPlace(): void {
    const window = this.window;
    if (!window || window.isDestroyed()) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() };
    this.stateSaved = writeWindowState(this.parts.stateFile, state).catch(() => undefined);
  }

  private async promptClose(): Promise<void> {
    const choice = await this.parts.dialogs.confirmDiscard();
    if (choice === 'cancel') return;
    if (choice === 'discard') {
      await this.recovery.clear();
      if (this.lostEntry) await this.parts.recovery.discard(this.lostEntry);
      this.closeNow();
    } else if (this.pageAlive) {
      this.closeAfterSave = true;
      this.send('file.save');
    } else if (await this.saveLostWork()) {
      this.closeNow();
    }
  }

  /**
   * Save with a dead page: the last recovery copy goes to the project's own file, or where the
   * person chooses. True when the window may close.
   */
  private async saveLostWork(): Promise<boolean> {
    const { dialogs, recovery, store, recent } = this.parts;
    if (!this.lostEntry) {
      await dialogs.showError('There is nothing to save.', 'The window stopped before a recovery copy of the changes was written.');
      return true;
    }
    try {
      const copy = await recovery.read(this.lostEntry);
      const own = copy.path && isProjectPath(copy.path) ? copy.path : null;
      const path = own ?? (await dialogs.chooseProjectSavePath(suggestSavePath(copy.path, this.parts.defaultFolder())));
      if (!path) return false;
      await store.save(path, copy.content);
      await recent.add(path);
      this.parts.onRecentChanged();
      await recovery.discard(this.lostEntry);
      this.lostEntry = null;
      return true;
    } catch (error) {
      await dialogs.showError('The work was not saved.', messageOf(error));
      return false;
    }
  }

  private async onPageGone(reason: string): Promise<void> {
    if (this.closeConfirmed || !this.window || this.window.isDestroyed()) return;
    this.pageAlive = false;
    this.closeAfterSave = false;
    this.parts.openRequests.pause();
    this.lostEntry = (await this.recovery.release()) ?? this.lostEntry;
    if (this.reloadAfterCrash) {
      this.reload();
      return;
    }
    const savedAt = this.lostEntry ? await this.parts.recovery.savedAt(this.lostEntry) : null;
    const choice = await this.parts.dialogs.rendererGone({ reason, savedAt, dirty: this.dirty });
    if (choice === 'reload') this.reload();
    else {
      // The copy stays, unlocked: the next start offers it.
      this.closeNow();
    }
  }

  private async onHung(): Promise<void> {
    if (this.hungPrompt) return;
    this.hungPrompt = new AbortController();
    const choice = await this.parts.dialogs.rendererHung(this.hungPrompt.signal);
    const stillHung = !this.hungPrompt.signal.aborted;
    this.hungPrompt = null;
    if (choice === 'reload' && stillHung && this.window) {
      this.reloadAfterCrash = true;
      this.window.webContents.forcefullyCrashRenderer();
    }
  }

  /** A fresh page: it starts clean and offers the copy the dead one left. */
  private reload(): void {
    this.reloadAfterCrash = false;
    this.pageAlive = true;
    this.dirty = false;
    this.lostEntry = null;
    this.window?.webContents.reload();
  }
}
