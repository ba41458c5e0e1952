import { describe, expect, it } from 'vitest';
import { graphmlFormat } from '../../shared/formats/graphml';
import { encodeId } from '../../shared/graphml/ids';
import { relataFormat } from '../../shared/formats/relata';
import type { EdgeAttributes, KnowledgeGraph } from '../../shared/graph/schema';
import { extract } from './helpers';

// Provenance of merged edges: a relation stated in several sentences and documents keeps every one,
// in the graph, in the project file and in GraphML (`docs`, `|`-separated, beside `doc` and `evidence`).
// Sentences written for these tests.

const FIRST = 'Okonkwo Capital bought Brightvale Logistics on Monday.';
const SECOND = 'Okonkwo Capital bought Brightvale Logistics, Amara Okafor said. Hungary did not sign the treaty. Okonkwo Capital could buy Fjordline Data.';

/** The edge from `subject` to `object` labelled `label`, by node labels. */
function edgeOf(g: KnowledgeGraph, subject: string, label: string, object: string): { key: string; attributes: EdgeAttributes } {
  const key = g.findEdge((_, a, s, t) => g.getNodeAttribute(s, 'label') === subject && a.label === label && g.getNodeAttribute(t, 'label') === object);
  expect(key, `${subject} --${label}--> ${object}`).toBeDefined();
  return { key: key!, attributes: g.getEdgeAttributes(key!) };
}

