/**
 * The Electron main process: one instance, one sandboxed window showing the renderer bundle, the
 * native menu, the IPC handlers behind the Platform bridge, and the files the app is asked to open
 * (command line, a second launch, the OS).
 */
import { app, ipcMain, Menu, net, protocol, screen, session } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProject } from '../shared/project/codec';
import type { ProjectRef } from '../shared/shell/platform';
import { AppWindow } from './app-window';
import { createDialogs } from './dialogs';
import { configureGpu } from './gpu';
import { configureHeap } from './heap';
import { removeStaleTemps } from './io/atomic-write';
import { registerIpcHandlers } from './ipc/handlers';
import { buildMenuTemplate } from './menu';
import { filesFromArgv, OpenRequests } from './open-requests';
import { ProjectRefs } from './project-refs';
import { ProjectStore } from './project-store';
import { RecentFiles } from './recent-files';
import { RecoveryStore } from './recovery';
import { serveRenderer } from './renderer-protocol';
import { APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, isAppUrl } from './security';

const devServerUrl = process.env.ELECTRON_RENDERER_URL || undefined;

app.enableSandbox();
configureGpu({ appendSwitch: (name) => app.commandLine.appendSwitch(name), disableHardwareAcceleration: () => app.disableHardwareAcceleration() }, process.env);
configureHeap({ appendSwitch: (name, value) => app.commandLine.appendSwitch(name, value) });
protocol.registerSchemesAsPrivileged([
  // standard + secure: the page gets a real origin ('self' in the CSP, IndexedDB, module workers).
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const openRequests = new OpenRequests();
// macOS hands files over by event (Finder, the Dock), possibly before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openRequests.add(path);
});

let shellWindow: AppWindow | null = null;

async function start(): Promise<void> {
  const data = app.getPath('userData');
  const refs = new ProjectRefs();
  const store = new ProjectStore(parseProject);
  const recent = new RecentFiles(join(data, 'recent.json'), { add: (path) => app.addRecentDocument(path), clear: () => app.clearRecentDocuments() });
  const recovery = new RecoveryStore(join(data, 'recovery'));
  // Relata before per-window entries kept one copy here: it becomes an entry to offer.
  const legacyCopy = join(data, 'recovery.relata');
  await recovery.tidy(existsSync(legacyCopy) ? legacyCopy : undefined);
  const dialogs = createDialogs(() => shellWindow?.browserWindow ?? null);

  const rebuildMenu = async () => {
    const entries = await recent.list();
    const template = buildMenuTemplate({
      isMac: process.platform === 'darwin',
      recent: entries.map((e) => refs.refFor(e.path)),
      send: (command) => shellWindow?.send(command),
      openRecent: (ref: ProjectRef) => shellWindow?.sendOpenRequest(ref),
      clearRecent: () => void recent.clear().then(rebuildMenu),
      closeWindow: () => shellWindow?.close(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  /** After the window shows: checking recent files may wait on a sleeping network share. */
  const afterShown = async () => {
    if (await recent.prune()) await rebuildMenu();
    for (const entry of await recent.list()) await removeStaleTemps(entry.path);
  };

  const window = new AppWindow({
    dialogs,
    store,
    recent,
    recovery,
    openRequests,
    preload: join(import.meta.dirname, '../preload/preload.cjs'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    stateFile: join(data, 'window-state.json'),
    workAreas: () => screen.getAllDisplays().map((d) => d.workArea),
    defaultFolder: () => app.getPath('documents'),
    onRecentChanged: () => void rebuildMenu(),
    onShown: () => void afterShown().catch((error) => console.warn(`Start-up tidying failed: ${String(error)}`)),
  });
  shellWindow = window;

  hardenSession(session.defaultSession);
  serveRenderer(protocol, net, resolve(import.meta.dirname, '../renderer'));
  registerIpcHandlers(ipcMain, {
    dialogs,
    refs,
    store,
    recent,
    recovery,
    windowRecovery: window.recovery,
    openRequests,
    sendOpenRequest: (ref) => window.sendOpenRequest(ref),
    defaultFolder: () => app.getPath('documents'),
    onDirty: (dirty) => window.onDirty(dirty),
    onSaveSettled: (saved) => window.onSaveSettled(saved),
    onRecentChanged: () => void rebuildMenu(),
    isTrustedSender: (url) => isAppUrl(url, devServerUrl),
  });
  await rebuildMenu();
  await window.open();
}

// One instance: a second launch hands its files to the first and quits.
if (!app.requestSingleInstanceLock()) app.quit();
else {
  for (const path of filesFromArgv(process.argv.slice(1), process.cwd())) openRequests.add(path);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of filesFromArgv(argv.slice(1), workingDirectory)) openRequests.add(path);
    shellWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
  app.whenReady().then(start).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => void (shellWindow?.settled() ?? Promise.resolve()).then(() => app.quit()));
}
