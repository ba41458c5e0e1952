/**
 * The desktop shell's duties, driven in Chromium against the web build: first-run sample, import,
 * save and reopen (exports: formats.e2e.ts).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countDrawnPixels, graphOrder, launchBrowser, openApp, ROOT, screenshot, waitForGraph } from './harness';

let browser: Browser;
let work: string;
const url = inject('appUrl');
const sample = JSON.parse(await readFile(resolve(ROOT, 'graph-data/sample.relata'), 'utf8')) as { graph: { nodes: unknown[] } };
const SAMPLE_ORDER = sample.graph.nodes.length;

beforeAll(async () => {
  browser = await launchBrowser();
  work = await mkdtemp(join(tmpdir(), 'relata-e2e-'));
});
afterAll(async () => {
  await browser?.close();
});

/** The recovery copies in the page's IndexedDB, as text. */
function recoveryEntries(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('relata');
    const db: IDBDatabase = await new Promise((done) => (open.onsuccess = () => done(open.result)));
    const request = db.transaction('recovery').objectStore('recovery').getAll();
    return new Promise<string[]>((done) => (request.onsuccess = () => done(request.result.map((v: unknown) => JSON.stringify(v)))));
  });
}

function recoveryKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('relata');
    const db: IDBDatabase = await new Promise((done) => (open.onsuccess = () => done(open.result)));
    const request = db.transaction('recovery').objectStore('recovery').getAllKeys();
    return new Promise<string[]>((done) => (request.onsuccess = () => done(request.result as string[])));
  });
}

/** Runs a command the way the menu, toolbar and shortcuts do. */
function run(page: Page, command: string): Promise<void> {
  return page.evaluate((c) => void (window as any).relata.app.actions.run(c), command);
}

