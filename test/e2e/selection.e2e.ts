/**
 * Selection tools in Chromium (web mode, sample project): dragging a selection moves it all, a ctrl-drag
 * lasso selects what it encloses, and the right-click menu's edits (hide, pin, merge, delete) are
 * commands that undo.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { drag, hubs, node, onScreen, select, selectedNodes, settle, type RelataWindow } from './explorer-page';
import { browserPerFile, graphOrder, openApp, screenshot } from './harness';

const browser = browserPerFile();
const url = inject('appUrl');

const undoLabel = (page: Page) => page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel());
const hiddenOnCanvas = (page: Page, key: string) => page.evaluate((k) => (window as unknown as RelataWindow).relata.renderer.getNodeDisplayData(k).hidden === true, key);

/** Right-clicks where a node is drawn and waits for the menu. */
async function menuOn(page: Page, key: string) {
  const p = await onScreen(page, key);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  const menu = page.getByRole('menu');
  await menu.waitFor();
  return menu;
}

describe('selection tools', () => {
  it('drags a selection of three nodes as one, and undoes the move in one step', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const three = await hubs(page, 3);
    const before = await Promise.all(three.map((k) => onScreen(page, k)));
    await select(page, three);
    await drag(page, before[1]!, 60, 40);
    const after = await Promise.all(three.map((k) => onScreen(page, k)));
    for (const [i, p] of after.entries()) {
      expect(p.x - before[i]!.x).toBeCloseTo(60, -1);
      expect(p.y - before[i]!.y).toBeCloseTo(40, -1);
    }
    for (const k of three) expect((await node(page, k)).pinned).toBe(true);
    expect(await undoLabel(page)).toBe('Move 3 nodes');
    expect(await selectedNodes(page)).toEqual([...three].sort());
    await screenshot(page, 'selection-01-group-dragged');
    await page.keyboard.press('Control+z');
    const undone = await Promise.all(three.map((k) => onScreen(page, k)));
    for (const [i, p] of undone.entries()) expect(p).toEqual(before[i]);
    await page.context().close();
  });

  it('ctrl-drag draws a lasso that selects the nodes inside it', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const box = (await page.locator('.canvas').boundingBox())!;
    // A diamond round the middle of the canvas, in whole pixels.
    const cx = Math.round(box.x + box.width * 0.45);
    const cy = Math.round(box.y + box.height * 0.5);
    const r = Math.round(Math.min(box.width, box.height) * 0.2);
    const diamond = [[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]] as const;
    const inside = await page.evaluate(([x0, y0, radius]) => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const b = renderer.getContainer().getBoundingClientRect();
      return graph.filterNodes((_n: string, a: { x: number; y: number }) => {
        const v = renderer.graphToViewport({ x: a.x, y: a.y });
        // Inside the diamond (with a pixel's slack either way left out of the comparison below).
        return Math.abs(v.x + b.left - x0) + Math.abs(v.y + b.top - y0) < radius - 1;
      }).sort();
    }, [cx, cy, r] as const);
    const borderline = await page.evaluate(([x0, y0, radius]) => {
      const { graph, renderer } = (window as unknown as RelataWindow).relata;
      const b = renderer.getContainer().getBoundingClientRect();
      return graph.filterNodes((_n: string, a: { x: number; y: number }) => {
        const v = renderer.graphToViewport({ x: a.x, y: a.y });
        return Math.abs(Math.abs(v.x + b.left - x0) + Math.abs(v.y + b.top - y0) - radius) <= 1;
      });
    }, [cx, cy, r] as const);
    expect(inside.length).toBeGreaterThan(2);

    await page.mouse.move(box.x + 2, box.y + 2);
    await page.keyboard.down('Control');
    await page.mouse.move(...diamond[0]);
    await page.mouse.down();
    for (const corner of [...diamond.slice(1), diamond[0]]) await page.mouse.move(...corner, { steps: 8 });
    await screenshot(page, 'selection-02-lasso');
    await page.mouse.up();
    await page.keyboard.up('Control');
    expect((await selectedNodes(page)).filter((n) => !borderline.includes(n))).toEqual(inside);
    await page.context().close();
  });

  it('right-click offers hide, pin, merge and delete, each an edit that undoes', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [a, b] = await hubs(page, 2);
    const order = await graphOrder(page);
    const label = (await node(page, a!)).label;

    let menu = await menuOn(page, a!);
    await screenshot(page, 'selection-03-context-menu');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      `Focus on “${label}” and its neighbours`, `Pin “${label}”`, `Hide “${label}”`, `Delete “${label}”`,
    ]);
    // The keyboard reaches the menu: Escape closes it, and the arrows walk its items.
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    menu = await menuOn(page, a!);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await hiddenOnCanvas(page, a!)).toBe(true);
    expect(await undoLabel(page)).toBe('Hide node');
    await page.keyboard.press('Control+z');
    expect(await hiddenOnCanvas(page, a!)).toBe(false);

    menu = await menuOn(page, a!);
    await menu.getByRole('menuitem', { name: `Pin “${label}”` }).click();
    expect((await node(page, a!)).pinned).toBe(true);
    menu = await menuOn(page, a!);
    expect(await menu.getByRole('menuitem', { name: `Unpin “${label}”` }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // On a node of a selection, the menu acts on the selection: merge keeps the right-clicked node.
    await select(page, [a!, b!]);
    menu = await menuOn(page, b!);
    await menu.getByRole('menuitem', { name: `Merge 2 nodes into “${(await node(page, b!)).label}”` }).click();
    expect(await graphOrder(page)).toBe(order - 1);
    expect(await page.evaluate((k) => (window as unknown as RelataWindow).relata.graph.hasNode(k), b)).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await graphOrder(page)).toBe(order);

    await select(page, [a!, b!]);
    menu = await menuOn(page, a!);
    await menu.getByRole('menuitem', { name: 'Delete 2 nodes' }).click();
    expect(await graphOrder(page)).toBe(order - 2);
    await page.keyboard.press('Control+z');
    expect(await graphOrder(page)).toBe(order);

    // Hidden nodes are offered back from the stage's menu and from the filters.
    menu = await menuOn(page, a!);
    await menu.getByRole('menuitem', { name: /^Hide/ }).click();
    const box = (await page.locator('.canvas').boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + box.height - 4, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Show 1 hidden node' }).click();
    expect(await hiddenOnCanvas(page, a!)).toBe(false);
    expect(await page.evaluate((k) => (window as unknown as RelataWindow).relata.graph.getNodeAttribute(k, 'hidden'), a)).toBeUndefined();
    await page.context().close();
  });
});
