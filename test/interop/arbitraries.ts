/** fast-check generators for knowledge graphs that stress every file format. */
import fc from 'fast-check';
import { createKnowledgeGraph, ENTITY_TYPES, type KnowledgeGraph } from '../../shared/graph/schema';

const RESERVED = new Set([
  'label', 'type', 'aliases', 'mentions', 'docs', 'x', 'y', 'size', 'color', 'note', 'tags', 'pinned', 'occurrences',
  'predicate', 'evidence', 'doc', 'confidence', 'weight', 'support',
]);

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 });
/** Astral characters, control characters, XML specials, the escape character itself and long strings. */
export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", '|', '\r', '\n', '\t', '\u0000', '\u001f', '\uE000', 'E000', '\uFFFF', ']]>', '😀', ' '), maxLength: 12 }) },
  { weight: 1, arbitrary: loneSurrogates },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 3000, maxLength: 6000 }) },
);

export function graphArbitrary(finiteOnly: boolean) {
  const double = finiteOnly ? fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)) : fc.double();
  const scalar = fc.oneof(fc.boolean(), fc.integer(), fc.maxSafeInteger(), double, text);
  const json = fc.json({ depthSize: 'small' }).map((s) => JSON.parse(s) as unknown);
  const extras = fc.dictionary(text.filter((k) => !RESERVED.has(k) && !k.startsWith('relata:')), fc.oneof(scalar, json), { maxKeys: 3 });
  const list = fc.array(text, { maxLength: 4 });
  const nodeAttrs = fc.record({
    label: text, type: fc.constantFrom(...ENTITY_TYPES), aliases: list, mentions: fc.oneof(fc.nat(), fc.maxSafeInteger()), docs: list,
    x: double, y: double, size: double, color: fc.oneof(fc.constantFrom('#0072b2', '#ABCDEF'), text), note: text, tags: list, pinned: fc.boolean(),
    occurrences: fc.array(fc.record({ doc: text, sentence: fc.nat(), start: fc.nat(), end: fc.nat(), text }), { maxLength: 2 }),
  });
  const edgeAttrs = fc.record({
    label: text, predicate: text, evidence: text, doc: text, confidence: double, weight: double, note: text, tags: list,
    support: fc.array(fc.record({ doc: text, sentence: fc.nat(), text, start: fc.nat() }), { maxLength: 2 }),
  });
  return fc
    .record({
      graphExtras: extras,
      nodes: fc.uniqueArray(fc.tuple(text, nodeAttrs, extras), { minLength: 1, maxLength: 8, selector: ([key]) => key }),
      edges: fc.uniqueArray(fc.tuple(text, fc.nat(), fc.nat(), fc.boolean(), edgeAttrs, extras), { maxLength: 12, selector: ([key]) => key }),
      allUndirected: fc.boolean(),
    })
    .map(({ graphExtras, nodes, edges, allUndirected }): KnowledgeGraph => {
      const g = createKnowledgeGraph();
      g.replaceAttributes(graphExtras);
      for (const [key, attrs, extra] of nodes) g.addNode(key, { ...extra, ...attrs });
      for (const [key, s, t, undirected, attrs, extra] of edges) {
        const source = nodes[s % nodes.length]![0];
        const target = nodes[t % nodes.length]![0];
        if (undirected || allUndirected) g.addUndirectedEdgeWithKey(key, source, target, { ...extra, ...attrs });
        else g.addDirectedEdgeWithKey(key, source, target, { ...extra, ...attrs });
      }
      return g;
    });
}

