/**
 * The preload: the only code with access to IPC. It exposes the Platform operations (and nothing
 * else) to the sandboxed page as `window.relataShell`. Errors come back from main as data and are
 * re-thrown here with main's message.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { MenuCommand, Platform, ProjectRef } from '../shared/shell/platform';
import type { InvokeChannel, SendChannel } from './ipc/channels';
import { MENU_COMMAND_CHANNEL, OPEN_REQUEST_CHANNEL } from './ipc/events';
import type { IpcResult } from './ipc/handlers';

async function invoke<T>(channel: InvokeChannel, ...args: unknown[]): Promise<T> {
  const result = (await ipcRenderer.invoke(channel, ...args)) as IpcResult<T>;
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function send(channel: SendChannel, ...args: unknown[]): void {
  ipcRenderer.send(channel, ...args);
}

function subscribe<T>(channel: string, handler: (value: T) => void): () => void {
  // The event object is not passed on: it would give the page a handle on ipcRenderer.
  const listener = (_event: IpcRendererEvent, value: T) => handler(value);
  ipcRenderer.on(channel, listener);
  return () => ipcRenderer.removeListener(channel, listener);
}

const shell: Omit<Platform, 'kind'> = {
  openProject: () => invoke('project:open'),
  openRef: (ref) => invoke('project:openRef', ref),
  openDropped: (file) => {
    // The path comes from the File itself, here: the page never names a path.
    const path = webUtils.getPathForFile(file as File);
    if (!path) return Promise.reject(new Error(`“${file.name}” was not dropped from a folder on this computer.`));
    return invoke('project:openDropped', path);
  },
  saveProject: (content, ref, mode) => invoke('project:save', content, ref, mode),
  importDocuments: () => invoke('documents:import'),
  exportFile: (suggestedName, data, mimeType) => invoke('file:export', suggestedName, data, mimeType),
  listRecent: () => invoke('recent:list'),
  writeRecovery: (content, ref) => invoke('recovery:write', content, ref),
  clearRecovery: () => invoke('recovery:clear'),
  listRecovery: () => invoke('recovery:list'),
  readRecovery: (id) => invoke('recovery:read', id),
  claimRecovery: (id) => invoke('recovery:claim', id),
  discardRecovery: (id) => invoke('recovery:discard', id),
  setDirty: (dirty) => send('app:setDirty', dirty),
  onMenuCommand: (handler) => subscribe<MenuCommand>(MENU_COMMAND_CHANNEL, handler),
  confirmDiscard: () => invoke('project:confirmDiscard'),
  confirmRestore: (entry) => invoke('project:confirmRestore', entry),
  takeOpenRequests: () => invoke('shell:takeOpenRequests'),
  onOpenRequest: (handler) => subscribe<ProjectRef>(OPEN_REQUEST_CHANNEL, handler),
};

contextBridge.exposeInMainWorld('relataShell', shell);
