/**
 * The explorer in Chromium (web mode, sample project): drag and pin, edges left out while the view
 * moves, annotate and export, merge and undo, layouts with pinned nodes, type filter, search; and a
 * generated graph large enough for a layout to move its nodes alone.
 * Screenshots of each state go to test-results/screenshots/.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NodeDisplayData } from 'sigma/types';
import { generateGraph } from '../../shared/graph/generate';
import { createProject, serializeProject } from '../../shared/project/codec';
import { drag, download, hubs, node, onScreen, settle, type RelataWindow } from './explorer-page';
import { browserPerFile, countDrawnPixels, graphOrder, openApp, screenshot, waitForGraph } from './harness';

const browser = browserPerFile();
const url = inject('appUrl');

/**
 * Shows sigma's edge layer alone, for the rest of the page's life, and gives a count of the canvas's
 * drawn pixels, named for its screenshot: the edges, or none while their layer is out of the page.
 */
async function showEdgesAlone(page: Page): Promise<(name: string) => Promise<number>> {
  await page.addStyleTag({ content: '.canvas canvas:not(.sigma-edges), .minimap { opacity: 0 }' });
  return async (name) => (await countDrawnPixels(page, '.canvas', name)).drawn;
}

describe('explorer', () => {
  it('drags a node: it moves on screen, is pinned, and keeps its place after save and reopen', async () => {
    const { page, errors } = await openApp(browser(), url);
    await settle(page);
    const [key] = await hubs(page, 1);
    const before = await node(page, key!);
    const screenBefore = await onScreen(page, key!);
    await screenshot(page, 'explorer-01-loaded');
    await drag(page, screenBefore, 120, 80);
    const after = await node(page, key!);
    const screenAfter = await onScreen(page, key!);
    expect(after.pinned).toBe(true);
    expect(after.x !== before.x || after.y !== before.y).toBe(true);
    expect(screenAfter.x - screenBefore.x).toBeCloseTo(120, -1);
    expect(screenAfter.y - screenBefore.y).toBeCloseTo(80, -1);
    await screenshot(page, 'explorer-02-dragged-pinned');

    const saved = await download(page, () => page.getByRole('button', { name: /Save project/ }).click());
    expect(JSON.parse(saved).graph.nodes.find((n: { key: string }) => n.key === key).attributes).toMatchObject({ x: after.x, y: after.y, pinned: true });
    const path = join(await mkdtemp(join(tmpdir(), 'relata-e2e-')), 'dragged.relata');
    await writeFile(path, saved);

    const reopened = await openApp(browser(), url);
    const [chooser] = await Promise.all([reopened.page.waitForEvent('filechooser'), reopened.page.getByRole('button', { name: /Open project/ }).click()]);
    await chooser.setFiles(path);
    await reopened.page.waitForFunction(([k, x]) => (window as unknown as RelataWindow).relata.graph.getNodeAttribute(k, 'x') === x, [key, after.x] as const);
    expect(await node(reopened.page, key!)).toMatchObject({ x: after.x, y: after.y, pinned: true });
    await settle(reopened.page);
    await screenshot(reopened.page, 'explorer-03-reopened');
    // The mandated CSP carries frame-ancestors, which Chromium reports as ignored in a <meta>: not a fault.
    expect(errors.filter((e) => !e.includes("'frame-ancestors' is ignored"))).toEqual([]);
    await page.context().close();
    await reopened.page.context().close();
  });

  it('draws the nodes alone while the view moves, and the edges again once it stops', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const edges = await showEdgesAlone(page);
    const atRest = await edges('explorer-03a-edges-at-rest');
    expect(atRest).toBeGreaterThan(1000);

    const box = (await page.locator('.sigma-edges').boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 60);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 10 + i * 8, box.y + 60 + i * 4);
    await page.waitForTimeout(300);
    expect(await edges('explorer-03b-edges-while-panning')).toBeLessThan(atRest / 100);
    await page.mouse.up();
    await settle(page);
    expect(await edges('explorer-03c-edges-after-pan')).toBeGreaterThan(1000);

    // Fitting a view that is already fitted animates the camera without moving it: no frame of its own.
    await page.keyboard.press('Control+0');
    await settle(page);
    await page.keyboard.press('Control+0');
    await settle(page);
    expect(await edges('explorer-03d-edges-after-fit')).toBeGreaterThan(1000);
    await page.context().close();
  });

  it('adds a note in the inspector and finds it in the exported GraphML', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [key] = await hubs(page, 1);
    await page.mouse.click(...Object.values(await onScreen(page, key!)) as [number, number]);
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.fill('Checked against the Reuters wire <and> the transcript & notes.');
    await note.press('Tab');
    expect(await page.evaluate((k) => (window as unknown as RelataWindow).relata.graph.getNodeAttribute(k, 'note'), key)).toContain('Reuters');
    await screenshot(page, 'explorer-04-note');
    const graphml = await download(page, async () => {
      await page.getByRole('combobox', { name: 'Export' }).selectOption({ label: 'GraphML' });
      await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export' }).click();
    });
    const exported = await page.evaluate(([xml, k]) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const keyId = [...doc.querySelectorAll('key')].find((el) => el.getAttribute('for') === 'node' && el.getAttribute('attr.name') === 'note')?.getAttribute('id');
      const el = [...doc.querySelectorAll('node')].find((n) => n.getAttribute('id') === k);
      return [...(el?.querySelectorAll('data') ?? [])].find((d) => d.getAttribute('key') === keyId)?.textContent;
    }, [graphml, key!] as const);
    expect(exported).toBe('Checked against the Reuters wire <and> the transcript & notes.');
    await page.context().close();
  });

  it('merges two shift-selected nodes into one with both names, and undo restores both', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [a, b] = await hubs(page, 2);
    const [na, nb] = [await node(page, a!), await node(page, b!)];
    const order = await graphOrder(page);
    const pa = await onScreen(page, a!);
    const pb = await onScreen(page, b!);
    await page.mouse.click(pa.x, pa.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    expect(await page.evaluate(() => [...(window as unknown as RelataWindow).relata.app.selection.nodes].sort())).toEqual([a, b].sort());
    await screenshot(page, 'explorer-05-two-selected');
    await page.getByRole('button', { name: /^Merge into/ }).click();
    expect(await graphOrder(page)).toBe(order - 1);
    const merged = await node(page, a!);
    const names = [merged.label, ...merged.aliases];
    for (const name of [na.label, ...na.aliases, nb.label, ...nb.aliases]) expect(names).toContain(name);
    expect(await page.evaluate((k) => (window as unknown as RelataWindow).relata.graph.hasNode(k), b)).toBe(false);
    await screenshot(page, 'explorer-06-merged');
    await page.keyboard.press('Control+z');
    expect(await graphOrder(page)).toBe(order);
    expect(await node(page, a!)).toEqual(na);
    expect(await node(page, b!)).toEqual(nb);
    await screenshot(page, 'explorer-07-merge-undone');
    await page.context().close();
  });

  it('runs layouts that move unpinned nodes and leave pinned ones', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [pinned] = await hubs(page, 1);
    await drag(page, await onScreen(page, pinned!), -60, 40);
    const held = await node(page, pinned!);
    expect(held.pinned).toBe(true);
    const positions = () => page.evaluate(() => {
      const g = (window as unknown as RelataWindow).relata.graph;
      return Object.fromEntries(g.mapNodes((n: string, a: { x: number; y: number; pinned: boolean }) => [n, [a.x, a.y, a.pinned]]));
    }) as Promise<Record<string, [number, number, boolean]>>;
    const moved = (from: Record<string, [number, number, boolean]>, to: Record<string, [number, number, boolean]>) =>
      Object.keys(from).filter((n) => !from[n]![2] && (from[n]![0] !== to[n]![0] || from[n]![1] !== to[n]![1])).length;

    const start = await positions();
    await page.getByRole('combobox', { name: 'Apply a layout' }).selectOption('circular');
    await page.waitForFunction(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel() === 'Circular layout');
    const circular = await positions();
    const unpinned = Object.values(start).filter((p) => !p[2]).length;
    expect(moved(start, circular)).toBeGreaterThan(unpinned * 0.9);
    expect(await node(page, pinned!)).toMatchObject({ x: held.x, y: held.y, pinned: true });
    await settle(page);
    await screenshot(page, 'explorer-08-circular-layout');

    await page.getByRole('button', { name: 'ForceAtlas2' }).click();
    await page.waitForTimeout(1500);
    // While it runs, the view keeps the whole graph framed, as sigma frames it at rest (renderer/view/reframe.ts).
    const framed = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const [xs, ys]: number[][] = [[], []];
      graph.forEachNode((n: string) => {
        const d = renderer.getNodeDisplayData(n)!;
        xs.push(d.x);
        ys.push(d.y);
      });
      return { low: Math.min(...xs, ...ys), span: Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) };
    });
    expect(framed.span).toBeCloseTo(1, 6);
    expect(framed.low).toBeGreaterThan(-1e-6);
    await screenshot(page, 'explorer-09-forceatlas2-running');
    await page.getByRole('button', { name: 'ForceAtlas2' }).click();
    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel())).toBe('ForceAtlas2 layout');
    const fa2 = await positions();
    expect(moved(circular, fa2)).toBeGreaterThan(unpinned * 0.9);
    expect(await node(page, pinned!)).toMatchObject({ x: held.x, y: held.y, pinned: true });
    await page.keyboard.press('Control+0');
    await settle(page);
    await screenshot(page, 'explorer-10-forceatlas2-stopped');
    await page.context().close();
  });

  it('hides a type with the legend filter', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const hidden = () => page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const out = { place: 0, placeShown: 0, other: 0, otherShown: 0 };
      graph.forEachNode((n: string, a: { type: string }) => {
        const shown = renderer.getNodeDisplayData(n)?.hidden !== true;
        if (a.type === 'Place') { out.place++; if (shown) out.placeShown++; } else { out.other++; if (shown) out.otherShown++; }
      });
      return out;
    });
    const before = await hidden();
    expect(before.placeShown).toBe(before.place);
    await page.locator('input[data-type="Place"]').uncheck();
    const after = await hidden();
    expect(after.place).toBeGreaterThan(0);
    expect(after.placeShown).toBe(0);
    expect(after.otherShown).toBe(after.other);
    await screenshot(page, 'explorer-11-places-hidden');
    await page.context().close();
  });

  it('search selects the node with the keyboard', async () => {
    const { page } = await openApp(browser(), url);
    await waitForGraph(page, 1);
    const target = await page.evaluate(() => {
      const g = (window as unknown as RelataWindow).relata.graph;
      return g.findNode((_n: string, a: { label: string }) => /Medvedev/.test(a.label));
    });
    expect(target).toBeTruthy();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('medved');
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => [...(window as unknown as RelataWindow).relata.app.selection.nodes])).toEqual([target]);
    await expect.poll(() => page.getByRole('textbox', { name: 'Name' }).inputValue()).toMatch(/Medvedev/);
    await settle(page);
    await screenshot(page, 'explorer-12-search-selected');
    await page.context().close();
  });

  it('hover dims all but the neighbourhood; shift-drag box-selects the nodes inside', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [hub] = await hubs(page, 1);
    const p = await onScreen(page, hub!);
    await page.mouse.move(p.x, p.y);
    const dimmed = await page.evaluate((k) => {
      const { graph, renderer, app } = (window as unknown as RelataWindow).relata;
      const dim = app.canvas.state.palette.dim;
      const near = new Set([k, ...graph.neighbors(k)]);
      let wrong = 0;
      graph.forEachNode((n: string) => {
        if ((renderer.getNodeDisplayData(n).color === dim) === near.has(n)) wrong++;
      });
      return { wrong, near: near.size };
    }, hub);
    expect(dimmed.near).toBeGreaterThan(1);
    expect(dimmed.wrong).toBe(0);
    await screenshot(page, 'explorer-13-hover-neighbourhood');

    const box = await page.locator('.canvas').boundingBox();
    // Whole pixels: mouse events carry integer coordinates, so a fractional corner would disagree at the edge.
    const corner = (fx: number, fy: number) => ({ x: Math.round(box!.x + box!.width * fx), y: Math.round(box!.y + box!.height * fy) });
    const [from, to] = [corner(0.3, 0.3), corner(0.6, 0.6)];
    const rect = { x0: from.x, y0: from.y, x1: to.x, y1: to.y };
    const inside = await page.evaluate((r) => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const b = renderer.getContainer().getBoundingClientRect();
      return graph.filterNodes((_n: string, a: { x: number; y: number }) => {
        const v = renderer.graphToViewport({ x: a.x, y: a.y });
        return v.x + b.left >= r.x0 && v.x + b.left <= r.x1 && v.y + b.top >= r.y0 && v.y + b.top <= r.y1;
      }).sort();
    }, rect);
    expect(inside.length).toBeGreaterThan(1);
    // Start the box on empty canvas: move off any node first.
    await page.mouse.move(box!.x + 2, box!.y + 2);
    await page.keyboard.down('Shift');
    await page.mouse.move(rect.x0, rect.y0);
    await page.mouse.down();
    await page.mouse.move((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2, { steps: 5 });
    await screenshot(page, 'explorer-14-box-selecting');
    await page.mouse.move(rect.x1, rect.y1, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = await page.evaluate(() => [...(window as unknown as RelataWindow).relata.app.selection.nodes].sort());
    expect(selected).toEqual(inside);
    await expect.poll(() => page.locator('.inspect.group .kind').textContent()).toBe(`${inside.length} nodes selected`);
    await screenshot(page, 'explorer-15-box-selected');
    await page.context().close();
  });

  it('a mention in the documents view selects its node; two nodes show their shortest path; focus hides the rest', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const mention = page.locator('mark.mention').first();
    const key = await mention.getAttribute('data-node');
    await mention.click();
    expect(await page.evaluate(() => [...(window as unknown as RelataWindow).relata.app.selection.nodes])).toEqual([key]);
    await expect.poll(() => page.locator('mark.mention.selected').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer-16-mention-selected');

    const [a, b] = await page.evaluate(() => {
      const g = (window as unknown as RelataWindow).relata.graph;
      const hub = g.nodes().sort((x: string, y: string) => g.degree(y) - g.degree(x))[0];
      // A node two steps away from the hub, so the path has a middle.
      const near = new Set([hub, ...g.neighbors(hub)]);
      const far = g.findNode((n: string) => !near.has(n) && g.neighbors(n).some((m: string) => near.has(m)));
      return [hub, far];
    });
    await page.evaluate(([x, y]) => (window as unknown as RelataWindow).relata.app.selection.set([x, y]), [a, b] as const);
    await page.getByRole('button', { name: 'Show shortest path' }).click();
    const path = await page.evaluate(() => {
      const p = (window as unknown as RelataWindow).relata.app.canvas.state.path;
      return p && { nodes: [...p.nodes], edges: [...p.edges] };
    });
    expect(path.nodes).toHaveLength(3);
    expect(path.nodes).toEqual(expect.arrayContaining([a, b]));
    expect(path.edges).toHaveLength(2);
    await expect.poll(() => page.locator('.banner').textContent()).toMatch(/^Shortest path/);
    await screenshot(page, 'explorer-17-shortest-path');
    await page.getByRole('button', { name: 'Clear' }).click();

    await page.evaluate((x) => (window as unknown as RelataWindow).relata.app.selection.set([x]), b);
    await page.getByRole('button', { name: 'Focus', exact: true }).click();
    const shown = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      return graph.filterNodes((n: string) => !renderer.getNodeDisplayData(n).hidden).sort();
    });
    expect(shown).toEqual(await page.evaluate((x) => {
      const g = (window as unknown as RelataWindow).relata.graph;
      return [x, ...g.neighbors(x)].sort();
    }, b));
    await screenshot(page, 'explorer-18-focus');
    await page.context().close();
  });

  it('leaves out the edges of a large graph while a layout runs, has the CPU draw its nodes, and draws them all, up to date, when it stops', async () => {
    const { page } = await openApp(browser(), url);
    const graph = generateGraph({ nodes: 1000, edgesPerNode: 3, seed: 5 });
    const project = serializeProject(createProject({ documents: [], graph }));
    await page.evaluate((text) => (window as unknown as RelataWindow).relata.workspace.load(JSON.parse(text)), project);
    await settle(page);
    const edges = await showEdgesAlone(page);
    const atRest = await edges('explorer-19a-large-graph-at-rest');
    expect(atRest).toBeGreaterThan(1000);

    await page.getByRole('button', { name: 'ForceAtlas2' }).click();
    await page.waitForTimeout(800);
    expect(await edges('explorer-19b-large-graph-layout-running')).toBeLessThan(atRest / 100);
    // Software WebGL here: the CPU draws the moving nodes (renderer/view/cpu-nodes.ts), each where its
    // display data puts it, in its colour, and the WebGL node layer stands aside.
    const cpuDrawn = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const layers = renderer.getCanvases();
      const cpu = layers.cpuNodes!;
      const image = cpu.getContext('2d')!.getImageData(0, 0, cpu.width, cpu.height);
      const pixel = (x: number, y: number) => new Uint32Array(image.data.buffer)[Math.floor(y) * image.width + Math.floor(x)]!;
      const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const ofColour = (colour: string) => {
        probe.fillStyle = colour;
        probe.fillRect(0, 0, 1, 1);
        return new Uint32Array(probe.getImageData(0, 0, 1, 1).data.buffer)[0]!;
      };
      // Nodes of one zIndex are stacked in the graph's order: the last ones are on top of any other.
      const tops: NodeDisplayData[] = graph.nodes().map((n: string) => renderer.getNodeDisplayData(n)).filter((d: NodeDisplayData) => !d.hidden && d.zIndex === 1).slice(-20);
      const painted = tops.filter((d) => {
        const at = renderer.framedGraphToViewport(d);
        return pixel(at.x, at.y) === ofColour(d.color);
      }).length;
      return { painted, of: tops.length, nodesLayer: layers.nodes!.style.display, cpuLayer: cpu.style.display };
    });
    expect(cpuDrawn).toEqual({ painted: 20, of: 20, nodesLayer: 'none', cpuLayer: '' });
    // A change of the view state meanwhile reaches the nodes while it runs, and the edges once it stops.
    const [hub] = await hubs(page, 1);
    await page.evaluate((k) => {
      const { app } = (window as unknown as RelataWindow).relata;
      app.selection.set([k]);
      app.filters.minConfidence = 0.5;
      app.applyFilters();
    }, hub!);
    await page.waitForFunction((k) => (window as unknown as RelataWindow).relata.renderer.getNodeDisplayData(k).highlighted === true, hub!);

    await page.getByRole('button', { name: 'ForceAtlas2' }).click();
    await settle(page);
    expect(await edges('explorer-19c-large-graph-layout-stopped')).toBeGreaterThan(1000);
    expect(await page.evaluate(() => {
      const layers = (window as unknown as RelataWindow).relata.renderer.getCanvases();
      return [layers.nodes!.style.display, layers.cpuNodes!.style.display];
    })).toEqual(['', 'none']);
    const wrong = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      return graph.filterEdges((e: string, a: { confidence: number }) => renderer.getEdgeDisplayData(e).hidden !== a.confidence < 0.5).length;
    });
    expect(wrong).toBe(0);

    // A drag stops the layout and holds the framing the layout had reached, not the one of its start.
    await page.getByRole('button', { name: 'ForceAtlas2' }).click();
    await page.waitForTimeout(800);
    // Where the hub is drawn: sigma's own conversion still has the framing of the layout's start.
    const p = await page.evaluate((k) => {
      const { graph, renderer, app } = (window as unknown as RelataWindow).relata;
      const at = app.canvas.graphToViewport(graph.getNodeAttributes(k));
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    }, hub!);
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    await page.mouse.move(p.x + 5, p.y + 5);
    await page.waitForTimeout(300);
    const framed = await page.evaluate((k) => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const [xs, ys]: number[][] = [[], []];
      graph.forEachNode((n: string) => {
        if (n === k) return;
        const d = renderer.getNodeDisplayData(n)!;
        xs.push(d.x);
        ys.push(d.y);
      });
      return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    }, hub!);
    await page.mouse.up();
    expect(framed).toBeCloseTo(1, 2);
    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel())).toBe('Move node');
    await page.context().close();
  });
});
