import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nerModel } from '../../main/extract/ner-model';
import { extractGraph } from '../../shared/extract/index';

/**
 * Sentences put together from pieces that exercise the patterns where they meet: pronouns where names
 * are expected, roles without names, appositions cut short, punctuation in odd places. A crash in one
 * pattern on some combination would lose a whole import, so the pipeline must take any of them.
 */
const SUBJECTS = ['He', 'She', 'They', 'It', 'Anna Petrova', 'Okonkwo', "Vantrex's", 'Sen. Ruth Halvorsen', 'Kremlin spokesman Dmitry Peskov', 'The company', 'US-supplied ATACMS', '“Kyiv”'];
const APPOSITIONS = [', 54,', ', D-Minn.,', ', of Tucson,', ', the assassin of President Grant,', ', an analyst with the Baltic Energy Institute,', ', who', ', which', ' (AP)', ' —', ''];
const PREDICATES = ['is a Marlboro native', 'was killed by', 'was born in 1911 in', 'did not sign', 'supplied', 'said', 'is from', 'acting alone', 'chief of research for', 'and', "Germany's supply of", 'withdrew from'];
const OBJECTS = ['the deal', 'Taurus missiles to Ukraine', 'Lowell County', 'Pacific Rivet Inc.', 'him', 'Kyiv', 'the talks', "President Grant's killer, Elias Brann", '', ';'];

const sentence = fc
  .array(fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...APPOSITIONS), fc.constantFrom(...PREDICATES), fc.constantFrom(...OBJECTS)), { minLength: 1, maxLength: 3 })
  .map((clauses) => `${clauses.map(([s, a, p, o]) => `${s}${a} ${p} ${o}`).join(' ')}.`);
const documentText = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));

describe('extraction on arbitrary combinations of pattern phrases', () => {
  it('never throws, and every offset and evidence sentence points into the text', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const graph = extractGraph([{ name: 'doc.txt', text }], { model: nerModel() });
        graph.forEachNode((_, attrs) => {
          for (const m of attrs.occurrences) expect(text.slice(m.start, m.end)).toBe(m.text);
        });
        graph.forEachEdge((_, attrs) => {
          for (const e of attrs.support) expect(text.slice(e.start, e.start + e.text.length)).toBe(e.text);
          expect(attrs.confidence).toBeGreaterThan(0);
          expect(attrs.confidence).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});
