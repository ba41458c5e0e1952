/**
 * Graphs in and out of the app, in web mode: every export format through the Export dialog (with its
 * settings and scope), read back by real readers; pictures at a chosen scale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectFromFile } from '../../shared/formats/open';
import { readGexf } from '../../shared/gexf/read';
import { readGraphml } from '../../shared/graphml/read';
import { browserPerFile, drawnPixels, openApp, ROOT, screenshot, waitForGraph } from './harness';

let work: string;
const url = inject('appUrl');
const sample = JSON.parse(await readFile(resolve(ROOT, 'graph-data/sample.relata'), 'utf8')) as { graph: { nodes: unknown[]; edges: unknown[] } };
const SAMPLE_ORDER = sample.graph.nodes.length;
const SAMPLE_SIZE = sample.graph.edges.length;

const browser = browserPerFile();
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'relata-formats-e2e-'));
});

function run(page: Page, command: string): Promise<void> {
  return page.evaluate((c) => void (window as any).relata.app.actions.run(c), command);
}

interface ExportRequest {
  format?: string;
  settings?: Record<string, string>;
  scope?: 'view' | 'graph' | 'filtered' | 'selection';
}

/** Opens the Export dialog with `command`, makes the choices, and saves the download; returns its path and name. */
async function exportThrough(page: Page, command: string, request: ExportRequest = {}): Promise<{ path: string; name: string }> {
  await run(page, command);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  if (request.format) await dialog.getByLabel('Format').selectOption(request.format);
  for (const [id, value] of Object.entries(request.settings ?? {})) {
    const control = dialog.locator(`[data-parameter="${id}"]`);
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
  if (request.scope) await dialog.locator(`input[name="scope"][value="${request.scope}"]`).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const done = await download;
  const path = join(work, `${Date.now()}-${done.suggestedFilename()}`);
  await done.saveAs(path);
  return { path, name: done.suggestedFilename() };
}

function count(xml: string, element: string): number {
  let n = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === element) n++;
  });
  parser.write(xml).close();
  return n;
}

