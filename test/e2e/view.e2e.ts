/**
 * What the canvas shows and how the view moves, in Chromium (web mode): edges picked from a few pixels
 * away, labels that never overlap and room made for them, edges drawn by weight or confidence, filters
 * reset in one click, Focus and Ctrl+0 fitting what they are about.
 */
import { describe, expect, inject, it } from 'vitest';
import { manualNodeAttributes } from '../../shared/graph/commands/add';
import { generateGraph } from '../../shared/graph/generate';
import { createKnowledgeGraph } from '../../shared/graph/schema';
import { axisBox, boxesOverlap, type OrientedBox } from '../../renderer/view/label-boxes';
import { hubs, loadGraph, relation, select, settle, type RelataWindow } from './explorer-page';
import { browserPerFile, openApp, screenshot } from './harness';
import type { Page } from 'playwright-core';

const browser = browserPerFile();
const url = inject('appUrl');

/** The labels drawn in the last frame, and the pairs of them that overlap. */
async function labels(page: Page): Promise<{ nodes: string[]; overlaps: number }> {
  return page.evaluate(() => {
    const shown: { node: string; left: number; right: number; top: number; bottom: number }[] = (window as unknown as RelataWindow).relata.app.canvas.shownLabels();
    let overlaps = 0;
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
    }
    return { nodes: shown.map((l) => l.node).sort(), overlaps };
  });
}

/** The camera's zoom and how many of `nodes` are drawn inside the canvas. */
async function framing(page: Page, nodes: string[]): Promise<{ ratio: number; inside: number }> {
  return page.evaluate((keys) => {
    const { graph, renderer } = (window as unknown as RelataWindow).relata;
    const { width, height } = renderer.getDimensions();
    const inside = keys.filter((k: string) => {
      const p = renderer.graphToViewport(graph.getNodeAttributes(k));
      return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
    }).length;
    return { ratio: renderer.getCamera().ratio, inside };
  }, nodes);
}