describe('desktop shell in web mode', () => {
  it('opens the sample project on first run and draws it on the canvas', async () => {
    const { page, errors } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    expect(await graphOrder(page)).toBe(SAMPLE_ORDER);
    // Sigma draws on the next animation frames; give the software renderer a moment.
    await page.waitForTimeout(500);
    const { drawn, total } = await countDrawnPixels(page, '.canvas', 'shell-01-sample');
    expect(drawn / total).toBeGreaterThan(0.01);
    // frame-ancestors is in the <meta> copy of the policy too; Chromium notes it only applies from the header.
    expect(errors.filter((e) => !/'frame-ancestors' is ignored when delivered via a <meta>/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('imports a text file through the dialog and adds its entities', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    const file = join(work, 'merkel.txt');
    await writeFile(file, 'German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday. Merkel praised the European Union.\n');
    const chooser = page.waitForEvent('filechooser');
    await run(page, 'file.import');
    await (await chooser).setFiles(file);
    await waitForGraph(page, SAMPLE_ORDER + 1);
    const labels = await page.evaluate(() => (window as any).relata.graph.mapNodes((_: string, a: { label: string }) => a.label) as string[]);
    expect(labels.some((l) => /Merkel/.test(l))).toBe(true);
    expect(await page.evaluate(() => (window as any).relata.workspace.documents.map((d: { name: string }) => d.name))).toContain('merkel.txt');
    expect(await page.evaluate(() => (window as any).relata.workspace.isDirty())).toBe(true);
    await screenshot(page, 'shell-02-imported');
    await page.context().close();
  });

  it('adds a text file dropped onto the window', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Chancellor Olaf Scholz visited Warsaw.'], 'scholz.txt', { type: 'text/plain' }));
      document.querySelector('.canvas')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => (window as any).relata.workspace.documents.some((d: { name: string }) => d.name === 'scholz.txt'));
    expect(await graphOrder(page)).toBeGreaterThan(SAMPLE_ORDER);
    await page.context().close();
  });

  it('adds pasted text as a document', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'Prime Minister Rishi Sunak met King Charles in London.');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => (window as any).relata.workspace.documents.some((d: { name: string }) => d.name.startsWith('pasted-')));
    expect(await graphOrder(page)).toBeGreaterThan(SAMPLE_ORDER);
    await page.context().close();
  });

  it('shows progress while extracting and Cancel adds nothing', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    await page.evaluate(() => {
      const text = Array.from({ length: 4000 }, (_, i) => `Minister Anna Example${i} visited the city of Place${i} on Monday.`).join(' ');
      const transfer = new DataTransfer();
      for (let i = 0; i < 3; i++) transfer.items.add(new File([text], `long-${i}.txt`, { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const progress = page.locator('.extract-progress');
    await progress.waitFor({ state: 'visible' });
    await screenshot(page, 'shell-03-extracting');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'hidden' });
    const names = await page.evaluate(() => (window as any).relata.workspace.documents.map((d: { name: string }) => d.name) as string[]);
    expect(names.filter((n) => n.startsWith('long-'))).toEqual([]);
    expect(await graphOrder(page)).toBe(SAMPLE_ORDER);
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Import cancelled/);
    await page.context().close();
  });

  it('analyses an import on a pool of workers, showing documents, MB/s and the time left', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await page.evaluate(() => {
      const w = window as any;
      w.__workers = [];
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(script: string | URL, options?: WorkerOptions) {
          super(script, options);
          w.__workers.push(options?.name);
        }
      };
      const transfer = new DataTransfer();
      for (let i = 0; i < 6; i++) {
        const text = Array.from({ length: 600 }, (_, j) => `Minister Ana Pool${i}x${j} met General Bo Lake${j} in Port${i} on Monday.`).join(' ');
        transfer.items.add(new File([text], `pool-${i}.txt`, { type: 'text/plain' }));
      }
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const figures = page.locator('.extract-progress-figures');
    await expect.poll(() => figures.textContent(), { timeout: 120_000 }).toMatch(/^\d\/6 documents, [\d.]+ MB\/s, ETA \d+:\d\d$/);
    await page.waitForFunction(() => (window as any).relata.workspace.documents.filter((d: { name: string }) => d.name.startsWith('pool-')).length === 6, null, { timeout: 180_000 });
    const workers = await page.evaluate(() => (window as any).__workers as string[]);
    expect(workers.filter((name) => name === 'relata-analysis')).toHaveLength(Math.min(cores, 6));
    expect(workers.filter((name) => name === 'relata-extract')).toHaveLength(1);
    expect(await graphOrder(page)).toBeGreaterThan(SAMPLE_ORDER);
    await page.context().close();
  }, 300_000);

  it('saves a project and reopens it with positions and notes', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    const node = await page.evaluate(() => {
      const { graph, workspace } = (window as any).relata;
      const key = graph.nodes()[0] as string;
      graph.mergeNodeAttributes(key, { x: 123.25, y: -45.5, note: 'checked by e2e', pinned: true });
      workspace.changed();
      return key;
    });
    const download = page.waitForEvent('download');
    await run(page, 'file.save');
    const saved = join(work, 'saved.relata');
    await (await download).saveAs(saved);
    await page.waitForFunction(() => !(window as any).relata.workspace.isDirty());
    await screenshot(page, 'shell-04-saved');

    await run(page, 'file.new');
    await page.waitForFunction(() => (window as any).relata.graph.order === 0);
    const chooser = page.waitForEvent('filechooser');
    await run(page, 'file.open');
    await (await chooser).setFiles(saved);
    await waitForGraph(page, SAMPLE_ORDER);
    const attrs = await page.evaluate((key) => (window as any).relata.graph.getNodeAttributes(key), node);
    expect(attrs).toMatchObject({ x: 123.25, y: -45.5, note: 'checked by e2e', pinned: true });
    expect(await graphOrder(page)).toBe(SAMPLE_ORDER);
    await screenshot(page, 'shell-05-reopened');
    // Both files are on the recent list (newest first), and a recent project reopens from browser storage.
    const recent = await page.evaluate(async () => {
      const { platform } = (window as any).relata.shell;
      const list = await platform.listRecent();
      const reopened = await platform.openRef(list[0].ref);
      return { names: list.map((r: { ref: { name: string } }) => r.ref.name), reopenedNote: JSON.parse(reopened.content).graph.nodes.length };
    });
    expect(recent.names).toEqual(['saved.relata', 'Untitled.relata']);
    expect(recent.reopenedNote).toBe(SAMPLE_ORDER);
    await page.context().close();
  });

  it('offers unsaved work back after the page dies, from the recovery copy in IndexedDB', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    const node = await page.evaluate(() => {
      const { graph, workspace } = (window as any).relata;
      const key = graph.nodes()[1] as string;
      graph.setNodeAttribute(key, 'note', 'survives a crash');
      workspace.changed();
      return key;
    });
    // The copy is written a few seconds after the edit, without any help.
    await expect.poll(() => recoveryEntries(page), { timeout: 10_000 }).toHaveLength(1);
    expect(await page.title()).toMatch(/^● Sample project — Relata$/);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    // A reload stands in for a crash: the recovery copy outlives the page, whose lock goes with it.
    await page.reload();
    await page.getByRole('dialog', { name: 'Restore unsaved work' }).getByRole('button', { name: 'Restore' }).click();
    await page.waitForFunction((key) => { const g = (window as any).relata?.graph; return g?.hasNode(key) && g.getNodeAttribute(key, 'note') === 'survives a crash'; }, node);
    expect(dialogs).toEqual(['beforeunload']);
    expect(await page.evaluate(() => (window as any).relata.workspace.isDirty())).toBe(true);
    // Claimed by the new page: one copy, no longer anyone else's to offer.
    expect(await recoveryEntries(page)).toHaveLength(1);
    await screenshot(page, 'shell-06-restored');
    await page.context().close();
  });

  it('never offers a live tab’s work to another tab, nor lets that tab delete it', async () => {
    const { page: first } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    await first.evaluate(() => {
      const { graph, workspace } = (window as any).relata;
      graph.setNodeAttribute(graph.nodes()[0], 'note', 'tab A’s work');
      workspace.changed();
    });
    await expect.poll(() => recoveryEntries(first), { timeout: 10_000 }).toHaveLength(1);
    const second = await first.context().newPage();
    await second.goto(url);
    await waitForGraph(second, SAMPLE_ORDER);
    await second.evaluate(() => (window as any).relata.shell.ready);
    expect(await second.locator('dialog.restore-offer').count()).toBe(0);
    expect(await second.evaluate(() => (window as any).relata.shell.platform.listRecovery())).toEqual([]);
    // Tab A dies: a tab opened now is offered its copy; "Later" keeps it.
    await first.close();
    const third = await second.context().newPage();
    await third.goto(url);
    const offer = third.getByRole('dialog', { name: 'Restore unsaved work' });
    await offer.getByRole('button', { name: 'Later' }).click();
    await waitForGraph(third, SAMPLE_ORDER);
    expect(await recoveryEntries(third)).toHaveLength(1);
    expect((await recoveryEntries(third))[0]).toMatch(/tab A’s work/);
    await second.context().close();
  });

  it('keeps a copy it cannot restore and says why: a newer version, or not text at all', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    const newer = (await readFile(resolve(ROOT, 'graph-data/sample.relata'), 'utf8')).replace('"version":1', '"version":99');
    await page.evaluate(async (content) => {
      const open = indexedDB.open('relata');
      const db: IDBDatabase = await new Promise((done) => (open.onsuccess = () => done(open.result)));
      const tx = db.transaction('recovery', 'readwrite');
      tx.objectStore('recovery').put({ content, ref: null, name: 'From the future', savedAt: 2 }, 'newer');
      tx.objectStore('recovery').put({ content: 12345, name: 'Broken', savedAt: 1 }, 'broken');
      await new Promise((done) => (tx.oncomplete = done));
    }, newer);
    const second = await page.context().newPage();
    const errors: string[] = [];
    second.on('pageerror', (e) => errors.push(e.message));
    await second.goto(url);
    for (let i = 0; i < 2; i++) await second.getByRole('dialog', { name: 'Restore unsaved work' }).getByRole('button', { name: 'Restore' }).click();
    await waitForGraph(second, SAMPLE_ORDER);
    await expect.poll(() => second.locator('.status').innerText()).toMatch(/could not be restored: .*The copy is kept\./);
    const status = await second.locator('.status').innerText();
    // The last offer was the broken one; both copies are still there.
    expect(status).toMatch(/Broken.*damaged: it holds no project text/);
    expect(await recoveryKeys(second)).toEqual(expect.arrayContaining(['newer', 'broken']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a damaged project file and keeps the open project', async () => {
    const { page } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    const bad = join(work, 'bad.relata');
    await writeFile(bad, (await readFile(resolve(ROOT, 'graph-data/sample.relata'), 'utf8')).slice(0, 4000));
    const chooser = page.waitForEvent('filechooser');
    await run(page, 'file.open');
    await (await chooser).setFiles(bad);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toMatch(/truncated/i);
    expect(await graphOrder(page)).toBe(SAMPLE_ORDER);
    expect(await page.evaluate(() => (window as any).relata.shell.platform.listRecent())).toEqual([]);
    await screenshot(page, 'shell-07-damaged-refused');
    await page.context().close();
  });

  it('says why in the page when the browser cannot start WebGL, instead of staying blank', async () => {
    const noWebgl = await launchBrowser(['--disable-3d-apis']);
    try {
      const page = await (await noWebgl.newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      const message = page.getByRole('alert');
      await message.waitFor();
      expect(await message.innerText()).toMatch(/cannot draw the graph[\s\S]*hardware acceleration in your browser/);
      expect(errors).toEqual([]);
      await screenshot(page, 'shell-08-no-webgl');
    } finally {
      await noWebgl.close();
    }
  });

  it('says so over the canvas when the graphics driver takes WebGL away later, and the project stays whole and editable', async () => {
    const { page, errors } = await openApp(browser, url, { minNodes: SAMPLE_ORDER });
    expect(await page.getByRole('alert').count()).toBe(0);
    // What a driver reset or a GPU process crash does to the page: its WebGL contexts are lost.
    const lost = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.canvas canvas')];
      const contexts = canvases.map((c) => c.getContext('webgl2') ?? c.getContext('webgl')).filter((gl) => gl !== null);
      for (const gl of contexts) gl.getExtension('WEBGL_lose_context')!.loseContext();
      return contexts.length;
    });
    expect(lost).toBeGreaterThan(0);
    const message = page.getByRole('alert');
    await message.waitFor();
    expect(await message.innerText()).toMatch(/can no longer draw the graph[\s\S]*not affected[\s\S]*Save your work, then reload the page/);
    // The panels and the project still work: an edit goes through, and undoes.
    const key = await page.evaluate(() => (window as any).relata.graph.nodes()[0] as string);
    await page.evaluate((k) => (window as any).relata.app.selection.set([k]), key);
    await run(page, 'edit.delete');
    expect(await graphOrder(page)).toBe(SAMPLE_ORDER - 1);
    await run(page, 'edit.undo');
    expect(await graphOrder(page)).toBe(SAMPLE_ORDER);
    await page.waitForTimeout(300);
    expect(errors.filter((e) => !/'frame-ancestors' is ignored when delivered via a <meta>/.test(e))).toEqual([]);
    await screenshot(page, 'shell-09-webgl-lost');
    await page.context().close();
  });
});
