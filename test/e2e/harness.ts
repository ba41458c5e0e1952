/**
 * End-to-end harness: builds the web renderer once, serves it on a free port and drives Debian's
 * Chromium with playwright-core. Screenshots of each step go to test-results/screenshots/ (ignored).
 */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_CONFIG = resolve(ROOT, 'vite.web.config.ts');
export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What any Chromium on this machine needs: headless, as root, with no network behind it. */
export const BASE_CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  '--disable-gpu',
  // A browser in web mode: WebGL must still work without a GPU, as SwiftShader renders sigma's canvas in software.
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Builds the web renderer into dist/web (quietly). */
export async function buildWeb(): Promise<void> {
  await build({ configFile: WEB_CONFIG, logLevel: 'warn', mode: 'production' });
}

/** Builds the desktop bundles (main, preload, renderer) into out/, as `npm run build` does. */
export async function buildDesktop(): Promise<void> {
  const { build: buildElectron } = await import('electron-vite');
  await buildElectron({ configFile: resolve(ROOT, 'electron.vite.config.ts'), logLevel: 'warn', mode: 'production' });
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/web on a free localhost port. */
export async function serveWeb(): Promise<WebServer> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: WEB_CONFIG,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Launches headless Chromium with the flags this machine needs (and `extraArgs`, standing for another machine). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** Launches Chromium before a test file's tests and closes it after them; the getter gives the browser. */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface AppPage {
  page: Page;
  /** Browser console errors and uncaught exceptions seen so far (a test can assert there are none). */
  errors: string[];
}

/**
 * Opens the app in a fresh browser context (empty IndexedDB, so it is a first run) and waits until the
 * UI has exposed `window.relata` with at least `minNodes` nodes in its graph.
 */
export async function openApp(browser: Browser, url: string, options: { minNodes?: number; acceptDownloads?: boolean } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: options.acceptDownloads ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await waitForGraph(page, options.minNodes ?? 1);
  return { page, errors };
}

/** Waits until window.relata.graph has at least `minNodes` nodes. */
export async function waitForGraph(page: Page, minNodes: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const relata = (window as unknown as { relata?: { graph?: { order: number } } }).relata;
      return (relata?.graph?.order ?? 0) >= min;
    },
    minNodes,
    { timeout },
  );
}

/** Number of nodes in the live graph. */
export async function graphOrder(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { relata: { graph: { order: number } } }).relata.graph.order);
}

/** Saves a full-page screenshot as test-results/screenshots/NAME.png and returns its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Counts pixels in a screenshot of `selector` that differ from its most common colour (the
 * background). This reads what the GPU actually drew, which the DOM cannot tell.
 */
export async function countDrawnPixels(page: Page, selector: string, name: string): Promise<{ drawn: number; total: number }> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const png = await page.locator(selector).first().screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
  return drawnPixels(page, png);
}

/** Decodes a PNG in the page and counts the pixels that differ from its most common colour. */
export async function drawnPixels(page: Page, png: Buffer): Promise<{ drawn: number; total: number }> {
  return page.evaluate(async (base64) => {
    // Decoded from bytes, not fetched from a data: URL, which the app's CSP (connect-src 'self') blocks.
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    const total = data.length / 4;
    return { drawn: total - background, total };
  }, png.toString('base64'));
}