describe('view', () => {
  it('picks an edge from 6 px away; keeps labels apart, and Remove overlaps makes room for all of them', async () => {
    const { page } = await openApp(browser(), url);
    const graph = createKnowledgeGraph();
    const place = (key: string, label: string, x: number, y: number) => graph.addNode(key, manualNodeAttributes(label, 'Person', x, y));
    place('a', 'Alpha', 0, 0);
    place('b', 'Beta', 100, 0);
    place('c', 'Gamma', 0, 100);
    place('d', 'Delta', 100, 100);
    // Three names in a row: their discs are apart, but the middle one's label has room on neither side of it.
    place('ru', 'Russia', 34, 60);
    place('dm', 'Dmitry Medvedev', 40, 60);
    place('us', 'United States', 46, 60);
    graph.addDirectedEdgeWithKey('ab', 'a', 'b', relation('met'));
    graph.addDirectedEdgeWithKey('cd', 'c', 'd', relation('met'));
    graph.addDirectedEdgeWithKey('dmus', 'dm', 'us', relation('criticised'));
    graph.addDirectedEdgeWithKey('dmru', 'dm', 'ru', relation('leads'));
    await loadGraph(page, graph);
    await settle(page);

    const middle = await page.evaluate(() => {
      const { graph: g, renderer } = (window as unknown as RelataWindow).relata;
      const box = renderer.getContainer().getBoundingClientRect();
      const [p, q] = ['a', 'b'].map((n) => renderer.graphToViewport(g.getNodeAttributes(n)));
      return { x: box.left + (p.x + q.x) / 2, y: box.top + (p.y + q.y) / 2 };
    });
    const hoveredAt = async (dy: number) => {
      await page.mouse.move(middle.x, middle.y + dy);
      await page.waitForTimeout(50);
      return page.evaluate(() => (window as unknown as RelataWindow).relata.app.canvas.state.hoveredEdge);
    };
    for (const dy of [-6, 6]) expect(await hoveredAt(dy)).toBe('ab');
    for (const dy of [-16, 16]) expect(await hoveredAt(dy)).toBeNull();
    await hoveredAt(6);
    await screenshot(page, 'view-01-edge-hovered-6px-away');

    await select(page, ['ru', 'dm', 'us']);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    const crowded = await labels(page);
    expect(crowded.overlaps).toBe(0);
    // The middle name has no room on either side: it is written above or below its node.
    expect(crowded.nodes).toEqual(expect.arrayContaining(['ru', 'dm', 'us']));
    const dm = await page.evaluate(() => {
      const { app, graph: g, renderer } = (window as unknown as RelataWindow).relata;
      const label = app.canvas.shownLabels().find((l: { node: string }) => l.node === 'dm');
      return { label, at: renderer.graphToViewport(g.getNodeAttributes('dm')) };
    });
    expect(dm.label.bottom < dm.at.y || dm.label.top > dm.at.y).toBe(true);
    await screenshot(page, 'view-02-labels-crowded');

    await page.getByRole('combobox', { name: 'Apply a layout' }).selectOption('noverlap');
    await page.waitForFunction(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel() === 'Remove overlaps layout');
    await settle(page);
    const spread = await labels(page);
    expect(spread.overlaps).toBe(0);
    expect(spread.nodes).toEqual(expect.arrayContaining(['ru', 'dm', 'us']));
    await screenshot(page, 'view-03-overlaps-removed');
    await page.context().close();
  });

  it("labels a hovered node's relations apart from each other and from the names, each whole", async () => {
    const { page } = await openApp(browser(), url);
    const graph = createKnowledgeGraph();
    graph.addNode('hub', manualNodeAttributes('Vladimir Putin', 'Person', 0, 0));
    const predicates = ['expressed support for', 'met with', 'criticised', 'signed a treaty with', 'warned', 'visited', 'praised', 'sanctioned', 'accused', 'thanked'];
    for (const [i, predicate] of predicates.entries()) {
      const angle = (2 * Math.PI * (i + 0.5)) / predicates.length;
      graph.addNode(`n${i}`, manualNodeAttributes(`Party ${i}`, 'Organization', 30 * Math.cos(angle), 30 * Math.sin(angle)));
      graph.addDirectedEdgeWithKey(`e${i}`, 'hub', `n${i}`, relation(predicate));
    }
    // Far off, so that the star is drawn small and its relations' labels crowd around the hub; the star is at the canvas's right edge.
    graph.addNode('far', manualNodeAttributes('Elsewhere', 'Place', -110, 0));
    await loadGraph(page, graph);
    await settle(page);
    const hub = await page.evaluate(() => {
      const { graph: g, renderer } = (window as unknown as RelataWindow).relata;
      const box = renderer.getContainer().getBoundingClientRect();
      const p = renderer.graphToViewport(g.getNodeAttributes('hub'));
      return { x: box.left + p.x, y: box.top + p.y, viewportX: p.x };
    });
    await page.mouse.move(hub.x, hub.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as RelataWindow).relata.app.canvas.state.hoveredNode)).toBe('hub');
    await page.waitForTimeout(300);
    const drawn: { edges: { edge: string; box: OrientedBox }[]; nodes: { node: string; left: number; right: number; top: number; bottom: number }[]; width: number } = await page.evaluate(() => {
      const { app, renderer } = (window as unknown as RelataWindow).relata;
      return { edges: app.canvas.shownEdgeLabels(), nodes: app.canvas.shownLabels(), width: renderer.getDimensions().width };
    });
    await screenshot(page, 'view-02b-hovered-relations');
    expect(drawn.edges.length).toBeGreaterThanOrEqual(3);
    const nodeBoxes = drawn.nodes.map((l) => axisBox(l.left, l.right, l.top, l.bottom));
    for (const [i, a] of drawn.edges.entries()) {
      for (const b of drawn.edges.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.edge} and ${b.edge}`).toBe(false);
      for (const [j, n] of nodeBoxes.entries()) expect(boxesOverlap(a.box, n), `${a.edge} and ${drawn.nodes[j]!.node}'s name`).toBe(false);
    }
    // The hovered name stays right of its node, where sigma's hover box shows it again (not a second copy left of it).
    expect(drawn.nodes.find((l) => l.node === 'hub')!.left).toBeGreaterThan(hub.viewportX);
    // Parties 0 and 9, at the right edge, are named on their left rather than past the edge.
    expect(drawn.nodes.map((l) => l.node)).toEqual(expect.arrayContaining(['n0', 'n9']));
    for (const l of drawn.nodes) expect(l.right, l.node).toBeLessThanOrEqual(drawn.width);
    await page.context().close();
  });

  it('draws edges by weight or confidence, resets the filters, and fits the focus or the selection', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const edgeLooks = () => page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      return graph.mapEdges((e: string, a: { weight: number; confidence: number }) => ({ weight: a.weight, confidence: a.confidence, size: renderer.getEdgeDisplayData(e).size, color: renderer.getEdgeDisplayData(e).color }));
    }) as Promise<EdgeLook[]>;
    type EdgeLook = { weight: number; confidence: number; size: number; color: string };
    /** Whether a stronger edge (by `by`) is always drawn wider than a weaker one. */
    const sizesFollow = (looks: EdgeLook[], by: (l: EdgeLook) => number) =>
      looks.every((p) => looks.every((q) => by(p) <= by(q) || p.size > q.size));
    const byWeight = await edgeLooks();
    expect(new Set(byWeight.map((l) => l.weight)).size).toBeGreaterThan(1);
    expect(sizesFollow(byWeight, (l) => l.weight)).toBe(true);
    expect(new Set(byWeight.map((l) => l.color)).size).toBeGreaterThan(1);
    await page.getByRole('combobox', { name: 'Edges by' }).selectOption('confidence');
    await expect.poll(async () => sizesFollow(await edgeLooks(), (l) => l.confidence)).toBe(true);
    await screenshot(page, 'view-04-edges-by-confidence');
    await page.getByRole('combobox', { name: 'Edges by' }).selectOption('none');
    await expect.poll(async () => new Set((await edgeLooks()).map((l) => `${l.size} ${l.color}`)).size).toBe(1);

    // Filters, reset in one click.
    const hiddenCount = () => page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      return graph.filterNodes((n: string) => renderer.getNodeDisplayData(n).hidden).length + graph.filterEdges((e: string) => renderer.getEdgeDisplayData(e).hidden).length;
    });
    const reset = page.getByRole('button', { name: 'Reset filters' });
    expect(await reset.isDisabled()).toBe(true);
    await page.locator('input[data-type="Place"]').uncheck();
    await page.getByRole('slider', { name: 'Minimum confidence' }).fill('0.6');
    await expect.poll(hiddenCount).toBeGreaterThan(0);
    await reset.click();
    await expect.poll(hiddenCount).toBe(0);
    expect(await page.locator('input[data-type="Place"]').isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Minimum confidence' }).inputValue()).toBe('0');
    expect(await reset.isDisabled()).toBe(true);

    // Focus zooms to the neighbourhood.
    const [hub] = await hubs(page, 1);
    const leaf = await page.evaluate((h) => {
      const g = (window as unknown as RelataWindow).relata.graph;
      return g.neighbors(h).find((n: string) => g.degree(n) >= 3 && g.degree(n) <= 8);
    }, hub);
    const around = await page.evaluate((n) => [n, ...(window as unknown as RelataWindow).relata.graph.neighbors(n)], leaf);
    await select(page, [leaf]);
    await page.getByRole('button', { name: 'Focus', exact: true }).click();
    await page.waitForTimeout(700);
    const focused = await framing(page, around);
    expect(focused.ratio).toBeLessThan(0.9);
    expect(focused.inside).toBe(around.length);
    await screenshot(page, 'view-05-focus-zoomed');
    await page.getByRole('button', { name: 'Clear' }).click();

    // Ctrl+0 fits the selection when there is one, else the whole graph.
    const pair = around.slice(0, 2);
    await select(page, pair);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(700);
    const fitted = await framing(page, pair);
    expect(fitted.ratio).toBeLessThan(0.9);
    expect(fitted.inside).toBe(2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(700);
    expect((await framing(page, [])).ratio).toBeCloseTo(1, 5);
    await page.context().close();
  });

  it('keeps every toolbar control on screen, whole and apart, at 1024 px and at 1280 px', async () => {
    const { page } = await openApp(browser(), url);
    for (const width of [1024, 1280]) {
      await page.setViewportSize({ width, height: 768 });
      await page.waitForTimeout(200);
      const controls = await page.locator('header.toolbar').locator('button, select').evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
        return { name: el.getAttribute('aria-label') ?? el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom, oneLine: r.height < line * 2 };
      }));
      expect(controls.length).toBeGreaterThan(8);
      for (const c of controls) {
        expect(c.left, `${c.name} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(c.right, `${c.name} at ${width} px`).toBeLessThanOrEqual(width);
        expect(c.oneLine, `${c.name} at ${width} px`).toBe(true);
      }
      for (const [i, a] of controls.entries()) {
        for (const b of controls.slice(i + 1)) {
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.name} and ${b.name} at ${width} px`).toBe(false);
        }
      }
      const canvas = (await page.locator('.canvas').boundingBox())!;
      expect(canvas.width).toBeGreaterThan(width / 3);
      await screenshot(page, `view-06-toolbar-${width}`);
    }
    await page.context().close();
  });

  it('shows the whole shortcut sheet on F1, ? and the help button, with its title, at 1280 and at 1024 px', async () => {
    const { page } = await openApp(browser(), url);
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const open = [() => page.keyboard.press('F1'), () => page.keyboard.press('Shift+Slash'), () => page.getByRole('button', { name: /^Keyboard shortcuts and help/ }).click()];
    for (const [i, [width, height]] of ([[1280, 800], [1024, 768], [1280, 800]] as const).entries()) {
      await page.setViewportSize({ width, height });
      await page.getByRole('heading', { name: 'Inspector' }).click();
      await open[i]!();
      await sheet.waitFor();
      const fit = await sheet.evaluate((dialog) => {
        const inView = (el: Element | null) => {
          const r = el!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
        };
        const groups = dialog.querySelector('.shortcut-groups')!;
        return { title: inView(dialog.querySelector('h2')), close: inView(dialog.querySelector('button')), rowsAllShown: groups.scrollHeight <= groups.clientHeight + 1, rows: dialog.querySelectorAll('tr').length };
      });
      expect(fit, `${width}×${height}`).toEqual({ title: true, close: true, rowsAllShown: true, rows: expect.any(Number) });
      expect(fit.rows).toBeGreaterThan(15);
      await screenshot(page, `view-07-shortcuts-${width}`);
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
    }
    await page.context().close();
  });

  it('shows a shortest path through filtered-out nodes only while it is highlighted; the theme is saved with the project', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [hub] = await hubs(page, 1);
    const far = await page.evaluate((h) => {
      const g = (window as unknown as RelataWindow).relata.graph;
      const near = new Set([h, ...g.neighbors(h)]);
      return g.findNode((n: string) => !near.has(n) && g.neighbors(n).some((m: string) => near.has(m)));
    }, hub);
    const shown = () => page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      return graph.filterNodes((n: string) => !renderer.getNodeDisplayData(n).hidden).length;
    });
    for (const type of ['Person', 'Organization', 'Place', 'Event', 'Weapon', 'Concept', 'Other']) await page.locator(`input[data-type="${type}"]`).uncheck();
    await expect.poll(shown).toBe(0);
    await page.evaluate(([a, b]) => (window as unknown as RelataWindow).relata.app.showPath(a, b), [hub, far] as const);
    await expect.poll(shown).toBe(3);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(shown).toBe(0);

    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.isDirty())).toBe(false);
    await page.getByRole('button', { name: 'Light or dark theme' }).click();
    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.isDirty())).toBe(true);
    await page.context().close();
  });

  it('stops ForceAtlas2 on a graph too large to move its edges: one undoable run, drawn where the graph has it, edges again', async () => {
    const { page } = await openApp(browser(), url);
    // Over 2,000 edges: while the layout runs the edges are not drawn (renderer/view/canvas.ts).
    await loadGraph(page, generateGraph({ nodes: 1000, edgesPerNode: 3, seed: 7 }));
    await settle(page);
    const positions = () => page.evaluate(() => (window as unknown as RelataWindow).relata.graph.mapNodes((_: string, a: { x: number; y: number }) => [a.x, a.y])) as Promise<[number, number][]>;
    /** How far, in pixels, a node is drawn from where its graph position puts it, at worst. */
    const drift = () => page.evaluate(() => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      return Math.max(...graph.mapNodes((n: string, a: { x: number; y: number }) => {
        const drawn = renderer.framedGraphToViewport(renderer.getNodeDisplayData(n));
        const placed = renderer.graphToViewport(a);
        return Math.hypot(drawn.x - placed.x, drawn.y - placed.y);
      }));
    }) as Promise<number>;
    /** The pixels of the edge layer in the next frame drawn (read before the page composites it), 0 if the layer is off the page. */
    const edgePixels = () => page.evaluate(() => new Promise<number>((done) => {
      const { renderer } = (window as unknown as RelataWindow).relata;
      const canvas: HTMLCanvasElement = renderer.getCanvases().edges;
      const read = () => {
        renderer.off('afterRender', read);
        if (getComputedStyle(canvas).display === 'none') return done(0);
        const copy = new OffscreenCanvas(canvas.width, canvas.height).getContext('2d')!;
        copy.drawImage(canvas, 0, 0);
        const { data } = copy.getImageData(0, 0, canvas.width, canvas.height);
        let drawn = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]) drawn++;
        done(drawn);
      };
      renderer.on('afterRender', read);
      renderer.scheduleRender();
    }));
    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.graph.size)).toBeGreaterThan(2000);
    const before = await positions();
    const edgesAtRest = await edgePixels();
    expect(edgesAtRest).toBeGreaterThan(1000);

    // Started and stopped by Ctrl+L's action: no pointer crosses the canvas, so nothing but positions changes.
    const toggle = () => page.evaluate(() => (window as unknown as RelataWindow).relata.app.actions.run('view.layout'));
    await toggle();
    await page.waitForTimeout(1500);
    expect(await edgePixels()).toBe(0);
    await toggle();
    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel())).toBe('ForceAtlas2 layout');
    const after = await positions();
    expect(after.filter(([x, y], i) => x !== before[i]![0] || y !== before[i]![1]).length).toBeGreaterThan(900);
    await expect.poll(edgePixels).toBeGreaterThan(1000);
    expect(await drift()).toBeLessThan(0.5);
    await screenshot(page, 'view-forceatlas2-stopped-large');

    await page.evaluate(() => (window as unknown as RelataWindow).relata.app.actions.run('edit.undo'));
    expect(await positions()).toEqual(before);
    await settle(page);
    expect(await drift()).toBeLessThan(0.5);
    expect(await edgePixels()).toBeGreaterThan(1000);
    await page.context().close();
  });
});

