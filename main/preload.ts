/**
 * The preload: the only code with access to IPC. It exposes the Platform operations (and nothing
 * else) to the sandboxed page as `window.relataShell`. Errors come back from main as data and are
 * re-thrown here with main's message.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, Platform, ProjectRef } from '../renderer/platform/types';
import type { IpcResult } from './ipc/handlers';
import type { InvokeChannel, SendChannel } from './ipc/channels';

// Literal copies of channel names: importing ./ipc/channels would bundle its schema library into the preload.
const MENU_COMMAND_CHANNEL = 'menu:command';
const OPEN_RECENT_CHANNEL = 'menu:openRecent';

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
  openRecent: (ref) => invoke('project:openRecent', ref),
  saveProject: (content, ref) => invoke('project:save', content, ref),
  importDocuments: () => invoke('documents:import'),
  exportFile: (suggestedName, data, mimeType) => invoke('file:export', suggestedName, data, mimeType),
  listRecent: () => invoke('recent:list'),
  writeRecovery: (content) => invoke('recovery:write', content),
  readRecovery: () => invoke('recovery:read'),
  clearRecovery: () => invoke('recovery:clear'),
  setDirty: (dirty) => send('app:setDirty', dirty),
  onMenuCommand: (handler) => subscribe<MenuCommand>(MENU_COMMAND_CHANNEL, handler),
  confirmDiscard: () => invoke('project:confirmDiscard'),
  confirmRestore: () => invoke('project:confirmRestore'),
  onOpenRecent: (handler) => subscribe<ProjectRef>(OPEN_RECENT_CHANNEL, handler),
};

contextBridge.exposeInMainWorld('relataShell', shell);
