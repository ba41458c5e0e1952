/** An SVG picture of the graph as it is shown: nodes, edges and labels already projected to view pixels. */
import { escapeAttribute, escapeText } from '../xml/escape';

export interface SvgNode {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  /** Shown next to the node when present. */
  label?: string;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in pixels. */
  size: number;
  color: string;
  /** Draws an arrow head at the target end; `targetSize` keeps it outside the target node. */
  directed: boolean;
  targetSize?: number;
}

export interface SvgScene {
  width: number;
  height: number;
  background?: string;
  edges: SvgEdge[];
  nodes: SvgNode[];
  labelColor?: string;
  fontFamily?: string;
  fontSize?: number;
}

/** Characters XML 1.0 cannot hold. A picture drops them rather than keep GraphML's reversible escape, which would draw as a private-use glyph. */
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const visible = (text: string): string => text.replace(NOT_XML, '');

const num = (v: number): string => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '0');

/** A CSS colour safe inside an attribute: hex, rgb()/rgba() or a plain name; anything else becomes grey. */
function safeColor(color: string): string {
  return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test(color.trim()) ? color.trim() : '#999999';
}

/** Builds a standalone SVG document: edges first, then nodes, then labels on top (as the canvas draws them). */
export function buildSvg(scene: SvgScene): string {
  const fontSize = scene.fontSize ?? 12;
  const font = escapeAttribute(visible(scene.fontFamily ?? 'Arial, Helvetica, sans-serif'));
  const markers = new Map<string, string>();
  const markerFor = (color: string): string => {
    let id = markers.get(color);
    if (!id) markers.set(color, (id = `arrow${markers.size}`));
    return id;
  };

  const edges = scene.edges.map((e) => {
    const color = safeColor(e.color);
    let { x2, y2 } = e;
    let marker = '';
    if (e.directed) {
      // Stop the line at the target's rim so the arrow head stays visible.
      const dx = e.x2 - e.x1, dy = e.y2 - e.y1, length = Math.hypot(dx, dy);
      const back = (e.targetSize ?? 0) + 0.5;
      if (length > back) { x2 = e.x2 - (dx / length) * back; y2 = e.y2 - (dy / length) * back; }
      marker = ` marker-end="url(#${markerFor(color)})"`;
    }
    return `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${color}" stroke-width="${num(Math.max(e.size, 0.5))}"${marker}/>`;
  });
  const nodes = scene.nodes.map((n) => `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(Math.max(n.size, 0.5))}" fill="${safeColor(n.color)}"/>`);
  const labels = scene.nodes
    .filter((n) => n.label)
    .map((n) => `<text x="${num(n.x + n.size + 3)}" y="${num(n.y + fontSize / 3)}">${escapeText(visible(n.label!))}</text>`);
  const defs = [...markers].map(
    ([color, id]) => `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${color}"/></marker>`,
  );

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}">`,
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    scene.background ? `<rect width="100%" height="100%" fill="${safeColor(scene.background)}"/>` : '',
    `<g class="edges" stroke-linecap="round">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels" font-family="${font}" font-size="${num(fontSize)}" fill="${safeColor(scene.labelColor ?? '#000000')}">${labels.join('')}</g>`,
    '</svg>',
    '',
  ].filter(Boolean).join('\n');
}

/** Whether a segment can be seen in a width × height view (with a margin), judged by its bounding box. */
export function segmentInView(x1: number, y1: number, x2: number, y2: number, width: number, height: number, margin = 0): boolean {
  return Math.max(x1, x2) >= -margin && Math.min(x1, x2) <= width + margin && Math.max(y1, y2) >= -margin && Math.min(y1, y2) <= height + margin;
}