describe('exports in web mode', () => {
  it('GraphML and GEXF (the whole graph) read back with every node and edge, the yEd flavour with its graphics', async () => {
    const { page, errors } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    const graphml = await exportThrough(page, 'file.export.graphml');
    expect(graphml.name).toBe('relata-graph.graphml');
    const g = readGraphml(await readFile(graphml.path, 'utf8'));
    expect([g.order, g.size]).toEqual([SAMPLE_ORDER, SAMPLE_SIZE]);

    const yed = await exportThrough(page, 'file.export.graphml', { settings: { flavor: 'yed' } });
    expect(count(await readFile(yed.path, 'utf8'), 'y:ShapeNode')).toBe(SAMPLE_ORDER);

    const gexf = await exportThrough(page, 'file.export.gexf');
    expect(gexf.name).toMatch(/\.gexf$/);
    const x = readGexf(await readFile(gexf.path, 'utf8'));
    expect([x.order, x.size]).toEqual([SAMPLE_ORDER, SAMPLE_SIZE]);
    expect(errors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('exports the selection or the filtered view only, and the dialog says how many nodes each holds', async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    const picked = await page.evaluate(() => {
      const { graph, app } = (window as any).relata;
      const node = graph.nodes().find((n: string) => graph.degree(n) >= 3) as string;
      app.selection.set([node, ...graph.neighbors(node)]);
      return [node, ...graph.neighbors(node)] as string[];
    });
    await run(page, 'file.export.graphology');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => dialog.locator('label.radio').allInnerTexts()).toEqual([
      `Whole graph (${SAMPLE_ORDER} nodes)`, 'Filtered view (no filter is on)', `Selection (${picked.length} nodes)`,
    ]);
    await screenshot(page, 'formats-01-export-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const selection = await exportThrough(page, 'file.export.graphology', { scope: 'selection' });
    const json = JSON.parse(await readFile(selection.path, 'utf8')) as { nodes: { key: string }[]; edges: { source: string; target: string }[] };
    expect(json.nodes.map((n) => n.key).sort()).toEqual([...picked].sort());
    for (const e of json.edges) expect(picked).toContain(e.source);

    // Hide Concepts with the filter panel's own checkbox, then export what is left.
    await page.evaluate(() => {
      const { app } = (window as any).relata;
      app.filters.hiddenTypes.add('Concept');
      app.applyFilters();
    });
    const concepts = sample.graph.nodes.filter((n) => (n as { attributes: { type: string } }).attributes.type === 'Concept').length;
    const filtered = await exportThrough(page, 'file.export.csv', { scope: 'filtered' });
    expect(filtered.name).toBe('relata-graph-csv.zip');
    const listing = JSON.parse(execFileSync('python3', ['-c',
      'import sys, zipfile, csv, io, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: list(csv.DictReader(io.StringIO(z.read(n).decode()))) for n in z.namelist()}))',
      filtered.path], { encoding: 'utf8' })) as Record<string, Array<Record<string, string>>>;
    const nodes = listing['relata-graph-csv/nodes.csv']!;
    expect(nodes).toHaveLength(SAMPLE_ORDER - concepts);
    expect(nodes.some((n) => n.type === 'Concept')).toBe(false);
    expect(Object.keys(listing['relata-graph-csv/edges.csv']![0]!).slice(0, 3)).toEqual(['Source', 'Target', 'Type']);
    await page.context().close();
  });

  it('exports RDF Turtle that Oxigraph loads, and refuses a bad IRI base in the dialog', async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    await run(page, 'file.export.turtle');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.locator('[data-parameter="base"]').fill('not an iri');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/base must be an absolute IRI/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const ttl = await exportThrough(page, 'file.export.turtle', { settings: { annotation: 'rdf-star', base: 'https://example.org/kg/' } });
    const oxigraph = (await import('oxigraph')).default;
    const store = new oxigraph.Store();
    store.load(await readFile(ttl.path, 'utf8'), { format: 'text/turtle' });
    const rows = store.query('SELECT (COUNT(?e) AS ?n) WHERE { ?e a ?t . ?t <http://www.w3.org/2000/01/rdf-schema#subClassOf> <urn:relata:ns:Entity> }') as Array<Map<string, { value: string }>>;
    expect(Number(rows[0]!.get('n')!.value)).toBe(SAMPLE_ORDER);
    await page.context().close();
  });

  it('exports a PNG at the chosen scale, and an SVG with a circle per node in scope', async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    await page.waitForTimeout(500);
    const size = await page.evaluate(() => (window as any).relata.renderer.getDimensions() as { width: number; height: number });
    const png = await exportThrough(page, 'file.export.png', { settings: { scale: '2' } });
    const bytes = await readFile(png.path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height sit in the IHDR chunk, big-endian, at bytes 16–23.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size.width * 2, size.height * 2]);
    const { drawn, total } = await drawnPixels(page, bytes);
    expect(drawn / total).toBeGreaterThan(0.005);
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);

    const svg = await readFile((await exportThrough(page, 'file.export.svg', { scope: 'graph' })).path, 'utf8');
    expect(count(svg, 'circle')).toBe(SAMPLE_ORDER);
    expect(count(svg, 'text')).toBeGreaterThan(0);
    await page.evaluate(() => {
      const { graph, app } = (window as any).relata;
      app.selection.set(graph.nodes().slice(0, 3));
    });
    const selection = await readFile((await exportThrough(page, 'file.export.svg', { scope: 'selection' })).path, 'utf8');
    expect(count(selection, 'circle')).toBe(3);
    await page.context().close();
  });
});

describe('graphs opened without positions', () => {
  it('are laid out on arrival, as one edit that Undo takes back', async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    // Zachary's karate club as networkx writes it: no positions, a "club" attribute on every node.
    const karate = execFileSync('python3', ['-c', 'import networkx as nx, sys; nx.write_graphml(nx.karate_club_graph(), sys.stdout.buffer)']);
    const { project } = projectFromFile('karate.graphml', karate.toString('utf8'));
    await page.evaluate((p) => (window as any).relata.workspace.load(p), project);
    await page.waitForFunction(() => (window as any).relata.app.layouts.isForceAtlas2Running());
    await page.waitForFunction(() => !(window as any).relata.app.layouts.isForceAtlas2Running(), undefined, { timeout: 20_000 });
    const after = await page.evaluate(() => {
      const { graph, workspace } = (window as any).relata;
      return { positions: graph.mapNodes((_: string, a: { x: number; y: number }) => [a.x, a.y]), undo: workspace.history.undoLabel(), club: graph.getNodeAttribute('0', 'club') };
    });
    expect(after.undo).toMatch(/ForceAtlas2/);
    expect(after.club).toBe('Mr. Hi');
    const circle = project.graph.nodes.map((n) => [n.attributes!.x, n.attributes!.y]);
    expect(after.positions).not.toEqual(circle);
    await screenshot(page, 'formats-02-karate-laid-out');
    await run(page, 'edit.undo');
    expect(await page.evaluate(() => (window as any).relata.graph.mapNodes((_: string, a: { x: number; y: number }) => [a.x, a.y]))).toEqual(circle);
    await page.context().close();
  });
});

