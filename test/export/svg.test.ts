import { describe, expect, it } from 'vitest';
import { buildSvg, segmentInView } from '../../shared/export/svg';

/** Parses with the XML rules a browser would apply to an .svg file (no DOM here: a strict well-formedness check). */
async function parseXml(xml: string): Promise<{ name: string; attributes: Record<string, string>; text: string }[]> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false });
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: typeof elements = [];
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => {
    const inner = open.at(-1);
    if (inner) inner.text += text;
  });
  parser.write(xml).close();
  return elements;
}

describe('buildSvg', () => {
  it('writes nodes, edges with arrow heads and escaped labels as well-formed XML', async () => {
    const svg = buildSvg({
      width: 200,
      height: 100,
      background: '#ffffff',
      nodes: [
        { x: 10, y: 20, size: 5, color: '#0072b2', label: 'AT&T <"Corp"> \u0001' },
        { x: 100, y: 50, size: 8, color: '#e69f00' },
      ],
      edges: [{ x1: 10, y1: 20, x2: 100, y2: 50, size: 1, color: '#cccccc', directed: true, targetSize: 8 }],
    });
    const elements = await parseXml(svg);
    expect(elements.filter((e) => e.name === 'circle')).toHaveLength(2);
    const text = elements.find((e) => e.name === 'text')!;
    expect(text.text).toBe('AT&T <"Corp"> ');
    const line = elements.find((e) => e.name === 'line')!;
    expect(line.attributes['marker-end']).toMatch(/^url\(#arrow0\)$/);
    // The line stops at the target's rim.
    expect(Math.hypot(Number(line.attributes.x2) - 100, Number(line.attributes.y2) - 50)).toBeCloseTo(8.5, 1);
    expect(elements.some((e) => e.name === 'marker')).toBe(true);
  });

  it('does not let a hostile colour break out of its attribute', async () => {
    const svg = buildSvg({ width: 10, height: 10, nodes: [{ x: 1, y: 1, size: 1, color: '"/><script>alert(1)</script>' }], edges: [] });
    expect(svg).not.toContain('<script');
    const circle = (await parseXml(svg)).find((e) => e.name === 'circle')!;
    expect(circle.attributes.fill).toBe('#999999');
  });

  it('keeps a hostile font name inside its attribute', async () => {
    const svg = buildSvg({ width: 10, height: 10, nodes: [{ x: 1, y: 1, size: 1, color: '#000', label: 'x' }], edges: [], fontFamily: '"><script>x</script>' });
    expect(svg).not.toContain('<script');
    const labels = (await parseXml(svg)).find((e) => e.attributes.class === 'labels')!;
    expect(labels.attributes['font-family']).toBe('"><script>x</script>');
  });

  it('culls segments outside the view', () => {
    expect(segmentInView(-50, -50, -10, -10, 100, 100)).toBe(false);
    expect(segmentInView(-50, 50, 150, 50, 100, 100)).toBe(true);
  });
});
