/** The GraphML and GEXF Relata writes, validated by xmllint against the formats' own schemas (see schemas/README.md). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../shared/gexf/write';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../shared/graph/schema';
import { safeAttributeName, safeKey } from '../../shared/graph/safe-keys';
import { writeGraphml } from '../../shared/graphml/write';
import { graphArbitrary, HOSTILE_NAMES } from './arbitraries';
import { edge, networkxRead, node, sampleGraph, tempDir } from './helpers';

const schemas = join(import.meta.dirname, 'schemas');
const GRAPHML_XSD = ['--schema', join(schemas, 'graphml', 'graphml.xsd')];
const GEXF_RNG = ['--relaxng', join(schemas, 'gexf-1.3', 'gexf.rng')];

/** xmllint's verdict on files: the names of those that fail, with its first complaint about each. */
function invalid(schema: string[], texts: string[], extension: string): string[] {
  const dir = tempDir();
  const files = texts.map((text, i) => {
    const file = join(dir, `${i}.${extension}`);
    writeFileSync(file, text, 'utf8');
    return file;
  });
  try {
    execFileSync('xmllint', ['--noout', ...schema, ...files], { encoding: 'utf8', stdio: 'pipe', maxBuffer: 1 << 28 });
    return [];
  } catch (error) {
    const output = String((error as { stderr?: string }).stderr ?? error);
    return output.split('\n').filter((line) => /error|fails to validate/i.test(line)).slice(0, 5);
  }
}

/** Ids and names no schema allows as they are: spaces, "|", quotes, prototype members, the empty string. */
function awkwardGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.setAttribute('source tool', 'igraph 0.10');
  g.setAttribute(safeAttributeName('__proto__'), 2 ** 60);
  g.setAttribute('relataTypes', [['node', 'score', 'double'], ['node', 'ranks', 'listinteger']]);
  const ids = [...new Set(['São Paulo, BR', ...HOSTILE_NAMES])].map(safeKey);
  ids.forEach((id, i) => g.addNode(id, node(` spaced  label ${i}\n`, 'Place', { x: i, [safeAttributeName('shared name')]: 'Cytoscape', score: 3, ranks: [1, 2, i], aliases: ['a|b', ''] })));
  ids.forEach((id, i) => g.addEdgeWithKey(`${ids[0]}|rel ${i}|${id}`, ids[0]!, id, edge('relates to', { predicate: ` two  words `, [safeAttributeName('Edge Label')]: 'x', extra: 'NaN' })));
  g.addUndirectedEdgeWithKey('undirected one', ids[1]!, ids[2]!, edge('mixed'));
  return g;
}

describe('schema validation of what Relata writes (xmllint)', () => {
  const graphs = [sampleGraph(), awkwardGraph(), ...fc.sample(graphArbitrary(false), { numRuns: 25, seed: 42 })];

  it('writes GraphML (plain and Gephi flavours) that the GraphML schema accepts', () => {
    const texts = graphs.flatMap((g) => [writeGraphml(g), writeGraphml(g, { flavor: 'gephi' })]);
    expect(invalid(GRAPHML_XSD, texts, 'graphml')).toEqual([]);
  });

  it('writes GEXF 1.3 that the GEXF grammar accepts, with list types and the edge kind', () => {
    const texts = graphs.map((g) => writeGexf(g));
    expect(invalid(GEXF_RNG, texts, 'gexf')).toEqual([]);
    const awkward = writeGexf(awkwardGraph());
    // networkx fails on listinteger: lists are liststring, their item type in Relata's hint.
    expect(awkward).toMatch(/title="ranks" type="liststring"><\?relata type="listinteger"\?>/);
    expect(awkward).toContain('value="[1, 2, 0]"');
    expect(writeGexf(sampleGraph())).toContain('kind="dismiss"');
  });

  it('would catch what the old writers did: attributes of its own on <key>, ids that are not name tokens, graph attribute classes', () => {
    const graphml = writeGraphml(sampleGraph());
    expect(invalid(GRAPHML_XSD, [graphml.replace('<key id="v0"', '<key relata.encoding="json" id="v0"')], 'graphml')).not.toEqual([]);
    expect(invalid(GRAPHML_XSD, [graphml.replace('<node id="us">', '<node id="u s">')], 'graphml')).not.toEqual([]);
    const gexf = writeGexf(sampleGraph());
    expect(invalid(GEXF_RNG, [gexf.replace('<attributes class="node">', '<attributes class="graph"></attributes><attributes class="node">')], 'gexf')).not.toEqual([]);
  });

  it('uses key ids no reader takes for another tool\'s convention (Gephi reads d3 as the label)', () => {
    const graphml = writeGraphml(sampleGraph());
    expect(graphml).not.toMatch(/<key id="d\d+"/);
    expect(graphml).toMatch(/<key id="v3" for="node" attr.name="mentions"/);
  });

  it('writes GEXF with graph attributes that networkx reads', () => {
    // networkx reads no graph that mixes directed and undirected edges.
    const g = awkwardGraph();
    g.dropEdge('undirected one');
    const nx = networkxRead(writeGexf(g), 'gexf');
    expect(Object.keys(nx.nodes)).toContain('São Paulo, BR');
    expect(Object.keys(nx.nodes)).toContain('__proto__');
  });
});