describe('edges drawn in slices', () => {
  it('after a layout stops on a large graph, draws the edges in slices that add up to the frame sigma would draw: colours, widths, arrows, curves, hover, selection and filters alike', async () => {
    const { page, errors } = await openApp(browser(), url);
    // Over 10k edges in software WebGL, as on this machine (EDGES_DRAWN_IN_SLICES_ABOVE, renderer/view/canvas.ts).
    const graph = generateGraph({ nodes: 4000, edgesPerNode: 3, seed: 11 });
    // Parallel edges are drawn curved, undirected ones without arrows; weak ones are filtered out below.
    for (let i = 0; i < 60; i++) {
      graph.addDirectedEdge(graph.source(`e${i}`), graph.target(`e${i}`), relation('again'));
      graph.addUndirectedEdge(`n${i}`, `n${i + 2000}`, relation('near'));
      graph.mergeEdgeAttributes(`e${i + 100}`, { confidence: 0.2 });
    }
    await loadGraph(page, graph);
    await page.waitForTimeout(1500);
    await page.evaluate(() => (window as unknown as RelataWindow).relata.app.canvas.edgesDrawn());
    const [hub] = await hubs(page, 1);
    await page.evaluate(({ hub }) => {
      const { app, graph } = (window as unknown as RelataWindow).relata;
      app.selection.set([graph.target('e5')], ['e7', 'e8']);
      app.filters.minConfidence = 0.5;
      app.applyFilters();
      Object.assign(app.canvas.state, { hoveredNode: hub, hoverSet: new Set([hub, ...graph.neighbors(hub)]) });
      app.canvas.refresh();
    }, { hub: hub! });
    const toggle = () => page.evaluate(() => (window as unknown as RelataWindow).relata.app.actions.run('view.layout'));
    await toggle();
    await page.waitForTimeout(1000);
    // Stops the layout; true once a frame after it has left its edges to slices (sigma's edge layer out
    // of sight) and the last slice is on screen (the layer back).
    const stopped = await page.evaluate(() => new Promise<boolean>((done) => {
      const { renderer, app } = (window as unknown as RelataWindow).relata;
      const edges: HTMLCanvasElement = renderer.getCanvases().edges;
      const giveUp = setTimeout(() => done(false), 5000);
      const onRender = () => {
        if (edges.style.visibility !== 'hidden') return;
        renderer.off('afterRender', onRender);
        void app.canvas.edgesDrawn().then(() => requestAnimationFrame(() => setTimeout(() => {
          clearTimeout(giveUp);
          done(edges.style.visibility === '');
        })));
      };
      renderer.on('afterRender', onRender);
      void app.actions.run('view.layout');
    }));
    expect(stopped).toBe(true);
    const canvas = page.locator('.canvas');
    const inSlices = await canvas.screenshot();
    await screenshot(page, 'view-edges-in-slices');
    // The same view with the edge layer out of sight: the edges are what it adds.
    await page.evaluate(() => ((window as unknown as RelataWindow).relata.renderer.getCanvases().edges.style.visibility = 'hidden'));
    const withoutEdges = await canvas.screenshot();
    // Sigma's own frame of the same state: every edge drawn in one go.
    await page.evaluate(() => (window as unknown as RelataWindow).relata.renderer.render());
    await page.waitForTimeout(500);
    const whole = await canvas.screenshot();
    await screenshot(page, 'view-edges-whole-frame');
    const differing = (a: Buffer, b: Buffer) => page.evaluate(async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [pa, pb] = [await pixels(a!), await pixels(b!)];
      // Pixels that differ at all, and the largest difference of a colour channel (of 255).
      let count = 0;
      let worst = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.max(Math.abs(pa[i]! - pb[i]!), Math.abs(pa[i + 1]! - pb[i + 1]!), Math.abs(pa[i + 2]! - pb[i + 2]!));
        if (d > 0) count++;
        worst = Math.max(worst, d);
      }
      return { count, worst };
    }, [a.toString('base64'), b.toString('base64')]);
    const edges = await differing(whole, withoutEdges);
    const slices = await differing(whole, inSlices);
    expect(edges.count).toBeGreaterThan(20_000);
    // The slices draw into sigma's own layer, blending as one draw would: the same pixels.
    expect(slices.count).toBe(0);
    expect(errors.filter((e) => !e.includes('frame-ancestors'))).toEqual([]);
    await page.context().close();
  });
});

