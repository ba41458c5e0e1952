import { describe, expect, it } from 'vitest';
import { extract } from '../extract/helpers';
import { PATTERNS } from '../../shared/extract/patterns/index';
import { edgeWhy, loadPatternReasons, typeWhy } from '../../renderer/panels/why';

describe('why the inspector says an edge and a type exist', () => {
  it('gives an extracted edge the reason of the pattern that read it, and says how the text holds it', async () => {
    const reasons = await loadPatternReasons();
    expect([...reasons.keys()].sort()).toEqual(PATTERNS.map((p) => p.name).sort());
    const g = extract('Okonkwo Capital could buy Brightvale Logistics next year, Amara Okafor said.');
    const edge = g.findEdge((_, a) => a.predicate === 'buy')!;
    const attrs = g.getEdgeAttributes(edge);
    const lines = edgeWhy(attrs, reasons);
    expect(lines[0]).toBe(`Read as ${reasons.get(attrs.pattern!)}.`);
    expect(lines).toContain('The text only plans, conditions or alleges it, so its confidence is lower.');
    expect(lines).toContain('As reported by Amara Okafor.');
    expect(lines).not.toContain('The text denies it.');
  });

  it('says a denied relation is denied, names a pattern it does not know, and says nothing for an edge a person drew', () => {
    expect(edgeWhy({ pattern: 'from-another-tool', polarity: 'negative' }, new Map())).toEqual(['Read as "from-another-tool".', 'The text denies it.']);
    expect(edgeWhy({}, new Map())).toEqual([]);
  });

  it("gives a node's type with the evidence that decided it", () => {
    const g = extract('The Kremlin rejected the proposal.');
    const kremlin = g.getNodeAttributes(g.findNode((_, a) => a.label === 'Kremlin')!);
    expect(typeWhy(kremlin)).toBe(`Organization: ${kremlin.typeReason}`);
    expect(kremlin.typeReason).toMatch(/gazetteer/);
    expect(typeWhy({ type: 'Person' })).toBeUndefined();
  });
});