describe('provenance of merged edges', () => {
  it('merges one relation stated in two documents into one edge that lists both', () => {
    const g = extract(FIRST, SECOND);
    const bought = g.filterEdges((_, a, s, t) => a.predicate === 'buy' && g.getNodeAttribute(s, 'label') === 'Okonkwo Capital' && g.getNodeAttribute(t, 'label') === 'Brightvale Logistics');
    expect(bought).toHaveLength(1);
    const e = g.getEdgeAttributes(bought[0]!);
    expect(e.docs).toEqual(['doc0.txt', 'doc1.txt']);
    expect(e.doc).toBe('doc0.txt');
    expect(e.evidence).toBe(FIRST);
    expect(e.weight).toBe(2);
    expect(e.support.map((s) => [s.doc, s.text])).toEqual([
      ['doc0.txt', FIRST],
      ['doc1.txt', 'Okonkwo Capital bought Brightvale Logistics, Amara Okafor said.'],
    ]);
    // Each supporting sentence is where the evidence says it is.
    const texts = [FIRST, SECOND];
    for (const s of e.support) expect(texts[Number(s.doc.slice(3, 4))]!.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('is surer of a relation two documents state than of either alone', () => {
    const once = edgeOf(extract(FIRST), 'Okonkwo Capital', 'bought', 'Brightvale Logistics').attributes.confidence;
    const twice = edgeOf(extract(FIRST, SECOND), 'Okonkwo Capital', 'bought', 'Brightvale Logistics').attributes.confidence;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThanOrEqual(1);
  });

  it('keeps a source a later document names for a relation an earlier one stated plainly', () => {
    const e = edgeOf(extract(FIRST, SECOND), 'Okonkwo Capital', 'bought', 'Brightvale Logistics').attributes;
    expect(e.source).toBe('Amara Okafor');
    expect(e.modality).toBe('asserted');
  });

  it('lists a document once when it states the relation twice', () => {
    const g = extract(`${FIRST} Analysts said Okonkwo Capital bought Brightvale Logistics to expand in Lagos.`, FIRST);
    const e = edgeOf(g, 'Okonkwo Capital', 'bought', 'Brightvale Logistics').attributes;
    expect(e.docs).toEqual(['doc0.txt', 'doc1.txt']);
    expect(e.support.map((s) => s.doc)).toEqual(['doc0.txt', 'doc0.txt', 'doc1.txt']);
    expect(e.weight).toBe(3);
  });

  it('gives an edge stated once a docs list of its one document', () => {
    const e = edgeOf(extract(FIRST, SECOND), 'Hungary', 'did not sign', 'treaty').attributes;
    expect(e.docs).toEqual(['doc1.txt']);
    expect(e.doc).toBe('doc1.txt');
  });
});

describe('provenance in files', () => {
  const graph = extract(FIRST, SECOND);
  const [file] = graphmlFormat.write!(graph, { flavor: 'plain' }, { baseName: 'news', documents: [] });
  const xml = file!.data as string;

  /** The id of the edge key named `name`, from its <key> declaration. */
  function edgeKey(name: string): string {
    const match = new RegExp(`<key id="([^"]+)" for="edge" attr\\.name="${name}" attr\\.type="string"`).exec(xml);
    expect(match, `an edge key "${name}"`).not.toBeNull();
    return match![1]!;
  }

  /** What the <edge> element with this id holds under the key named `name`. */
  function dataOf(key: string, name: string): string | undefined {
    const id = edgeKey(name);
    // Keys are plain ASCII here, so the written id needs no XML escaping beyond GraphML's own encoding.
    const element = xml.split('<edge ').find((e) => e.startsWith(`id="${encodeId(key)}"`));
    expect(element, `edge ${key}`).toBeDefined();
    return new RegExp(`<data key="${id}">([^<]*)</data>`).exec(element!)?.[1];
  }

  it('declares docs, pattern, polarity, modality and source as string edge keys beside doc and evidence', () => {
    for (const name of ['doc', 'evidence', 'docs', 'pattern', 'polarity', 'modality', 'source']) edgeKey(name);
  });

  it('writes docs |-separated, with the first document in doc', () => {
    const { key } = edgeOf(graph, 'Okonkwo Capital', 'bought', 'Brightvale Logistics');
    expect(dataOf(key, 'docs')).toBe('doc0.txt|doc1.txt');
    expect(dataOf(key, 'doc')).toBe('doc0.txt');
    expect(dataOf(key, 'evidence')).toBe(FIRST);
    expect(dataOf(key, 'source')).toBe('Amara Okafor');
    expect(dataOf(key, 'pattern')).toBe(graph.getEdgeAttribute(key, 'pattern'));
  });

  it('writes polarity and modality as the edge has them', () => {
    const negative = edgeOf(graph, 'Hungary', 'did not sign', 'treaty').key;
    expect(dataOf(negative, 'polarity')).toBe('negative');
    expect(dataOf(negative, 'modality')).toBe('asserted');
    expect(dataOf(negative, 'source')).toBeUndefined();
    const hedged = edgeOf(graph, 'Okonkwo Capital', 'could buy', 'Fjordline Data').key;
    expect(dataOf(hedged, 'polarity')).toBe('positive');
    expect(dataOf(hedged, 'modality')).toBe('hedged');
  });

  it('reads every provenance attribute back from GraphML as it was written', () => {
    const back = graphmlFormat.read!(xml).graph;
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((key, a) => {
      const b = back.getEdgeAttributes(key);
      expect(b.docs, key).toEqual(a.docs);
      expect(b.doc, key).toBe(a.doc);
      expect(b.evidence, key).toBe(a.evidence);
      expect(b.pattern, key).toBe(a.pattern);
      expect(b.polarity, key).toBe(a.polarity);
      expect(b.modality, key).toBe(a.modality);
      expect(b.source, key).toBe(a.source);
      expect(b.support, key).toEqual(a.support);
    });
  });

  it('keeps every supporting sentence and document in the project file', () => {
    const [project] = relataFormat.write!(graph, {}, { baseName: 'news', documents: [{ name: 'doc0.txt', text: FIRST }, { name: 'doc1.txt', text: SECOND }] });
    const back = relataFormat.read!(project!.data as string).graph;
    const { key, attributes } = edgeOf(graph, 'Okonkwo Capital', 'bought', 'Brightvale Logistics');
    const b = back.getEdgeAttributes(key);
    expect(b.docs).toEqual(['doc0.txt', 'doc1.txt']);
    expect(b.support).toEqual(attributes.support);
    expect([b.pattern, b.polarity, b.modality, b.source]).toEqual([attributes.pattern, attributes.polarity, attributes.modality, attributes.source]);
  });
});
