/**
 * Cold start to first rendered graph in web mode: the production web build served locally, a fresh
 * browser context per run (empty cache and storage, so the app takes its first-run path and opens the
 * sample project), timed from navigation start to the first animation frame after the graph is in.
 */
import { buildWeb, launchBrowser, serveWeb } from '../e2e/harness';

const RUNS = Number(process.env.RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

await buildWeb();
const server = await serveWeb();
const browser = await launchBrowser();
const firstGraph: number[] = [];
const domReady: number[] = [];
let nodes = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => ((window as unknown as { relata?: { graph?: { order: number } } }).relata?.graph?.order ?? 0) > 0, undefined, { polling: 'raf', timeout: 60_000 });
    const timing = await page.evaluate(
      () =>
        new Promise<{ rendered: number; dom: number; order: number }>((done) =>
          // The frame after the graph arrives is the one sigma draws it in.
          requestAnimationFrame(() =>
            done({
              rendered: performance.now(),
              dom: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
              order: (window as unknown as { relata: { graph: { order: number } } }).relata.graph.order,
            }),
          ),
        ),
    );
    firstGraph.push(timing.rendered);
    domReady.push(timing.dom);
    nodes = timing.order;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;
console.log(`startup (web mode, sample project: ${nodes} nodes, ${RUNS} cold runs, headless Chromium, software WebGL)`);
console.log(`  ${'measure'.padEnd(34)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
for (const [name, values] of [
  ['DOMContentLoaded', domReady],
  ['first rendered graph', firstGraph],
] as const) {
  console.log(`  ${name.padEnd(34)} ${fmt(median(values))} ${fmt(Math.min(...values))} ${fmt(Math.max(...values))}`);
}
