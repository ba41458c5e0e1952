/**
 * The native dialogs the desktop shell shows: open, save, export, the unsaved-changes and restore
 * prompts, and the prompts for a window whose page crashed or hangs.
 */
import { dialog, type BrowserWindow, type FileFilter, type MessageBoxOptions } from 'electron';
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { openDialogFilters } from '../shared/formats/collection';
import type { RecoveryEntry } from '../shared/shell/platform';
import type { Dialogs } from './ipc/handlers';
import { withExtension } from './paths';

/** Open's filters: what the format collection opens, then any file (opening sniffs what it is). */
export const OPEN_FILTERS: FileFilter[] = [...openDialogFilters(), { name: 'All files', extensions: ['*'] }];

/** What a window whose page crashed may do next. */
export type GoneChoice = 'reload' | 'close';
/** What a window whose page stopped answering may do next. */
export type HungChoice = 'wait' | 'reload';

export interface ShellDialogs extends Dialogs {
  rendererGone(details: { reason: string; savedAt: number | null; dirty: boolean }): Promise<GoneChoice>;
  rendererHung(signal: AbortSignal): Promise<HungChoice>;
}

const time = (ms: number) => new Date(ms).toLocaleTimeString();

export function createDialogs(parent: () => BrowserWindow | null): ShellDialogs {
  const messageBox = async (options: MessageBoxOptions): Promise<number> => {
    const window = parent();
    return (await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))).response;
  };

  /** A save dialog whose answer has the extension; a name completed that way is checked for replacing a file. */
  const askSavePath = async (title: string, defaultPath: string, filter: FileFilter): Promise<string | null> => {
    const window = parent();
    const options = { title, defaultPath, filters: [filter], properties: ['showOverwriteConfirmation', 'createDirectory'] as ('showOverwriteConfirmation' | 'createDirectory')[] };
    const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    if (result.canceled || !result.filePath) return null;
    const path = withExtension(result.filePath, filter.extensions[0]!);
    // The dialog asked about replacing the name as typed, not the one with the extension added.
    if (path !== result.filePath && existsSync(path)) {
      const replace = await messageBox({
        type: 'warning',
        message: `“${basename(path)}” already exists. Do you want to replace it?`,
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      });
      if (replace !== 0) return null;
    }
    return path;
  };

  return {
    async chooseFileToOpen() {
      const window = parent();
      const options = { title: 'Open', filters: OPEN_FILTERS, properties: ['openFile'] as 'openFile'[] };
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseProjectSavePath: (suggestedPath) => askSavePath('Save Project', suggestedPath, { name: 'Relata project', extensions: ['relata'] }),
    async chooseDocuments() {
      const window = parent();
      const options = {
        title: 'Import Documents',
        filters: [{ name: 'Text documents', extensions: ['txt', 'text', 'md'] }, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
      };
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
    chooseExportPath(suggestedName) {
      const extension = extname(suggestedName).slice(1) || 'txt';
      return askSavePath('Export', suggestedName, { name: extension.toUpperCase(), extensions: [extension] });
    },
    async confirmDiscard() {
      const response = await messageBox({
        type: 'warning',
        message: 'Do you want to save the changes to this project?',
        detail: 'Your changes will be lost if you don’t save them.',
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
    async confirmRestore(entry: RecoveryEntry) {
      const response = await messageBox({
        type: 'question',
        message: 'Relata did not close properly last time.',
        detail: `Unsaved changes to ${entry.name} from ${new Date(entry.savedAt).toLocaleString()} were kept. Restore them? Later keeps the copy and asks again next time.`,
        buttons: ['Restore', 'Later', 'Discard'],
        defaultId: 0,
        cancelId: 1,
      });
      return (['restore', 'later', 'discard'] as const)[response] ?? 'later';
    },
    async showError(message, detail) {
      await messageBox({ type: 'error', message, ...(detail ? { detail } : {}) });
    },
    async rendererGone({ reason, savedAt, dirty }) {
      const kept = savedAt !== null ? `Your unsaved work up to ${time(savedAt)} is kept in a recovery copy; Reload offers it back.` : dirty ? 'Changes made in the last seconds before it stopped could not be kept.' : 'Nothing was lost.';
      const response = await messageBox({
        type: 'error',
        message: 'The Relata window stopped working.',
        detail: `${kept} (Reason: ${reason}.)`,
        buttons: ['Reload', 'Close Window'],
        defaultId: 0,
        cancelId: 1,
      });
      return response === 0 ? 'reload' : 'close';
    },
    async rendererHung(signal) {
      const response = await messageBox({
        type: 'warning',
        message: 'Relata is not responding.',
        detail: 'You can wait for it, or reload the window. Your unsaved work is kept in its recovery copy and offered back after the reload.',
        buttons: ['Wait', 'Reload'],
        defaultId: 0,
        cancelId: 0,
        signal,
      });
      return response === 1 ? 'reload' : 'wait';
    },
  };
}
