/**
 * A test double of Electron's main-process API, for running the *built* main bundle under plain
 * Node. It keeps Electron's behaviour where the shell depends on it (the order of app and window
 * events, a window's close being cancellable, quit closing every window first, the single-instance
 * lock handing a second launch's argv to the first, the custom protocol and session headers) and
 * hands everything a person or Chromium would do to the test process over IPC: the window is a real
 * Chromium page there, dialogs are answered and menus clicked by the test.
 */
import { EventEmitter } from 'node:events';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rpc } from './rpc';

if (!process.send) throw new Error('The Electron double runs in a process forked by the desktop harness.');
const rpc = new Rpc({
  send: (message, done) => process.send!(message, undefined, {}, done),
  subscribe: (listener) => process.on('message', listener),
});

const USER_DATA = process.env.RELATA_E2E_USER_DATA ?? join(tmpdir(), 'relata-e2e-user-data');
const DOCUMENTS = process.env.RELATA_E2E_DOCUMENTS ?? tmpdir();
const WORK_AREA = { x: 0, y: 0, width: 1440, height: 900 };

/** An Electron event: listeners may call preventDefault. */
function event(extra: object = {}): { preventDefault(): void; defaultPrevented: boolean } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

// ————— app —————

const switches = new Map<string, string>();
let ready = false;
let quitting = false;
let hardwareAcceleration = true;
let readyResolve: () => void;
const readyPromise = new Promise<void>((done) => (readyResolve = done));

class App extends EventEmitter {
  readonly commandLine = {
    appendSwitch: (name: string, value = '') => void switches.set(name, value),
    hasSwitch: (name: string) => switches.has(name),
    getSwitchValue: (name: string) => switches.get(name) ?? '',
  };
  readonly isPackaged = false;
  private sandboxed = false;

  getName(): string {
    return 'Relata';
  }
  getVersion(): string {
    return '0.0.0-e2e';
  }
  getPath(name: string): string {
    if (name === 'userData') return USER_DATA;
    if (name === 'documents') return DOCUMENTS;
    return tmpdir();
  }
  enableSandbox(): void {
    if (ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxed = true;
  }
  disableHardwareAcceleration(): void {
    if (ready) throw new Error('app.disableHardwareAcceleration() must be called before the app is ready');
    hardwareAcceleration = false;
  }
  isReady(): boolean {
    return ready;
  }
  whenReady(): Promise<void> {
    return readyPromise;
  }
  addRecentDocument(path: string): void {
    rpc.notify('app:recentDocument', { add: path });
  }
  clearRecentDocuments(): void {
    rpc.notify('app:recentDocument', { clear: true });
  }
  focus(): void {}
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    return singleInstance.request(additionalData);
  }

  /** Electron's order: before-quit, every window closed (any may refuse, which cancels), will-quit, quit, exit. */
  quit(): void {
    if (quitting) return;
    const before = event();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    quitting = true;
    for (const window of [...BrowserWindow.all]) {
      window.close();
      if (!window.isDestroyed()) {
        quitting = false;
        return;
      }
    }
    const will = event();
    this.emit('will-quit', will);
    if (will.defaultPrevented) {
      quitting = false;
      return;
    }
    this.emit('quit', event(), 0);
    void this.exitSoon(0);
  }

  exit(code = 0): void {
    void this.exitSoon(code);
  }

  get sandbox(): boolean {
    return this.sandboxed;
  }

  private async exitSoon(code: number): Promise<void> {
    await singleInstance.release();
    rpc.notify('app:exit', { code });
    await rpc.flush();
    process.exit(code);
  }
}

export const app = new App();

/**
 * Chromium's process singleton, as Electron uses it: the first instance holds a lock file and
 * listens on a socket in userData; a second one sends its argv there and is told to quit.
 */
