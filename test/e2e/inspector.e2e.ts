/**
 * The inspector in Chromium (web mode, sample project): edits keep the focus, so keys typed in a field
 * stay there; a new name another entity has offers to merge; an empty name is refused where it is typed.
 */
import { describe, expect, inject, it } from 'vitest';
import { focused, hubs, node, onScreen, select, selectedNodes, settle, type RelataWindow } from './explorer-page';
import { browserPerFile, graphOrder, openApp, screenshot } from './harness';

const browser = browserPerFile();
const url = inject('appUrl');

describe('inspector', () => {
  it('keeps the focus through an edit: Tab goes to the next field, Backspace edits it, Ctrl+Z is its own undo', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [key] = await hubs(page, 1);
    const order = await graphOrder(page);
    const at = await onScreen(page, key!);
    await page.mouse.click(at.x, at.y);
    const graphValue = (name: string) => page.evaluate(([k, n]) => (window as unknown as RelataWindow).relata.graph.getNodeAttribute(k, n), [key!, name] as const);

    // Tab after typing a note commits it and lands on the next field, which takes the keys typed next.
    await page.getByRole('textbox', { name: 'Note' }).click();
    await page.keyboard.type('Seen in two wires');
    await page.keyboard.press('Tab');
    expect(await graphValue('note')).toBe('Seen in two wires');
    expect(await focused(page)).toBe('Tags');
    await page.keyboard.type('kremlin');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await page.evaluate((k) => (window as unknown as RelataWindow).relata.graph.hasNode(k), key)).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe('kreml');

    // Clicking another field after an edit: the click's field keeps the focus.
    await page.getByRole('textbox', { name: 'Aliases' }).click();
    expect(await graphValue('tags')).toEqual(['kreml']);
    expect(await focused(page)).toBe('Aliases');
    await page.getByRole('textbox', { name: 'Tags' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(', wire');
    await page.keyboard.press('Backspace');
    expect(await page.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe('kreml, wir');
    await screenshot(page, 'inspector-01-typing-in-tags');

    // Ctrl+Z in the field takes back its own last change (the Backspace), not the graph's last edit.
    const undoLabel = () => page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel());
    expect(await undoLabel()).toBe('Annotate node');
    await page.keyboard.press('Control+z');
    const afterUndo = await page.getByRole('textbox', { name: 'Tags' }).inputValue();
    expect(afterUndo).not.toBe('kreml, wir');
    expect('kreml, wire'.startsWith(afterUndo)).toBe(true);
    expect(await graphValue('tags')).toEqual(['kreml']);
    expect(await graphValue('note')).toBe('Seen in two wires');
    expect(await focused(page)).toBe('Tags');
    expect(await graphOrder(page)).toBe(order);
    await page.context().close();
  });

  it('renaming to a name another entity has offers to merge; an empty name is refused beside the field', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [a, b] = await hubs(page, 2);
    const [na, nb] = [await node(page, a!), await node(page, b!)];
    const order = await graphOrder(page);
    const name = page.getByRole('textbox', { name: 'Name' });

    await select(page, [a!]);
    await name.fill('');
    await name.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/needs a name/);
    expect(await page.getByRole('alert').isVisible()).toBe(true);
    expect(await name.inputValue()).toBe(na.label);
    expect((await node(page, a!)).label).toBe(na.label);
    await screenshot(page, 'inspector-02-empty-name-refused');

    // Another entity's name, typed in another case: the person is asked, and merging keeps the other one.
    await name.fill(nb.label.toUpperCase());
    await name.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Merge with an existing entity?' });
    await dialog.waitFor();
    await screenshot(page, 'inspector-03-merge-offered');
    // The choice is read at the dialog's close event, which comes a task after the click.
    await dialog.getByRole('button', { name: /^Merge into/ }).click();
    await expect.poll(() => graphOrder(page)).toBe(order - 1);
    expect(await page.evaluate((k) => (window as unknown as RelataWindow).relata.graph.hasNode(k), a)).toBe(false);
    const merged = await node(page, b!);
    expect(merged.label).toBe(nb.label);
    expect(merged.aliases).toContain(na.label);
    expect(await selectedNodes(page)).toEqual([b]);
    await expect.poll(() => name.inputValue()).toBe(nb.label);
    expect(await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.history.undoLabel())).toBe('Merge 2 nodes');
    await page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    expect(await node(page, a!)).toEqual(na);

    // Keeping both renames it all the same.
    await select(page, [a!]);
    await name.fill(nb.label);
    await name.press('Tab');
    await dialog.waitFor();
    // A camera move saved while the dialog is open redraws the panel, whose field (without the focus
    // now) shows the current name again: the name kept is still the one typed.
    await page.evaluate(() => (window as unknown as RelataWindow).relata.workspace.changed());
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(async () => (await node(page, a!)).label).toBe(nb.label);
    expect(await graphOrder(page)).toBe(order);
    await page.context().close();
  });
  it('adding an entity by a name another goes by offers that one first, and adds another only when asked', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const [hub] = await hubs(page, 1);
    const existing = await node(page, hub!);
    const order = await graphOrder(page);
    await select(page, []);
    const name = page.getByRole('textbox', { name: 'New node name' });
    const offer = page.getByRole('dialog', { name: 'An entity with this name exists' });

    await name.fill(` ${existing.label.toLowerCase()} `);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await offer.waitFor();
    await screenshot(page, 'inspector-04-add-existing-name');
    await offer.getByRole('button', { name: /^Show/ }).click();
    await expect.poll(() => selectedNodes(page)).toEqual([hub]);
    expect(await graphOrder(page)).toBe(order);

    // Another entity can share the name, when the person says so (two people called John Smith).
    await select(page, []);
    await name.fill(existing.label);
    await name.press('Enter');
    await offer.getByRole('button', { name: 'Add another' }).click();
    await expect.poll(() => graphOrder(page)).toBe(order + 1);
    const [added] = await selectedNodes(page);
    expect(added).not.toBe(hub);
    expect((await node(page, added!)).label).toBe(existing.label);
    await page.context().close();
  });

  it('says why an edge and a type exist: the pattern that read it, a denial or a hedge, and the evidence for the type', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const picked = await page.evaluate(() => {
      const { graph, app } = (window as unknown as RelataWindow).relata;
      const edge = graph.findEdge((_: string, a: { pattern?: string; modality?: string }) => !!a.pattern && a.modality === 'hedged');
      app.selection.set([], [edge]);
      return { label: graph.getEdgeAttribute(edge, 'label') as string };
    });
    const edgeWhy = page.locator('.inspect.edge .why');
    await expect.poll(() => edgeWhy.textContent()).toMatch(/^Read as .{10,}\./);
    expect(await edgeWhy.textContent()).toContain('only plans, conditions or alleges it');
    expect(picked.label.length).toBeGreaterThan(0);
    await screenshot(page, 'inspector-03-why-edge');

    const medvedev = await page.evaluate(() => (window as unknown as RelataWindow).relata.graph.findNode((_: string, a: { label: string }) => a.label === 'Dmitry Medvedev'));
    await select(page, [medvedev!]);
    expect(await page.locator('.inspect.node .why').textContent()).toMatch(/^Person: .+/);
    await page.context().close();
  });
});
