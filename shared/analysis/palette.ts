/** Colours for categories with no meaning of their own (communities, documents). */

/** Distinct colours for the largest categories (Tableau 10 then a few more), in order. */
export const CATEGORY_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
  '#9c755f', '#bab0ac', '#1f77b4', '#8c564b',
] as const;

/** Colour of the `index`-th category: the palette first, then evenly spread hues. */
export function categoryColor(index: number): string {
  if (index < CATEGORY_PALETTE.length) return CATEGORY_PALETTE[index]!;
  const hue = ((index - CATEGORY_PALETTE.length) * 137.508) % 360;
  return hslToHex(hue, 0.55, 0.55);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + h / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** Numbers the categories by how many items each has (largest first, ties by name), so colours are stable. */
export function rankCategories(assignment: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const category of assignment.values()) counts.set(category, (counts.get(category) ?? 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Map(ordered.map(([category], i) => [category, i]));
}

/** `steps + 1` colours from `from` to `to` (#rrggbb), mixed channel by channel: a ramp for a measure. */
export function colorRamp(from: string, to: string, steps: number): string[] {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [a, b] = [rgb(from), rgb(to)];
  return Array.from({ length: steps + 1 }, (_, k) =>
    `#${a.map((c, i) => Math.round(c + ((b[i]! - c) * k) / steps).toString(16).padStart(2, '0')).join('')}`);
}