const singleInstance = {
  server: null as Server | null,
  sending: Promise.resolve(),
  lock: join(USER_DATA, 'SingletonLock'),
  socket: join(USER_DATA, 'SingletonSocket'),
  request(additionalData: unknown): boolean {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.lock, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.listen();
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(this.lock, 'utf8'));
        if (isAlive(holder)) {
          this.sending = this.handOver(additionalData);
          return false;
        }
        unlinkSync(this.lock);
      }
    }
    return false;
  },
  listen(): void {
    try {
      unlinkSync(this.socket);
    } catch {
      // No stale socket.
    }
    this.server = createServer((connection) => {
      let text = '';
      connection.on('data', (chunk) => (text += chunk));
      connection.on('end', () => {
        const { argv, cwd, additionalData } = JSON.parse(text) as { argv: string[]; cwd: string; additionalData: unknown };
        const run = () => app.emit('second-instance', event(), argv, cwd, additionalData);
        if (ready) run();
        else void readyPromise.then(run);
      });
    });
    this.server.listen(this.socket);
    this.server.unref();
  },
  handOver(additionalData: unknown): Promise<void> {
    return new Promise((done) => {
      const connection = createConnection(this.socket, () => {
        connection.end(JSON.stringify({ argv: process.argv, cwd: process.cwd(), additionalData }));
      });
      connection.on('close', () => done());
      connection.on('error', () => done());
    });
  },
  async release(): Promise<void> {
    await this.sending;
    if (!this.server) return;
    this.server.close();
    try {
      unlinkSync(this.lock);
    } catch {
      // Already gone.
    }
  },
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ————— protocol, session, net: the page's origin, served over loopback HTTP —————

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const schemes = new Map<string, ProtocolHandler>();
type HeadersListener = (details: { url: string; responseHeaders: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void;
let headersListener: HeadersListener | null = null;
let httpServer: Promise<string> | null = null;

/** The loopback origin that stands for relata://app (Chromium here cannot load a custom scheme). */
function appServer(): Promise<string> {
  httpServer ??= new Promise((done) => {
    const server = createHttpServer((req, res) => void serve(req, res));
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
    server.unref();
  });
  return httpServer;
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const handler = schemes.get('relata');
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  const url = `relata://app${req.url ?? '/'}`;
  let response: Response;
  try {
    response = await handler(new Request(url, { method: req.method ?? 'GET' }));
  } catch {
    res.destroy();
    return;
  }
  let headers: Record<string, string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = [value]));
  if (headersListener) {
    headers = await new Promise((done) => headersListener!({ url, responseHeaders: headers }, (r) => done(r.responseHeaders ?? headers)));
  }
  res.writeHead(response.status, Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.join(', ')])));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function toPageUrl(url: string): Promise<string> {
  return url.startsWith('relata://app/') ? `${await appServer()}${url.slice('relata://app'.length)}` : url;
}

function fromPageUrl(url: string): string {
  return httpServer && url.startsWith('http://127.0.0.1:') ? url.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'relata://app') : url;
}

export const protocol = {
  registerSchemesAsPrivileged(schemesToRegister: { scheme: string }[]): void {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    rpc.notify('event', { name: 'protocol:privileged', data: schemesToRegister.map((s) => s.scheme) });
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    schemes.set(scheme, handler);
  },
};

const MIME: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.cjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
};

