/** Reading and driving the explorer's page in e2e tests: nodes, where they are drawn, drags and downloads. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { EdgeAttributes, KnowledgeGraph, SourceDocument } from '../../shared/graph/schema';
import { createProject, serializeProject } from '../../shared/project/codec';

export interface NodeState {
  x: number;
  y: number;
  pinned: boolean;
  label: string;
  aliases: string[];
  type: string;
}

export type RelataWindow = Window & { relata: any };

export async function node(page: Page, key: string): Promise<NodeState> {
  return page.evaluate((k) => {
    const a = (window as unknown as RelataWindow).relata.graph.getNodeAttributes(k);
    return { x: a.x, y: a.y, pinned: a.pinned === true, label: a.label, aliases: a.aliases, type: a.type };
  }, key);
}

/** Keys of the `n` best-connected nodes (big, drawn on top: safe to point at). */
export async function hubs(page: Page, n: number): Promise<string[]> {
  return page.evaluate((count) => {
    const g = (window as unknown as RelataWindow).relata.graph;
    return g.nodes().sort((a: string, b: string) => g.degree(b) - g.degree(a)).slice(0, count);
  }, n);
}

/** Where a node is drawn, in page pixels. */
export async function onScreen(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const { graph, renderer } = (window as unknown as RelataWindow).relata;
    const a = graph.getNodeAttributes(k);
    const p = renderer.graphToViewport({ x: a.x, y: a.y });
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

/** Waits for the camera to settle after load (zoom to fit animates). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(700);
}

export async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + (dx * i) / 10, from.y + (dy * i) / 10);
  await page.mouse.up();
}

export async function download(page: Page, action: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return readFile((await file.path())!, 'utf8');
}


/** The selected nodes, sorted. */
export async function selectedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as RelataWindow).relata.app.selection.nodes].sort());
}

/** Selects nodes the way a click or the search would. */
export async function select(page: Page, nodes: string[]): Promise<void> {
  await page.evaluate((keys) => (window as unknown as RelataWindow).relata.app.selection.set(keys), nodes);
}

/** The accessible name of the focused element, or its tag when it has none ("BODY"). */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
}

/** Replaces the open project with `graph` (and `documents`), as opening a file would. */
export async function loadGraph(page: Page, graph: KnowledgeGraph, documents: SourceDocument[] = []): Promise<void> {
  await page.evaluate((p) => (window as unknown as RelataWindow).relata.workspace.load(JSON.parse(p)), serializeProject(createProject({ documents, graph })));
}

/** An edge's attributes for a test graph: stated once, with full confidence unless said otherwise. */
export function relation(label: string, extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return { label, predicate: label, evidence: '', doc: '', confidence: 1, weight: 1, note: '', tags: [], support: [], ...extra };
}
