/**
 * The desktop harness: runs the *built* main bundle (out/main) in a Node process whose `electron`
 * is the double in electron-double.ts, and plays everything outside that process: each
 * BrowserWindow is a real Chromium page (playwright-core) on the *built* renderer, with the *built*
 * preload evaluated in it against contextBridge/ipcRenderer doubles wired to main's ipcMain handlers
 * through page.exposeBinding; keys the page leaves unhandled go to the menu's accelerators, as in
 * Electron on Linux and Windows; dialogs wait for the test to answer them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BASE_CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from '../harness';
import { Rpc } from './rpc';

const MAIN_BUNDLE = resolve(ROOT, 'out/main/index.js');
const PRELOAD_BUNDLE = resolve(ROOT, 'out/preload/preload.cjs');
const REGISTER = pathToFileURL(resolve(import.meta.dirname, 'register.mjs')).href;
/** tsx, by path: the app's working directory (where its argv files are) has no node_modules. */
const TSX = pathToFileURL(resolve(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface MenuItemOutline {
  label?: string;
  role?: string;
  type: string;
  accelerator?: string;
  registerAccelerator: boolean;
  enabled: boolean;
  submenu?: MenuItemOutline[];
}

/** What a native dialog shows: a message box's text and buttons, or a file dialog's title, folder and filters. */
export interface DialogOptions {
  type?: string;
  message?: string;
  detail?: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
  title?: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
  properties?: string[];
}

interface ShownDialog {
  kind: 'messageBox' | 'open' | 'save';
  options: DialogOptions;
}

/** A native dialog on screen, waiting for the person. */
export interface PendingDialog extends ShownDialog {
  /** Clicks the message box's button with this label. */
  click(label: string): void;
  /** Picks a file (open) or types a path (save). */
  choose(path: string): void;
  cancel(): void;
}

export interface LaunchOptions {
  userData: string;
  documents: string;
  /** Command-line arguments after the main script (files to open). */
  argv?: string[];
  /** Extra Chromium switches standing for the machine (e.g. one without WebGL). */
  machineArgs?: string[];
}

/** The preload as Electron runs it: CommonJS, with `electron` resolving to the renderer-side doubles. */
function preloadShim(preload: string): string {
  return `(() => {
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__electronIpcInvoke(channel, args),
    send: (channel, ...args) => void window.__electronIpcSend(channel, args),
    on(channel, listener) { (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)).add(listener); return ipcRenderer; },
    removeListener(channel, listener) { listeners.get(channel)?.delete(listener); return ipcRenderer; },
  };
  Object.defineProperty(window, '__electronDeliver', {
    value: (channel, args) => { for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args); },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) { Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true }); },
  };
  // Chromium knows the path of a file dropped from disk; a test names the files it drops here.
  const webUtils = { getPathForFile: (file) => window.__droppedPaths?.get(file) ?? '' };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer, webUtils };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  (function (require, module, exports) {\n${preload}\n})(require, module, module.exports);
})();`;
}

/** Reports keys the page left unhandled (not preventDefault-ed) once their dispatch is over. */
const UNHANDLED_KEYS = `window.addEventListener('keydown', (event) => {
  setTimeout(() => {
    if (event.defaultPrevented) return;
    void window.__electronUnhandledKey({ key: event.key, code: event.code, ctrl: event.ctrlKey, shift: event.shiftKey, alt: event.altKey, meta: event.metaKey });
  }, 0);
});`;

/** The harness's own reading of an accelerator (kept apart from the app's keymap, which it checks). */
function acceleratorMatches(accelerator: string, key: { key: string; code: string; ctrl: boolean; shift: boolean; alt: boolean; meta: boolean }): boolean {
  const parts = accelerator.split('+');
  const name = parts.pop()!;
  const mods = new Set(parts.map((p) => (p === 'CmdOrCtrl' || p === 'CommandOrControl' || p === 'Control' ? 'Ctrl' : p)));
  if (mods.has('Ctrl') !== key.ctrl || mods.has('Shift') !== key.shift || mods.has('Alt') !== key.alt || key.meta) return false;
  if (/^F\d+$/.test(name) || name.length > 1) return key.key === name;
  return key.code === (/[0-9]/.test(name) ? `Digit${name}` : `Key${name.toUpperCase()}`);
}

export class DesktopApp {
  readonly events: { name: string; data?: unknown }[] = [];
  readonly recentDocuments: (string | null)[] = [];
  /** Every application menu main set, with whether a window was on screen then. */
  readonly menus: { outline: MenuItemOutline[]; windowShown: boolean }[] = [];
  readonly exited: Promise<number | null>;
  private readonly rpc: Rpc;
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private readonly pages = new Map<number, Page>();
  /** Pages being opened for new windows: messages about a window wait for its page. */
  private readonly creating = new Map<number, Promise<void>>();
  private readonly urls = new Map<number, string>();
  private readonly crashReasons = new Map<number, string>();
  private readonly dialogs: PendingDialog[] = [];
  private readonly dialogWaiters: ((dialog: PendingDialog) => void)[] = [];
  private windowShown = false;
  private shownWaiters: (() => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly options: LaunchOptions,
    private readonly preload: string,
  ) {
    this.rpc = new Rpc({ send: (message, done) => child.send(message, done), subscribe: (listener) => child.on('message', listener) });
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
    void this.exited.then(() => this.rpc.abandon('the app quit'));
    this.listen();
  }

  /** Starts the built app, as `electron .` would with `argv`. */
  static async launch(options: LaunchOptions): Promise<DesktopApp> {
    const preload = await readFile(PRELOAD_BUNDLE, 'utf8');
    const env: NodeJS.ProcessEnv = { ...process.env, RELATA_E2E_USER_DATA: options.userData, RELATA_E2E_DOCUMENTS: options.documents };
    // electron-vite's dev server is not part of a built app.
    delete env.ELECTRON_RENDERER_URL;
    const child = fork(MAIN_BUNDLE, options.argv ?? [], {
      cwd: options.documents,
      execArgv: ['--import', TSX, '--import', REGISTER],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env,
    });
    return new DesktopApp(child, options, preload);
  }

  /** The page of the (first) window, once it has one. */
  get page(): Page {
    const page = [...this.pages.values()][0];
    if (!page) throw new Error('The app has no window');
    return page;
  }

  /** Waits until a window is on screen (fails if the app quits first). */
  shown(): Promise<void> {
    if (this.windowShown) return Promise.resolve();
    return new Promise((done, fail) => {
      this.shownWaiters.push(done);
      void this.exited.then((code) => fail(new Error(`The app quit (code ${code}) before showing a window`)));
    });
  }

  /** The next native dialog (one already waiting, or the next to open). */
  nextDialog(timeout = 30_000): Promise<PendingDialog> {
    const waiting = this.dialogs.shift();
    if (waiting) return Promise.resolve(waiting);
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error('No dialog opened')), timeout);
      this.dialogWaiters.push((dialog) => {
        clearTimeout(timer);
        done(dialog);
      });
    });
  }

  /** Clicks a menu item by its labels ("File", "Save As…"). */
  clickMenu(...path: string[]): Promise<void> {
    return this.rpc.request('menu:click', { path });
  }

  /** The application menu as main last set it. */
  menu(): MenuItemOutline[] {
    return this.menus.at(-1)?.outline ?? [];
  }

  /** The labels of a submenu ("File", "Open Recent"). */
  menuLabels(...path: string[]): string[] {
    let items = this.menu();
    for (const label of path) items = items.find((i) => i.label === label)?.submenu ?? [];
    return items.map((i) => i.label ?? i.role ?? i.type);
  }

  /** The person clicks the window's close button. */
  closeWindow(): void {
    this.rpc.notify('window:userClose', { window: this.firstWindow() });
  }

  /** The person moves and resizes the window. */
  moveWindow(bounds: { x: number; y: number; width: number; height: number }): Promise<void> {
    return this.rpc.request('window:setBounds', { window: this.firstWindow(), bounds });
  }

  /** The size and place main gave each window it created, in order. */
  createdWindows(): { x: number; y: number; width: number; height: number }[] {
    return this.events.filter((e) => e.name === 'window:create').map((e) => e.data as { x: number; y: number; width: number; height: number });
  }

  /** Chromium's hang monitor reports the page stopped (or started again) answering. */
  pageHangs(hung: boolean): Promise<void> {
    return this.rpc.request(hung ? 'window:unresponsive' : 'window:responsive', { window: this.firstWindow() });
  }

  /** The OS hands the app a file, as macOS does from Finder or the Dock. */
  openFromOs(path: string): Promise<void> {
    return this.rpc.request('app:openFile', { path });
  }

  /** The page's renderer process crashes. */
  async crashPage(): Promise<void> {
    const page = this.page;
    const cdp = await page.context().newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await new Promise<void>((done) => page.once('crash', () => done()));
  }

  async kill(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    await this.exited;
    await this.browser?.close().catch(() => undefined);
  }

  /** Waits for the app to quit by itself, then closes its browser. */
  async quitted(): Promise<number | null> {
    const code = await this.exited;
    await this.browser?.close().catch(() => undefined);
    return code;
  }

  private listen(): void {
    const { rpc } = this;
    rpc.on<{ switches: [string, string][]; hardwareAcceleration: boolean }>('app:hello', async ({ switches, hardwareAcceleration }) => {
      // No WebGL switches of the harness's own: the ones main appended are what the window gets.
      const appArgs = switches.map(([name, value]) => (value ? `--${name}=${value}` : `--${name}`));
      if (!hardwareAcceleration) appArgs.push('--disable-gpu');
      this.events.push({ name: 'chromium:args', data: appArgs });
      this.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...BASE_CHROMIUM_ARGS, ...appArgs, ...(this.options.machineArgs ?? [])] });
      this.context = await this.browser.newContext({ viewport: { width: 1360, height: 860 }, acceptDownloads: false });
      await this.context.exposeBinding('__electronIpcInvoke', ({ page }, channel: string, args: unknown[]) =>
        rpc.request('ipc:invoke', { window: this.windowOf(page), channel, args, url: page.url() }),
      );
      await this.context.exposeBinding('__electronIpcSend', ({ page }, channel: string, args: unknown[]) =>
        rpc.notify('ipc:send', { window: this.windowOf(page), channel, args, url: page.url() }),
      );
      await this.context.exposeBinding('__electronUnhandledKey', async (_source, key: Parameters<typeof acceleratorMatches>[1]) => {
        const accelerator = this.registeredAccelerators().find((a) => acceleratorMatches(a, key));
        if (accelerator) await rpc.request('menu:accelerator', { accelerator });
      });
      await this.context.addInitScript(UNHANDLED_KEYS);
      await this.context.addInitScript(preloadShim(this.preload));
    });
    rpc.on<{ window: number; bounds: { x: number; y: number; width: number; height: number } }>('window:create', ({ window, bounds }) => {
      this.events.push({ name: 'window:create', data: bounds });
      this.creating.set(window, (async () => {
        const page = await this.context!.newPage();
        await page.setViewportSize({ width: bounds.width, height: bounds.height });
        this.adopt(window, page);
      })());
    });
    rpc.on<{ window: number; url: string }>('window:load', async ({ window, url }) => {
      await this.creating.get(window);
      this.urls.set(window, url);
      await this.pageOf(window).goto(url, { waitUntil: 'load' });
    });
    rpc.on<{ window: number }>('window:show', () => {
      this.windowShown = true;
      for (const done of this.shownWaiters.splice(0)) done();
    });
    rpc.on<{ window: number }>('window:destroy', async ({ window }) => {
      const page = this.pages.get(window);
      this.pages.delete(window);
      await page?.close().catch(() => undefined);
    });
    rpc.on<{ window: number; channel: string; args: unknown[] }>('webContents:send', async ({ window, channel, args }) => {
      const page = this.pages.get(window);
      if (!page || page.isClosed()) return;
      await page.evaluate(({ channel, args }) => (window as unknown as { __electronDeliver(c: string, a: unknown[]): void }).__electronDeliver(channel, args), { channel, args }).catch(() => undefined);
    });
    rpc.on<{ window: number }>('webContents:reload', async ({ window }) => {
      // A crashed page cannot be reloaded in place: the window gets a new renderer, as Electron's does.
      const old = this.pageOf(window);
      const page = this.crashReasons.has(window) ? await this.context!.newPage() : old;
      if (page !== old) {
        await page.setViewportSize(old.viewportSize() ?? { width: 1360, height: 860 });
        this.crashReasons.delete(window);
        this.adopt(window, page);
        await old.close().catch(() => undefined);
        await page.goto(this.urls.get(window)!, { waitUntil: 'load' });
      } else await page.reload({ waitUntil: 'load' });
    });
    rpc.on<{ window: number }>('webContents:crash', async ({ window }) => {
      this.crashReasons.set(window, 'killed');
      const page = this.pageOf(window);
      const cdp = await page.context().newCDPSession(page);
      void cdp.send('Page.crash').catch(() => undefined);
    });
    rpc.on<ShownDialog>('dialog', (shown) =>
      new Promise((answer) => {
        const dialog: PendingDialog = {
          ...shown,
          click: (label) => {
            const buttons = shown.kind === 'messageBox' ? (shown.options.buttons ?? ['OK']) : [];
            const response = buttons.indexOf(label);
            if (response < 0) throw new Error(`No button "${label}" in ${JSON.stringify(buttons)}`);
            answer({ response });
          },
          choose: (path) => answer(shown.kind === 'open' ? { canceled: false, filePaths: [path] } : { canceled: false, filePath: path }),
          cancel: () =>
            answer(shown.kind === 'messageBox' ? { response: shown.options.cancelId ?? 0 } : shown.kind === 'open' ? { canceled: true, filePaths: [] } : { canceled: true }),
        };
        const waiter = this.dialogWaiters.shift();
        if (waiter) waiter(dialog);
        else this.dialogs.push(dialog);
      }),
    );
    rpc.on<{ message: string }>('dialog:dismissed', ({ message }) => this.events.push({ name: 'dialog:dismissed', data: message }));
    rpc.on<{ outline: MenuItemOutline[] }>('menu:set', ({ outline }) => void this.menus.push({ outline, windowShown: this.windowShown }));
    rpc.on<{ add?: string; clear?: boolean }>('app:recentDocument', ({ add, clear }) => void this.recentDocuments.push(clear ? null : add!));
    rpc.on<{ name: string; data?: unknown }>('event', (e) => void this.events.push(e));
    rpc.on<{ code: number }>('app:exit', ({ code }) => void this.events.push({ name: 'app:exit', data: code }));
  }

  private adopt(window: number, page: Page): void {
    this.pages.set(window, page);
    page.on('crash', () => {
      const reason = this.crashReasons.get(window) ?? 'crashed';
      this.crashReasons.set(window, reason);
      this.rpc.notify('webContents:gone', { window, reason });
    });
  }

  private firstWindow(): number {
    const [window] = this.pages.keys();
    if (window === undefined) throw new Error('The app has no window');
    return window;
  }

  private windowOf(page: Page): number {
    for (const [id, p] of this.pages) if (p === page) return id;
    throw new Error('A page that belongs to no window');
  }

  private pageOf(window: number): Page {
    const page = this.pages.get(window);
    if (!page) throw new Error(`No page for window ${window}`);
    return page;
  }

  private registeredAccelerators(): string[] {
    const found: string[] = [];
    const walk = (items: MenuItemOutline[]) => {
      for (const item of items) {
        if (item.accelerator && item.registerAccelerator && item.enabled) found.push(item.accelerator);
        if (item.submenu) walk(item.submenu);
      }
    };
    walk(this.menu());
    return found;
  }
}
