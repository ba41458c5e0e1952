import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { docSegments, segmentBlocks, type Segment } from '../../renderer/panels/doc-segments';
import { edgeEvidence, mentionsPerDocument, nodeEvidence, sentenceAround } from '../../renderer/panels/evidence';
import { sampleGraph } from './fixture';
import { sampleGraph as interopGraph } from '../interop/helpers';

const TEXT = 'Putin spoke. Vladimir Putin leads Russia! Russia waits.';
const docs = [{ name: 'a.txt', text: TEXT }];

function withOccurrences() {
  const g = sampleGraph();
  g.setNodeAttribute('putin', 'occurrences', [
    { doc: 'a.txt', sentence: 0, start: 0, end: 5, text: 'Putin' },
    { doc: 'a.txt', sentence: 1, start: 13, end: 27, text: 'Vladimir Putin' },
  ]);
  g.setNodeAttribute('russia', 'occurrences', [
    { doc: 'a.txt', sentence: 1, start: 34, end: 40, text: 'Russia' },
    { doc: 'a.txt', sentence: 2, start: 42, end: 48, text: 'Russia' },
  ]);
  g.setEdgeAttribute('e1', 'support', [{ doc: 'a.txt', sentence: 1, start: 13, text: 'Vladimir Putin leads Russia!' }]);
  return g;
}

describe('evidence', () => {
  it('finds the sentence around a mention', () => {
    expect(sentenceAround(TEXT, 13, 27)).toEqual({ start: 13, text: 'Vladimir Putin leads Russia!' });
    expect(sentenceAround(TEXT, 0, 5)).toEqual({ start: 0, text: 'Putin spoke.' });
  });

  it('lists each sentence mentioning a node once, with its mentions marked', () => {
    const lines = nodeEvidence(withOccurrences(), docs, 'putin');
    expect(lines.map((l) => l.text)).toEqual(['Putin spoke.', 'Vladimir Putin leads Russia!']);
    expect(lines[1]!.marks).toEqual([[0, 14]]);
  });

  it('marks both ends of an edge in its supporting sentences', () => {
    const [line] = edgeEvidence(withOccurrences(), 'e1');
    expect(line!.marks.map(([a, b]) => line!.text.slice(a, b))).toEqual(['Vladimir Putin', 'Russia']);
  });

  it('counts mentions per document, keeping documents without occurrences', () => {
    expect(mentionsPerDocument(withOccurrences(), 'putin')).toEqual([['a.txt', 2], ['b.txt', 0]]);
  });

  it('splits a document into text runs and mentions that cover it exactly', () => {
    const segs = docSegments(withOccurrences(), 'a.txt', TEXT.length);
    expect(segs.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
    expect(segs.filter((s) => s.node).map((s) => s.node)).toEqual(['putin', 'putin', 'russia', 'russia']);
  });
});

describe('blocks of a document', () => {
  it('split only plain runs, at line ends once a block is long enough, and keep every character once', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ text: fc.string({ unit: fc.constantFrom('a', ' ', '\n'), maxLength: 40 }), mention: fc.boolean() }), { maxLength: 30 }),
      fc.integer({ min: 1, max: 50 }),
      (runs, size) => {
        let text = '';
        const segments: Segment[] = [];
        for (const run of runs) {
          if (!run.text) continue;
          segments.push({ start: text.length, end: text.length + run.text.length, ...(run.mention ? { node: 'n' } : {}) });
          text += run.text;
        }
        const blocks = segmentBlocks(segments, text, size);
        const flat = blocks.flat();
        expect(flat.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        expect(flat.filter((s) => s.node)).toEqual(segments.filter((s) => s.node));
        for (const block of blocks.slice(0, -1)) {
          const last = block.at(-1)!;
          expect(last.node).toBeUndefined();
          expect(text[last.end - 1]).toBe('\n');
          expect(last.end - block[0]!.start).toBeGreaterThanOrEqual(size);
        }
      },
    ));
  });

  it('makes blocks of about the size asked for out of a long text', () => {
    const text = 'line of text\n'.repeat(1000);
    const blocks = segmentBlocks([{ start: 0, end: text.length }], text, 1300);
    expect(blocks).toHaveLength(10);
    for (const block of blocks) expect(block[0]!.end - block[0]!.start).toBe(1300);
  });
});


describe('evidence from a damaged or hostile graph', () => {
  it('shows only well-formed supporting sentences and occurrences, without throwing', () => {
    const g = interopGraph();
    g.setEdgeAttribute('e0', 'support', [null, { doc: 5 }, { doc: '001.txt', sentence: 0, text: 'Kept.', start: 0 }] as never);
    g.setNodeAttribute('medvedev', 'occurrences', [null, { doc: '001.txt', sentence: 0, start: 'x', end: 2, text: 'M' }, 7] as never);
    expect(edgeEvidence(g, 'e0').map((line) => line.text)).toEqual(['Kept.']);
    expect(nodeEvidence(g, [{ name: '001.txt', text: 'Medvedev.' }], 'medvedev')).toEqual([]);
    expect(mentionsPerDocument(g, 'medvedev').map(([doc]) => doc)).toEqual(['001.txt', '004_625579a92e5a1402.txt']);
  });

  it('keeps offsets far outside their document inside it (1e999 looped forever, 1e8 took seconds)', () => {
    const text = 'An unpunctuated line '.repeat(10_000);
    for (const start of [Infinity, 1e8, -5]) {
      const sentence = sentenceAround(text, start, start + 3);
      expect(sentence.start).toBeGreaterThanOrEqual(0);
      expect(sentence.text.length).toBeLessThanOrEqual(4003);
    }
  });
});
