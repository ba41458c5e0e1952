import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, isTypeColor, nodeColor, TYPE_COLORS } from '../../shared/graph/schema';

const difference = differenceCiede2000();
/** How each kind of reader sees a colour: normal vision, then protanopia, deuteranopia and tritanopia (Machado et al. 2009). */
const visions: Record<string, (color: Color) => Color> = { normal: (c) => c, protanopia: filterDeficiencyProt(1), deuteranopia: filterDeficiencyDeuter(1), tritanopia: filterDeficiencyTrit(1) };
const lch = converter('lch');

describe('type colours', () => {
  it('stay apart for every kind of colour vision: CIEDE2000 of at least 10 between any two types', () => {
    const closest: [number, string][] = [];
    for (const [vision, see] of Object.entries(visions)) {
      for (const [i, a] of ENTITY_TYPES.entries()) {
        for (const b of ENTITY_TYPES.slice(i + 1)) {
          const d = difference(see(parse(TYPE_COLORS[a])!), see(parse(TYPE_COLORS[b])!));
          closest.push([d, `${a}/${b} (${vision})`]);
        }
      }
    }
    closest.sort((p, q) => p[0] - q[0]);
    expect(closest[0]![0], `closest: ${closest[0]![1]}`).toBeGreaterThanOrEqual(10);
  });

  it('are told apart at a glance with normal vision, and only Person is blue (Concept was too)', () => {
    for (const [i, a] of ENTITY_TYPES.entries()) {
      for (const b of ENTITY_TYPES.slice(i + 1)) expect(difference(TYPE_COLORS[a], TYPE_COLORS[b]), `${a}/${b}`).toBeGreaterThanOrEqual(15);
    }
    const blue = ENTITY_TYPES.filter((t) => lch(TYPE_COLORS[t])!.c > 15 && lch(TYPE_COLORS[t])!.h! > 220 && lch(TYPE_COLORS[t])!.h! < 290);
    expect(blue).toEqual(['Person']);
  });

  it('show on the light and the dark canvas', () => {
    for (const t of ENTITY_TYPES) {
      expect(wcagContrast(TYPE_COLORS[t], '#fbfbfc'), t).toBeGreaterThanOrEqual(1.8);
      expect(wcagContrast(TYPE_COLORS[t], '#14171c'), t).toBeGreaterThanOrEqual(2.8);
    }
  });

  it("draw a node saved with a former default in today's colour, and keep a colour the person chose", () => {
    expect(nodeColor({ type: 'Concept', color: '#56b4e9' })).toBe(TYPE_COLORS.Concept);
    expect(nodeColor({ type: 'Concept', color: '#123456' })).toBe('#123456');
    expect(nodeColor({ type: 'Person', color: '#56b4e9' })).toBe('#56b4e9');
    expect(nodeColor({ type: 'Nonsense', color: '' })).toBe(TYPE_COLORS.Other);
    expect(isTypeColor('#E69F00', 'Organization')).toBe(true);
  });
});