describe('attribute table and inspector', () => {
  it("list karate's imported club: sortable, filterable, and a row click selects the node", async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    const karate = execFileSync('python3', ['-c', 'import networkx as nx, sys; nx.write_graphml(nx.karate_club_graph(), sys.stdout.buffer)']);
    await page.evaluate((p) => (window as any).relata.workspace.load(p), projectFromFile('karate.graphml', karate.toString('utf8')).project);
    await page.getByRole('tab', { name: 'Attribute table' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Attribute table' });
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('34 nodes');
    expect(await panel.locator('th').allInnerTexts()).toEqual(expect.arrayContaining(['id', 'label', 'club']));

    await panel.getByLabel('Filter column').selectOption({ label: 'club' });
    await panel.getByLabel('Filter rows').fill('officer');
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('17 of 34 nodes');
    await panel.getByLabel('Filter rows').fill('');
    await panel.locator('th', { hasText: /^club$/ }).click();
    await panel.locator('th', { hasText: /^club$/ }).click();
    const clubColumn = (await panel.locator('th').allInnerTexts()).findIndex((t) => t.trim() === 'club');
    // Rows are drawn on the next frame (and again when the arrival layout is committed).
    await expect.poll(() => panel.locator('tbody tr:not(.spacer)').first().locator('td').nth(clubColumn).innerText()).toBe('Officer');
    expect(await panel.locator('th', { hasText: /^club$/ }).getAttribute('aria-sort')).toBe('descending');
    await screenshot(page, 'formats-03-attribute-table');

    await panel.locator('tbody tr:not(.spacer)').first().click();
    const selected = await page.evaluate(() => [...(window as any).relata.app.selection.nodes] as string[]);
    expect(selected).toHaveLength(1);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.locator('dl.imported').innerText()).toMatch(/club\s+Officer/);
    await expect.poll(() => panel.locator('tr.selected').count()).toBe(1);
    await page.context().close();
  });
});

/** Drops files onto the canvas as a person would (names and contents). */
function drop(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
  return page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name));
    document.querySelector('.canvas')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

describe('opening graphs in web mode', () => {
  const karate = () => execFileSync('python3', ['-c', 'import networkx as nx, sys; nx.write_graphml(nx.karate_club_graph(), sys.stdout.buffer)']).toString('utf8');

  it('File › Open takes a GraphML file: a new project of its graph, laid out, which Save does not write back to the GraphML', async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    const path = join(work, 'karate.graphml');
    await writeFile(path, karate());
    const chooser = page.waitForEvent('filechooser');
    await run(page, 'file.open');
    const picker = await chooser;
    expect(await picker.element().getAttribute('accept')).toContain('.gexf');
    await picker.setFiles(path);
    await page.waitForFunction(() => (window as any).relata.graph.order === 34);
    expect(await page.evaluate(() => (window as any).relata.workspace.documents.length)).toBe(0);
    await page.waitForFunction(() => (window as any).relata.app.layouts.isForceAtlas2Running());
    // Save writes a project, never over the GraphML it began as.
    const download = page.waitForEvent('download');
    await run(page, 'file.save');
    expect((await download).suggestedFilename()).toMatch(/\.relata$/);
    await page.context().close();
  });

  it('a dropped .gexf opens as a graph, a dropped .relata as a project, a dropped text as a document', async () => {
    const { page } = await openApp(browser(), url, { minNodes: SAMPLE_ORDER });
    const g = readGraphml(karate());
    const { formatById } = await import('../../shared/formats/collection');
    const gexf = formatById('gexf').write!(g, {}, { baseName: 'karate', documents: [] })[0]!.data as string;
    await drop(page, [{ name: 'karate.gexf', text: gexf }]);
    await page.waitForFunction(() => (window as any).relata.graph.order === 34);
    expect(await page.evaluate(() => (window as any).relata.graph.getNodeAttribute('0', 'club'))).toBe('Mr. Hi');

    await drop(page, [{ name: 'sample.relata', text: await readFile(resolve(ROOT, 'graph-data/sample.relata'), 'utf8') }]);
    await waitForGraph(page, SAMPLE_ORDER);
    expect(await page.evaluate(() => (window as any).relata.workspace.documents.length)).toBeGreaterThan(0);

    await drop(page, [{ name: 'scholz.txt', text: 'Chancellor Olaf Scholz visited Warsaw.' }]);
    await page.waitForFunction(() => (window as any).relata.workspace.documents.some((d: { name: string }) => d.name === 'scholz.txt'));

    // The project now has unsaved work: say Discard when asked, then the damaged file is refused and the work stays.
    page.on('dialog', (dialog) => void dialog.accept());
    await drop(page, [{ name: 'broken.graphml', text: '<graphml><graph><node id="a"/>' }]);
    await expect.poll(() => page.locator('.status').innerText()).toMatch(/broken\.graphml.*could not be opened/);
    expect(await page.evaluate(() => (window as any).relata.workspace.documents.some((d: { name: string }) => d.name === 'scholz.txt'))).toBe(true);
    await page.context().close();
  });
});
