/** fast-check generators for knowledge graphs that stress every file format. */
import fc from 'fast-check';
import { safeAttributeName, safeKey } from '../../shared/graph/safe-keys';
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

/** Ids and attribute names that name prototype members, Relata's own structures or its escapes. */
export const HOSTILE_NAMES = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__',
  '\uE001__proto__', '\uE001\uE001constructor', '\uE001x', 'occurrences', 'support', 'relataTypes', 'relataDeleted', 'relata:occurrences',
  'a b', 'a|b|c', '_x0020_', '_x_', '', 'x"y', 'previous', 'next',
];
const outsideName = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NAMES) });

/**
 * Graphs the project model holds: finite contract numbers, colours in the grammar, occurrences with
 * start ≤ end; ids and attribute names from outside (hostile ones included) stored the way readers
 * store them. `finiteOnly` also leaves out -0, which JSON writes as 0.
 */
export function graphArbitrary(finiteOnly: boolean) {
  const double = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (finiteOnly && Object.is(n, -0) ? 0 : n));
  const scalar = fc.oneof(fc.boolean(), fc.integer(), fc.maxSafeInteger(), double, text);
  const json = fc.json({ depthSize: 'small' }).map((s) => JSON.parse(s) as unknown);
  const extras = fc
    .dictionary(outsideName.filter((k) => !RESERVED.has(k)), fc.oneof(scalar, json), { maxKeys: 3 })
    .map((record) => Object.fromEntries(Object.entries(record).map(([name, value]) => [safeAttributeName(name), value])));
  const list = fc.array(text, { maxLength: 4 });
  const color = fc.constantFrom('#0072b2', '#ABCDEF', '#abc', 'rgb(1, 2, 255)', 'red', 'RebeccaPurple');
  const nodeAttrs = fc.record({
    label: text, type: fc.constantFrom(...ENTITY_TYPES), aliases: list, mentions: fc.oneof(fc.nat(), fc.maxSafeInteger()), docs: list,
    x: double, y: double, size: double, color, note: text, tags: list, pinned: fc.boolean(),
    occurrences: fc.array(fc.record({ doc: text, sentence: fc.nat(), start: fc.nat(1000), length: fc.nat(50), text }).map(({ length, ...m }) => ({ ...m, end: m.start + length })), { maxLength: 2 }),
  });
  const edgeAttrs = fc.record({
    label: text, predicate: text, evidence: text, doc: text, confidence: double, weight: double, note: text, tags: list,
    support: fc.array(fc.record({ doc: text, sentence: fc.nat(), text, start: fc.nat() }), { maxLength: 2 }),
  });
  const key = outsideName.map(safeKey);
  return fc
    .record({
      graphExtras: extras,
      nodes: fc.uniqueArray(fc.tuple(key, nodeAttrs, extras), { minLength: 1, maxLength: 8, selector: ([key]) => key }),
      edges: fc.uniqueArray(fc.tuple(key, fc.nat(), fc.nat(), fc.boolean(), edgeAttrs, extras), { maxLength: 12, selector: ([key]) => key }),
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