export const net = {
  async fetch(url: string): Promise<Response> {
    if (!url.startsWith('file:')) throw new Error(`The double's net.fetch reads files only, not ${url}`);
    const path = fileURLToPath(url);
    const bytes = await readFile(path);
    return new Response(bytes, { headers: { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' } });
  },
};

export const session = {
  defaultSession: {
    webRequest: {
      onHeadersReceived(listener: HeadersListener): void {
        headersListener = listener;
      },
    },
    setPermissionRequestHandler(): void {},
    setPermissionCheckHandler(): void {},
  },
};

// ————— windows —————

let nextWindowId = 1;

class WebContents extends EventEmitter {
  url = '';
  windowOpenHandler: unknown = null;
  constructor(readonly owner: BrowserWindow) {
    super();
  }
  get id(): number {
    return this.owner.id;
  }
  send(channel: string, ...args: unknown[]): void {
    if (!this.owner.isDestroyed()) rpc.notify('webContents:send', { window: this.owner.id, channel, args });
  }
  reload(): void {
    void rpc.request('webContents:reload', { window: this.owner.id }).then(() => this.emit('did-finish-load'));
  }
  forcefullyCrashRenderer(): void {
    rpc.notify('webContents:crash', { window: this.owner.id });
  }
  setWindowOpenHandler(handler: unknown): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.owner.isDestroyed();
  }
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  static readonly all = new Set<BrowserWindow>();
  static byId(id: number): BrowserWindow | undefined {
    return [...BrowserWindow.all].find((w) => w.id === id);
  }

  readonly id = nextWindowId++;
  readonly webContents: WebContents;
  private bounds: Bounds;
  private destroyed = false;
  private maximized = false;
  private fullScreen = false;
  private minimized = false;
  private visible = false;

  constructor(options: { x?: number; y?: number; width?: number; height?: number; show?: boolean; webPreferences?: Record<string, unknown> } = {}) {
    super();
    if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.bounds = { x: options.x ?? 100, y: options.y ?? 80, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new WebContents(this);
    BrowserWindow.all.add(this);
    app.emit('web-contents-created', event(), this.webContents);
    rpc.notify('window:create', { window: this.id, bounds: this.bounds, webPreferences: options.webPreferences ?? {} });
    if (options.show !== false) this.show();
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    await rpc.request('window:load', { window: this.id, url: await toPageUrl(url) });
    this.webContents.emit('did-finish-load');
    setImmediate(() => this.emit('ready-to-show'));
  }

  show(): void {
    this.visible = true;
    rpc.notify('window:show', { window: this.id });
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    rpc.notify('event', { name: 'window:focus' });
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  setFullScreen(value: boolean): void {
    this.fullScreen = value;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setDocumentEdited(edited: boolean): void {
    rpc.notify('event', { name: 'window:documentEdited', data: edited });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** What the close button does: 'close' first, which a listener may cancel. */
  close(): void {
    if (this.destroyed) return;
    const closing = event();
    this.emit('close', closing);
    if (!closing.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    BrowserWindow.all.delete(this);
    rpc.notify('window:destroy', { window: this.id });
    this.emit('closed');
    if (BrowserWindow.all.size === 0) app.emit('window-all-closed');
  }
}

export const screen = {
  getAllDisplays: () => [{ id: 1, bounds: WORK_AREA, workArea: WORK_AREA, scaleFactor: 1 }],
  getPrimaryDisplay: () => ({ id: 1, bounds: WORK_AREA, workArea: WORK_AREA, scaleFactor: 1 }),
};

// ————— IPC —————

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
class IpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new IpcMain();

function ipcEvent(window: number, url: string) {
  const sender = BrowserWindow.byId(window)?.webContents;
  return { sender, senderFrame: { url: fromPageUrl(url) }, processId: 1, frameId: 1 };
}

rpc.on<{ window: number; channel: string; args: unknown[]; url: string }>('ipc:invoke', async ({ window, channel, args, url }) => {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
  return handler(ipcEvent(window, url), ...args);
});
rpc.on<{ window: number; channel: string; args: unknown[]; url: string }>('ipc:send', ({ window, channel, args, url }) => {
  ipcMain.emit(channel, ipcEvent(window, url), ...args);
});

// ————— dialogs —————

type Parent = BrowserWindow | undefined;
function split<T>(first: BrowserWindow | T, second?: T): [Parent, T] {
  return first instanceof BrowserWindow ? [first, second as T] : [undefined, first];
}

interface MessageBoxOptions {
  type?: string;
  message: string;
  detail?: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
  signal?: AbortSignal;
}

export const dialog = {
  async showMessageBox(first: BrowserWindow | MessageBoxOptions, second?: MessageBoxOptions) {
    const [, options] = split(first, second);
    const { signal, ...shown } = options;
    const cancelled = { response: options.cancelId ?? 0, checkboxChecked: false };
    if (signal?.aborted) return cancelled;
    const answer = rpc.request<{ response: number }>('dialog', { kind: 'messageBox', options: shown });
    if (!signal) return { ...(await answer), checkboxChecked: false };
    return new Promise<{ response: number; checkboxChecked: boolean }>((done) => {
      signal.addEventListener('abort', () => {
        rpc.notify('dialog:dismissed', { message: options.message });
        done(cancelled);
      });
      void answer.then((a) => done({ ...a, checkboxChecked: false }));
    });
  },
  async showOpenDialog(first: BrowserWindow | object, second?: object) {
    const [, options] = split(first, second);
    return rpc.request<{ canceled: boolean; filePaths: string[] }>('dialog', { kind: 'open', options });
  },
  async showSaveDialog(first: BrowserWindow | object, second?: object) {
    const [, options] = split(first, second);
    return rpc.request<{ canceled: boolean; filePath?: string }>('dialog', { kind: 'save', options });
  },
  showErrorBox(title: string, content: string): void {
    rpc.notify('event', { name: 'dialog:errorBox', data: { title, content } });
  },
};

// ————— menus —————

interface MenuItemOptions {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  visible?: boolean;
  click?: (item: unknown, window: BrowserWindow | undefined, event: unknown) => void;
  submenu?: MenuItemOptions[] | Menu;
}

export class Menu {
  constructor(readonly items: MenuItemOptions[]) {}
  static buildFromTemplate(template: MenuItemOptions[]): Menu {
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    applicationMenu = menu;
    rpc.notify('menu:set', { outline: menu ? outline(menu.items) : [] });
  }
  static getApplicationMenu(): Menu | null {
    return applicationMenu;
  }
}
let applicationMenu: Menu | null = null;

const submenuOf = (item: MenuItemOptions) => (item.submenu instanceof Menu ? item.submenu.items : (item.submenu ?? []));
const labelOf = (item: MenuItemOptions) => item.label?.replace(/&/g, '');

function outline(items: MenuItemOptions[]): unknown[] {
  return items.map((item) => ({
    label: labelOf(item),
    role: item.role,
    type: item.type ?? (item.submenu ? 'submenu' : 'normal'),
    accelerator: item.accelerator,
    registerAccelerator: item.registerAccelerator ?? true,
    enabled: item.enabled ?? true,
    ...(item.submenu ? { submenu: outline(submenuOf(item)) } : {}),
  }));
}

function runItem(item: MenuItemOptions): void {
  if (item.enabled === false) throw new Error(`the menu item "${labelOf(item)}" is disabled`);
  const focused = [...BrowserWindow.all][0];
  if (item.click) item.click(item, focused, {});
  else if (item.role === 'quit') app.quit();
  else if (item.role === 'close') focused?.close();
  else if (item.role === 'minimize') focused?.minimize();
  else if (item.role === 'togglefullscreen') focused?.setFullScreen(!focused.isFullScreen());
}

rpc.on<{ path: string[] }>('menu:click', ({ path }) => {
  let items = applicationMenu?.items ?? [];
  let item: MenuItemOptions | undefined;
  for (const label of path) {
    item = items.find((i) => labelOf(i) === label);
    if (!item) throw new Error(`no menu item "${label}" in ${JSON.stringify(items.map(labelOf))}`);
    items = submenuOf(item);
  }
  runItem(item!);
});

/** A key the page did not handle: Electron gives it to the menu's registered accelerators. */
rpc.on<{ accelerator: string }>('menu:accelerator', ({ accelerator }) => {
  const find = (items: MenuItemOptions[]): MenuItemOptions | undefined => {
    for (const item of items) {
      if (item.accelerator === accelerator && item.registerAccelerator !== false && item.visible !== false) return item;
      const inner = find(submenuOf(item));
      if (inner) return inner;
    }
    return undefined;
  };
  const item = find(applicationMenu?.items ?? []);
  if (item && item.enabled !== false) runItem(item);
  return !!item;
});

// ————— what the test's Chromium reports —————

rpc.on<{ window: number }>('window:userClose', ({ window }) => BrowserWindow.byId(window)?.close());
rpc.on<{ window: number; reason: string }>('webContents:gone', ({ window, reason }) => {
  BrowserWindow.byId(window)?.webContents.emit('render-process-gone', event(), { reason, exitCode: reason === 'killed' ? 9 : 139 });
});
rpc.on<{ window: number }>('window:unresponsive', ({ window }) => BrowserWindow.byId(window)?.emit('unresponsive'));
rpc.on<{ window: number }>('window:responsive', ({ window }) => BrowserWindow.byId(window)?.emit('responsive'));
rpc.on<{ window: number; bounds: Bounds }>('window:setBounds', ({ window, bounds }) => {
  const target = BrowserWindow.byId(window);
  target?.setBounds(bounds);
  target?.emit('resize');
  target?.emit('move');
});
// macOS hands files over by event (Finder, the Dock); Electron emits it whatever the app's state.
rpc.on<{ path: string }>('app:openFile', ({ path }) => void app.emit('open-file', event(), path));

// The app is ready once the main script has run and the test's browser has started with its switches.
setImmediate(() => {
  void rpc
    .request('app:hello', { switches: [...switches], hardwareAcceleration, sandbox: app.sandbox })
    .then(() => {
      ready = true;
      app.emit('will-finish-launching');
      app.emit('ready', event(), {});
      readyResolve();
    });
});
