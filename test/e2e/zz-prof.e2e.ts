import { it, inject } from 'vitest';
import { launchBrowser, openApp } from '/work/wt/explorer/test/e2e/harness';
import { manualNodeAttributes } from '/work/wt/explorer/shared/graph/commands/add';
import { createKnowledgeGraph } from '/work/wt/explorer/shared/graph/schema';
import { createProject, serializeProject } from '/work/wt/explorer/shared/project/codec';
it('prof', async () => {
  const browser = await launchBrowser();
  const { page } = await openApp(browser, inject('appUrl'));
  const g = createKnowledgeGraph();
  g.addNode('a', manualNodeAttributes('Alpha', 'Person', 0, 0));
  g.addNode('b', manualNodeAttributes('Beta', 'Place', 100, 0));
  g.addNode('c', manualNodeAttributes('Gamma', 'Place', 50, 80));
  g.addDirectedEdgeWithKey('ab', 'a', 'b', { label: 'met', predicate: 'meet', evidence: '', doc: '', confidence: 1, weight: 1, note: '', tags: [], support: [] });
  await page.evaluate((p) => (window as any).relata.workspace.load(JSON.parse(p)), serializeProject(createProject({ documents: [], graph: g })));
  await page.waitForTimeout(600);
  const m = await page.evaluate(() => {
    const { graph, renderer } = (window as any).relata;
    const box = renderer.getContainer().getBoundingClientRect();
    const a = renderer.graphToViewport(graph.getNodeAttributes('a')), b = renderer.graphToViewport(graph.getNodeAttributes('b'));
    return { x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2 };
  });
  for (const d of [0, 2, 4, 5, 6, 7, 8, 9, 10, 12, 14]) {
    const r: boolean[] = [];
    for (const s of [1, -1]) {
      await page.mouse.move(m.x, m.y + s * d);
      await page.waitForTimeout(60);
      r.push(await page.evaluate(() => (window as any).relata.app.canvas.state.hoveredEdge === 'ab'));
    }
    console.log(d, r.join(' '));
  }
  await browser.close();
}, 120000);