describe('panning a large graph', () => {
  it('moves the last picture, edges and labels included, with the pointer (the overview\'s frame following), and draws the graph anew at the release', async () => {
    const { page, errors } = await openApp(browser(), url);
    // Over PAN_AS_PICTURE_ABOVE nodes (renderer/view/canvas.ts), in software WebGL as on this machine.
    await loadGraph(page, generateGraph({ nodes: 22_000, edgesPerNode: 1, seed: 5 }));
    await expect.poll(() => page.evaluate(() => (window as unknown as RelataWindow).relata.graph.order), { timeout: 30_000 }).toBe(22_000);
    await page.waitForTimeout(1500);
    const canvas = page.locator('.canvas');
    /** The camera, sigma's frames so far and the shifts of its layers, once the frame in progress is out. */
    const state = () => page.evaluate(() => new Promise<{ x: number; draws: number; transforms: string[] }>((done) => requestAnimationFrame(() => setTimeout(() => {
      const { renderer } = (window as unknown as RelataWindow).relata;
      // Every layer of the picture (the mouse layer, which takes the pointer's events, stays in place).
      const canvases = Object.entries(renderer.getCanvases()).filter(([layer]) => layer !== 'mouse').map(([, c]) => c as HTMLCanvasElement);
      done({ x: renderer.getCamera().getState().x, draws: (window as unknown as { __draws: number }).__draws, transforms: [...new Set(canvases.map((c) => c.style.transform))] });
    }))));
    await page.evaluate(() => {
      const w = window as unknown as { __draws: number };
      w.__draws = 0;
      (window as unknown as RelataWindow).relata.renderer.on('afterRender', () => w.__draws++);
    });
    const rest = await state();
    const before = await canvas.screenshot();
    /** The overview's own picture (not what shows through it). */
    const overview = () => page.evaluate(() => (document.querySelector('canvas.minimap') as HTMLCanvasElement).toDataURL());
    const overviewBefore = await overview();
    const box = (await canvas.boundingBox())!;
    // From the corner the stage padding leaves empty: a pan, not a drag of a node.
    const from = { x: box.x + 10, y: box.y + 60 };
    // The point the camera is centred on at rest: the shift of the picture is where the camera now puts it.
    const centreAtRest = await page.evaluate(() => {
      const { x, y } = (window as unknown as RelataWindow).relata.renderer.getCamera().getState();
      return { x, y };
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 12 * i, from.y + 5 * i);
    const during = await state();
    // The camera moved, sigma drew nothing, and every layer carries the same shift: the one the camera made.
    expect(during.x).not.toBe(rest.x);
    expect(during.draws).toBe(rest.draws);
    expect(during.transforms).toHaveLength(1);
    const shift = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(during.transforms[0]!);
    expect(shift).not.toBeNull();
    const expected = await page.evaluate((centre) => {
      const { renderer } = (window as unknown as RelataWindow).relata;
      const { width, height } = renderer.getDimensions();
      const p = renderer.framedGraphToViewport(centre, { cameraState: renderer.getCamera().getState() });
      return { x: p.x - width / 2, y: p.y - height / 2 };
    }, centreAtRest);
    expect(Math.abs(Number(shift![1]) - expected.x)).toBeLessThan(0.5);
    expect(Math.abs(Number(shift![2]) - expected.y)).toBeLessThan(0.5);
    // The picture follows the pointer: 120 px across and 50 down.
    expect(Math.abs(expected.x - 120)).toBeLessThan(1);
    expect(Math.abs(expected.y - 50)).toBeLessThan(1);
    // What the person sees mid-pan is the rest frame moved, edges and all.
    const moving = await canvas.screenshot();
    await screenshot(page, 'view-pan-large-moving');
    expect(moving.equals(before)).toBe(false);
    // The overview's frame of the view follows the camera too.
    expect(await overview()).not.toBe(overviewBefore);
    await page.mouse.up();

    // After the release (and sigma's inertia): drawn anew, in place, and the same as a fresh frame of every item.
    await expect.poll(async () => (await state()).transforms, { timeout: 10_000 }).toEqual(['']);
    await expect.poll(async () => (await state()).draws).toBeGreaterThan(rest.draws);
    await page.waitForTimeout(1000);
    const released = await canvas.screenshot();
    await screenshot(page, 'view-pan-large-released');
    await page.evaluate(() => (window as unknown as RelataWindow).relata.renderer.refresh());
    await page.waitForTimeout(1500);
    expect(released.equals(await canvas.screenshot())).toBe(true);
    // (The page's <meta> policy warns that frame-ancestors only works as a header: not an error of this.)
    expect(errors.filter((e) => !e.includes('frame-ancestors'))).toEqual([]);
    await page.context().close();
  });
});
