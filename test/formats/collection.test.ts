/** The format collection: one declaration per format, and what is built from it. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { safeKey } from '../../shared/graph/safe-keys';
import { describe, expect, it } from 'vitest';
import { bundleFiles } from '../../shared/formats/bundle';
import { EXPORT_FORMATS, FORMATS, OPEN_FORMATS, formatById, openDialogFilters, openFormatFor, readOpenable, resolveSettings } from '../../shared/formats/collection';
import { graphologyFormat } from '../../shared/formats/graphology';
import { scopedGraph } from '../../shared/formats/scope';
import { InputError } from '../../shared/xml/errors';
import { errorOf, networkxWrite, sampleGraph, snapshot, tempDir } from '../interop/helpers';
import { awkwardGraph } from './fixture';

const context = { baseName: 'graph', documents: [{ name: '001.txt', text: 'Medvedev dismissed the talks.' }] };

describe('format collection', () => {
  it('declares each format once, with extensions and defaults that its own settings check accepts', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    for (const format of FORMATS) {
      expect(format.extensions.length, format.id).toBeGreaterThan(0);
      for (const ext of format.extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
      expect(resolveSettings(format)).toEqual(Object.fromEntries(format.parameters.map((p) => [p.id, p.defaultValue])));
    }
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['graphml', 'gexf', 'csv', 'neo4j', 'turtle', 'graphology', 'png', 'svg']);
    expect(OPEN_FORMATS.map((f) => f.id)).toEqual(['relata', 'graphml', 'gexf', 'graphology']);
  });

  it('reads back every graph it writes, whichever openable format', () => {
    const g = awkwardGraph();
    for (const format of OPEN_FORMATS) {
      const [file] = format.write!(g, resolveSettings(format), context);
      const read = readOpenable(file!.name, file!.data as string);
      expect(read.format.id, format.id).toBe(format.id);
      expect(snapshot(read.graph), format.id).toEqual(snapshot(g));
      expect(read.positioned).toBe(true);
      if (format.id === 'relata') expect(read.documents).toEqual(context.documents);
    }
  });

  it('recognises a file by its content before its name, and refuses what it cannot open', () => {
    const gexf = formatById('gexf').write!(sampleGraph(), {}, context)[0]!.data as string;
    expect(openFormatFor('export.xml', gexf.slice(0, 4096))?.id).toBe('gexf');
    expect(openFormatFor('graph.graphml', gexf.slice(0, 4096))?.id).toBe('gexf');
    const project = formatById('relata').write!(sampleGraph(), {}, context)[0]!.data as string;
    expect(openFormatFor('backup.json', project.slice(0, 4096))?.id).toBe('relata');
    expect(openFormatFor('notes.txt', 'Medvedev dismissed the talks.')).toBeNull();
    const error = errorOf(() => readOpenable('notes.txt', 'Medvedev dismissed the talks.'));
    expect(error.message).toMatch(/cannot open this kind of file.*\.graphml/);
    expect(openDialogFilters()[0]).toEqual({ name: 'Projects and graphs', extensions: ['relata', 'graphml', 'xml', 'gexf', 'json'] });
  });

  it('says when a graph came without positions, so the app can lay it out', () => {
    const spec = { nodes: { a: { club: 'Mr. Hi' }, b: { club: 'Officer' }, c: {} }, edges: [{ source: 'a', target: 'b', attrs: {} }], directed: false };
    const read = readOpenable('karate.graphml', networkxWrite(spec));
    expect(read.positioned).toBe(false);
    expect(read.graph.getNodeAttribute('a', 'club')).toBe('Mr. Hi');
    const placed = readOpenable('placed.json', JSON.stringify({ nodes: [{ key: 'a', attributes: { x: 1, y: 2 } }, { key: 'b' }] }));
    expect(placed.positioned).toBe(true);
  });

  it('checks settings against the declaration', () => {
    const graphml = formatById('graphml');
    expect(resolveSettings(graphml, { flavor: 'yed' })).toEqual({ flavor: 'yed' });
    expect(() => resolveSettings(graphml, { flavor: 'pajek' })).toThrow(/flavor must be one of plain, gephi, yed/);
    expect(() => resolveSettings(graphml, { colour: 'red' })).toThrow(/no setting colour/);
    expect(() => resolveSettings(formatById('png'), { scale: 40 })).toThrow(/scale must be a number from 1 to 8/);
    expect(resolveSettings(formatById('png'), { scale: '3' })).toEqual({ scale: 3 });
    expect(() => resolveSettings(formatById('turtle'), { base: 'not an iri' })).toThrow(/base must be an absolute IRI/);
  });
});

describe('graphology JSON', () => {
  it('is what graphology itself imports, keeping keys, ends, directedness and attributes', () => {
    const g = awkwardGraph();
    const text = graphologyFormat.write!(g, {}, context)[0]!.data as string;
    const imported = Graph.from(JSON.parse(text) as never);
    expect(imported.order).toBe(g.order);
    expect(imported.size).toBe(g.size);
    expect(imported.isUndirected('u1')).toBe(true);
    expect(imported.getNodeAttribute('medvedev', 'club')).toBe('Mr. Hi');
    expect(imported.extremities('e1')).toEqual(['medvedev', 'talks']);
  });

  it('reads graphs from other tools: number keys, no attributes, an undirected graph, "__proto__" as data', () => {
    const text = '{"options":{"type":"undirected"},"nodes":[{"key":1},{"key":2,"attributes":{"__proto__":{"polluted":true},"label":"Two"}}],"edges":[{"source":1,"target":2}]}';
    const { graph } = readGraphologyJsonOf(text);
    expect(graph.nodes()).toEqual(['1', '2']);
    expect(graph.getNodeAttribute('1', 'label')).toBe('1');
    expect(graph.getNodeAttribute('2', 'label')).toBe('Two');
    expect(graph.getNodeAttributes('2')[safeKey('__proto__')]).toEqual({ polluted: true });
    expect(Object.hasOwn(graph.getNodeAttributes('2'), '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(graph.undirectedSize).toBe(1);
  });

  it('refuses what is not a graph with a reason', () => {
    const cases: Array<[string, RegExp]> = [
      ['[1,2]', /not a graph/],
      ['{"nodes": [{"key": "a"}, {"key": "a"}]}', /Node "a" appears twice/],
      ['{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}', /node "b", which the file does not define/],
      ['{"nodes": [{"key": {"x": 1}}]}', /nodes\[0\]\.key should be a string or a number/],
      ['{"nodes": [', /not valid JSON/],
    ];
    for (const [text, message] of cases) {
      const error = errorOf(() => readGraphologyJsonOf(text));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(message);
    }
  });
});

function readGraphologyJsonOf(text: string) {
  return graphologyFormat.read!(text);
}

describe('export scope and bundles', () => {
  it('keeps the chosen nodes and the passing edges between them', () => {
    const g = awkwardGraph();
    expect(scopedGraph(g, { nodes: null })).toBe(g);
    const part = scopedGraph(g, { nodes: new Set(['medvedev', 'talks', 'us']), edge: (_e, a) => a.confidence >= 0.5 });
    expect(part.nodes()).toEqual(['medvedev', 'talks', 'us']);
    expect(part.edges().sort()).toEqual(['e0', 'e2', 'neg']);
    expect(part.getNodeAttribute('medvedev', 'club')).toBe('Mr. Hi');
    expect(g.order).toBe(awkwardGraph().order);
  });

  it('zips several files into one that an outside unzip reads back', () => {
    const files = formatById('neo4j').write!(awkwardGraph(), { flavor: 'neo4j' }, context);
    const zip = bundleFiles(files, 'graph-neo4j');
    expect(zip.name).toBe('graph-neo4j.zip');
    const path = join(tempDir(), zip.name);
    writeFileSync(path, zip.data);
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))', path], { encoding: 'utf8' });
    expect(JSON.parse(listing)).toEqual(Object.fromEntries(files.map((f) => [`graph-neo4j/${f.name}`, f.data])));
    expect(bundleFiles([files[0]!], 'x')).toBe(files[0]);
  });
});
