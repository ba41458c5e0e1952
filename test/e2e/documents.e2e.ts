/**
 * The documents view in Chromium (web mode): documents listed by headline, a selection that scrolls
 * only the text (the picker stays), and a 2 MB document with a hundred thousand mentions shown.
 */
import { describe, expect, inject, it } from 'vitest';
import { manualNodeAttributes } from '../../shared/graph/commands/add';
import { createKnowledgeGraph } from '../../shared/graph/schema';
import { createProject, serializeProject } from '../../shared/project/codec';
import { select, settle, type RelataWindow } from './explorer-page';
import { browserPerFile, openApp, screenshot } from './harness';

const browser = browserPerFile();
const url = inject('appUrl');

/** A project whose second document is a 2 MB article mentioning its three entities every few words. */
function largeDocumentProject(): { project: string; text: string } {
  const line = 'Ms Alder told Reuters that Borovia would sign.\n';
  const text = line.repeat(Math.ceil(2_000_000 / line.length));
  const graph = createKnowledgeGraph();
  const names = ['Alder', 'Reuters', 'Borovia'];
  for (const [i, name] of names.entries()) {
    const occurrences = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      occurrences.push({ doc: 'long.txt', sentence: 0, start: at, end: at + name.length, text: name });
    }
    graph.addNode(name.toLowerCase(), { ...manualNodeAttributes(name, i === 0 ? 'Person' : i === 1 ? 'Organization' : 'Place', i, i), docs: ['long.txt'], occurrences, mentions: occurrences.length });
  }
  const documents = [{ name: 'short.txt', text: 'Kyiv Independent\n\nA short note.' }, { name: 'long.txt', text }];
  return { project: serializeProject(createProject({ documents, graph })), text };
}

describe('documents view', () => {
  it('lists documents by headline and scrolls only the text to a selected node, keeping the picker in view', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const picker = page.getByRole('combobox', { name: 'Document', exact: true });
    const options = await picker.locator('option').evaluateAll((els) => els.map((o) => ({ text: o.textContent, title: (o as HTMLOptionElement).title })));
    expect(options.find((o) => o.title === '002_8afe7f629b60f86f.txt')?.text).toBe('Russia’s Aggression, Stalled Negotiations');
    for (const o of options) expect(o.text).not.toMatch(/\.txt$/);
    expect(await page.locator('.doc-head').textContent()).toContain((await picker.inputValue()));

    // The node whose first mention in the shown document is furthest down.
    const key = await page.evaluate((doc) => {
      const { graph } = (window as unknown as RelataWindow).relata;
      let best: [string, number] = ['', -1];
      graph.forEachNode((n: string, a: { occurrences?: { doc: string; start: number }[] }) => {
        const first = a.occurrences?.find((o) => o.doc === doc);
        if (first && first.start > best[1]) best = [n, first.start];
      });
      return best[0];
    }, await picker.inputValue());
    const pickerBefore = await picker.boundingBox();
    await select(page, [key]);
    await page.waitForTimeout(800);
    const scrolled = await page.evaluate(() => {
      const text = document.querySelector('.doc-text')!;
      const mark = document.querySelector('mark.mention.selected')!.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      return {
        panel: document.querySelector('.panel.bottom')!.scrollTop,
        page: document.scrollingElement!.scrollTop,
        app: document.getElementById('app')!.scrollTop,
        text: text.scrollTop,
        markInView: mark.top >= box.top && mark.bottom <= box.bottom,
      };
    });
    expect(scrolled).toMatchObject({ panel: 0, page: 0, app: 0, markInView: true });
    expect(scrolled.text).toBeGreaterThan(0);
    expect(await picker.boundingBox()).toEqual(pickerBefore);
    expect(await picker.isVisible()).toBe(true);
    await screenshot(page, 'documents-01-scrolled-to-selection');
    await page.context().close();
  });

  it('shows a 2 MB document with a hundred thousand mentions, and the next one after it', async () => {
    const { page, errors } = await openApp(browser(), url);
    const { project, text } = largeDocumentProject();
    await page.evaluate((p) => (window as unknown as RelataWindow).relata.workspace.load(JSON.parse(p)), project);
    const picker = page.getByRole('combobox', { name: 'Document', exact: true });
    expect(await picker.locator('option').allTextContents()).toEqual(['Kyiv Independent', 'Ms Alder told Reuters that Borovia would sign']);
    await picker.selectOption('long.txt');
    const shown = () => page.evaluate(() => {
      const el = document.querySelector('.doc-text')!;
      return { length: el.textContent!.length, start: el.textContent!.slice(0, 40), marks: el.querySelectorAll('mark.mention').length };
    });
    expect(await shown()).toEqual({ length: text.length, start: text.slice(0, 40), marks: (text.match(/Alder|Reuters|Borovia/g) ?? []).length });
    expect((await shown()).marks).toBeGreaterThan(100_000);
    expect(await page.locator('.doc-head').textContent()).toContain(`${text.length.toLocaleString('en-US')} characters`);
    await screenshot(page, 'documents-02-two-megabytes');
    await picker.selectOption('short.txt');
    expect((await shown()).start).toBe('Kyiv Independent\n\nA short note.');
    expect(errors.filter((e) => !e.includes("'frame-ancestors' is ignored"))).toEqual([]);
    await page.context().close();
  });
});
