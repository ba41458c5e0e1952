/**
 * The documents view in Chromium (web mode): documents listed by headline, a selection that scrolls
 * only the text (the picker stays), and a 2 MB document with a hundred thousand mentions shown.
 */
import type { Page } from 'playwright-core';
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

/** Pastes `text` onto the page as a person would (Ctrl+V with nothing focused). */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', t);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
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

  it('places pasted text\'s new nodes beside what they relate to, apart and labelled', async () => {
    const { page } = await openApp(browser(), url);
    await settle(page);
    const before = await page.evaluate(() => (window as unknown as RelataWindow).relata.graph.nodes() as string[]);
    await paste(page, 'Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Tuesday. Scholz said Germany would send more air defence systems to Ukraine. Macron warned Vladimir Putin against escalation. The European Commission backed the plan, and Ursula von der Leyen praised Scholz.');
    await page.waitForFunction((n) => (window as unknown as RelataWindow).relata.graph.order > n, before.length, { timeout: 60_000 });
    await settle(page);
    const added: { node: string; nearest: number; toRelated: number | null; labelled: boolean; selected: boolean }[] = await page.evaluate((old) => {
      const { graph, renderer, app } = (window as unknown as RelataWindow).relata;
      const known = new Set(old);
      const at = (n: string) => renderer.graphToViewport(graph.getNodeAttributes(n));
      const labelled = new Set(app.canvas.shownLabels().map((l: { node: string }) => l.node));
      return graph.filterNodes((n: string) => !known.has(n)).map((n: string) => {
        const p = at(n);
        const others = graph.filterNodes((m: string) => m !== n).map(at);
        const related = graph.neighbors(n).map(at);
        return {
          node: n,
          nearest: Math.min(...others.map((q: { x: number; y: number }) => Math.hypot(q.x - p.x, q.y - p.y))),
          toRelated: related.length ? Math.min(...related.map((q: { x: number; y: number }) => Math.hypot(q.x - p.x, q.y - p.y))) : null,
          labelled: labelled.has(n),
          selected: app.selection.nodes.has(n),
        };
      });
    }, before);
    await screenshot(page, 'documents-03-pasted-nodes');
    expect(added.length).toBeGreaterThan(3);
    for (const a of added) {
      expect(a.selected, a.node).toBe(true);
      expect(a.nearest, `${a.node} is not on top of another node`).toBeGreaterThan(6);
      if (a.toRelated !== null) expect(a.toRelated, `${a.node} is near what it relates to`).toBeLessThan(150);
    }
    // Placed beside what they relate to, some land in the sample's dense centre, where a label may find no
    // room; how many depends on where the sample's hubs lie, which moves whenever extraction changes the sample.
    expect(added.filter((a) => a.labelled).length).toBeGreaterThanOrEqual(Math.ceil(added.length / 2));
    await page.context().close();
  });

  it('shows how far one long pasted document is, as a percentage that moves', async () => {
    const { page } = await openApp(browser(), url);
    const sentences = Array.from({ length: 1200 }, (_, i) => `Minister Anna Example${i % 40} told reporters in Place${i % 25} that the talks with Delegate Bo${i % 30} would go on.`);
    await paste(page, sentences.map((sentence, i) => sentence + (i % 6 === 5 ? '\n\n' : ' ')).join(''));
    const percent = page.locator('.extract-progress-percent');
    const seen = new Set<number>();
    await expect.poll(async () => {
      const text = (await percent.textContent()) ?? '';
      const value = /^(\d+) %$/.exec(text)?.[1];
      if (value !== undefined) seen.add(Number(value));
      return [...seen].filter((v) => v > 0 && v < 100).length;
    }, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'documents-04-long-paste-progress');
    await page.locator('.extract-progress').waitFor({ state: 'hidden', timeout: 120_000 });
    await page.context().close();
  });
});
