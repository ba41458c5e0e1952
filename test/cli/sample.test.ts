import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample, SAMPLE_DIR } from '../../main/cli/build-sample';
import { readGraphml } from '../../shared/graphml/read';

describe('graph-data sample', () => {
  it('is current: `npm run sample` would write exactly the committed files', async () => {
    const expected = await buildSample();
    for (const [name, content] of Object.entries(expected)) {
      const committed = await readFile(join(SAMPLE_DIR, name), 'utf8').catch(() => '(missing)');
      expect(committed === content, `graph-data/${name} is stale: run npm run sample`).toBe(true);
    }
  });

  it('loads in networkx with every node and edge, typed as the contract says', async () => {
    const file = join(SAMPLE_DIR, 'sample.graphml');
    const xml = await readFile(file, 'utf8');
    const script = [
      'import sys, json, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'n = next(iter(g.nodes(data=True)))[1]',
      'e = next(iter(g.edges(data=True)))[2]',
      'print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),',
      '  "mentions": type(n["mentions"]).__name__, "x": type(n["x"]).__name__, "confidence": type(e["confidence"]).__name__,',
      '  "types": sorted({d["type"] for _, d in g.nodes(data=True)})}))',
    ].join('\n');
    const result = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(result.directed).toBe(true);
    expect(result.nodes).toBe((xml.match(/<node /g) ?? []).length);
    expect(result.edges).toBe((xml.match(/<edge /g) ?? []).length);
    expect(result.mentions).toBe('int');
    expect(result.x).toBe('float');
    expect(result.confidence).toBe('float');
    expect(result.types).toEqual(expect.arrayContaining(['Person', 'Organization', 'Place', 'Concept']));
  });

  it("says what the README's headline example says: Medvedev dismissed peace talks, the US supplied ATACMS, and Putin dismissed nothing", async () => {
    const graph = readGraphml(await readFile(join(SAMPLE_DIR, 'sample.graphml'), 'utf8'));
    const label = (node: string) => graph.getNodeAttribute(node, 'label');
    const edges = graph.mapEdges((_, a, source, target) => ({ from: label(source), predicate: a.predicate, to: label(target) }));
    expect(edges).toContainEqual({ from: 'Dmitry Medvedev', predicate: 'dismiss', to: 'peace talks' });
    expect(edges).toContainEqual({ from: 'United States', predicate: 'supply', to: 'ATACMS' });
    expect(edges.filter((e) => e.from === 'Vladimir Putin' && e.predicate === 'dismiss')).toEqual([]);
  });
});
