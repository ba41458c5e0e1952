/**
 * The Electron main process: one sandboxed window showing the renderer bundle, the native menu,
 * the IPC handlers behind the Platform bridge, and the unsaved-changes prompt on close and quit.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDialogFilters } from '../shared/formats/collection';
import { projectFromFile } from '../shared/formats/open';
import { parseProject } from '../shared/project/codec';
import type { MenuCommand, ProjectRef } from '../renderer/platform/types';
import { registerIpcHandlers, type Dialogs } from './ipc/handlers';
import { MENU_COMMAND_CHANNEL, OPEN_RECENT_CHANNEL } from './ipc/channels';
import { buildMenuTemplate } from './menu';
import { ProjectRefs } from './project-refs';
import { ProjectStore } from './project-store';
import { RecentFiles } from './recent-files';
import { RecoveryStore } from './recovery';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isAppUrl } from './security';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererDir = resolve(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/preload.cjs');

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  // standard + secure: the page gets a real origin ('self' in the CSP, IndexedDB, module workers).
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let window: BrowserWindow | null = null;
let dirty = false;
let closeAfterSave = false;
let closeConfirmed = false;

const refs = new ProjectRefs();
let recent: RecentFiles;
let recovery: RecoveryStore;

function send(command: MenuCommand): void {
  window?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

async function rebuildMenu(): Promise<void> {
  const entries = await recent.list();
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    recent: entries.map((e) => refs.refFor(e.path)),
    send,
    openRecent: (ref: ProjectRef) => window?.webContents.send(OPEN_RECENT_CHANNEL, ref),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const projectFilters = [{ name: 'Relata project', extensions: ['relata'] }];

const dialogs: Dialogs = {
  async chooseProjectToOpen() {
    const result = await dialog.showOpenDialog(window!, { title: 'Open', filters: openDialogFilters(), properties: ['openFile'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseProjectSavePath(suggestedName) {
    const result = await dialog.showSaveDialog(window!, { title: 'Save Project', defaultPath: suggestedName, filters: projectFilters });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async chooseDocuments() {
    const result = await dialog.showOpenDialog(window!, {
      title: 'Import Documents',
      filters: [{ name: 'Text documents', extensions: ['txt', 'text', 'md'] }, { name: 'All files', extensions: ['*'] }],
      properties: ['openFile', 'multiSelections'],
    });
    return result.canceled ? [] : result.filePaths;
  },
  async chooseExportPath(suggestedName, mimeType) {
    const extension = suggestedName.includes('.') ? suggestedName.slice(suggestedName.lastIndexOf('.') + 1) : '*';
    const result = await dialog.showSaveDialog(window!, { title: 'Export', defaultPath: suggestedName, filters: [{ name: mimeType, extensions: [extension] }] });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async confirmDiscard() {
    const { response } = await dialog.showMessageBox(window!, {
      type: 'warning',
      message: 'Do you want to save the changes to this project?',
      detail: 'Your changes will be lost if you don’t save them.',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    });
    return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
  },
  async confirmRestore() {
    const { response } = await dialog.showMessageBox(window!, {
      type: 'question',
      message: 'Relata did not close properly last time.',
      detail: 'A copy of your unsaved work was kept. Restore it?',
      buttons: ['Restore', 'Discard'],
      defaultId: 0,
      cancelId: 1,
    });
    return response === 0;
  },
  async showError(message, detail) {
    await dialog.showMessageBox(window!, { type: 'error', message, ...(detail ? { detail } : {}) });
  },
};

/** Serves the built renderer from relata://app/, refusing anything outside its folder. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = resolve(rendererDir, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    const inside = relative(rendererDir, file);
    if (url.host !== 'app' || inside.startsWith('..') || inside.includes(`..${sep}`)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  window = new BrowserWindow({
    width: 1360,
    height: 860,
    show: false,
    title: 'Relata',
    webPreferences: {
      preload: preloadPath,
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
  window.once('ready-to-show', () => window?.show());
  window.on('close', (event) => {
    if (!dirty || closeConfirmed) return;
    event.preventDefault();
    void dialogs.confirmDiscard().then(async (choice) => {
      if (choice === 'discard') {
        closeConfirmed = true;
        await recovery.clear();
        window?.close();
      } else if (choice === 'save') {
        closeAfterSave = true;
        send('file.save');
      }
    });
  });
  window.on('closed', () => {
    window = null;
  });
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

// One instance: a second one would share the recovery file and take the first's autosave for a crash.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

app.whenReady().then(async () => {
  const data = app.getPath('userData');
  recent = new RecentFiles(join(data, 'recent.json'));
  recovery = new RecoveryStore(join(data, 'recovery.relata'));
  hardenSession(session.defaultSession);
  serveRenderer();
  registerIpcHandlers(ipcMain, {
    dialogs,
    refs,
    // Opening takes projects and graphs (by name and content); saving only ever writes a project.
    store: new ProjectStore(parseProject, undefined, projectFromFile),
    recent,
    recovery,
    onDirty(value) {
      dirty = value;
      // The title-bar dot for unsaved work exists on macOS only.
      if (process.platform === 'darwin') window?.setDocumentEdited(value);
      if (!value && closeAfterSave) {
        closeConfirmed = true;
        window?.close();
      }
    },
    onSaveSettled(saved) {
      // A cancelled or failed save keeps the window open with the work still unsaved.
      if (!saved) closeAfterSave = false;
    },
    onRecentChanged: () => void rebuildMenu(),
    isTrustedSender: (url) => isAppUrl(url, devServerUrl),
  });
  await rebuildMenu();
  createWindow();
});

app.on('window-all-closed', () => {
  if (!dirty) void recovery?.clear();
  app.quit();
});
