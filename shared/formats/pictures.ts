/**
 * Pictures of the graph. In the app both are drawn from what is on screen (renderer/export/image.ts);
 * without a screen (the CLI) SVG is drawn from the stored positions, sizes and colours.
 */
import type { KnowledgeGraph } from '../graph/schema';
import { buildSvg, type SvgEdge, type SvgNode } from '../export/svg';
import type { FileFormat } from './types';

/** Above this many nodes, only the largest ones are labelled: a label per node would be a grey smear. */
const MAX_LABELS = 300;

/** An SVG of the stored layout, fitted into `width` pixels (height follows the layout's shape). */
export function graphSvg(graph: KnowledgeGraph, width = 1600): string {
  const finite = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxSize = 1;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, finite(a.x)); maxX = Math.max(maxX, finite(a.x));
    minY = Math.min(minY, finite(a.y)); maxY = Math.max(maxY, finite(a.y));
    maxSize = Math.max(maxSize, finite(a.size));
  });
  const margin = maxSize + 80;
  const spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
  const scale = graph.order > 1 ? (width - 2 * margin) / Math.max(spanX, spanY) : 1;
  const height = graph.order > 1 ? Math.ceil(spanY * scale + 2 * margin) : width;
  // Graph y grows upwards (as sigma draws it); SVG y grows downwards.
  const at = (a: { x: unknown; y: unknown }) => graph.order > 1
    ? { x: margin + (finite(a.x) - minX) * scale, y: margin + (maxY - finite(a.y)) * scale }
    : { x: width / 2, y: height / 2 };
  const bySize = graph.nodes().sort((p, q) => finite(graph.getNodeAttribute(q, 'size')) - finite(graph.getNodeAttribute(p, 'size')));
  const labelled = new Set(bySize.slice(0, MAX_LABELS));
  const shown = new Map<string, SvgNode>();
  graph.forEachNode((node, a) => {
    const svgNode: SvgNode = { ...at(a), size: Math.max(finite(a.size), 1), color: typeof a.color === 'string' ? a.color : '#999999' };
    if (labelled.has(node) && typeof a.label === 'string') svgNode.label = a.label;
    shown.set(node, svgNode);
  });
  const edges: SvgEdge[] = graph.mapEdges((_e, a, source, target, _sa, _ta, undirected) => {
    const from = shown.get(source)!, to = shown.get(target)!;
    return { x1: from.x, y1: from.y, x2: to.x, y2: to.y, size: Math.min(1 + Math.log2(Math.max(finite(a.weight), 1)), 4), color: '#b9bfc8', directed: !undirected, targetSize: to.size };
  });
  return buildSvg({ width, height, background: '#ffffff', edges, nodes: [...shown.values()] });
}

export const pngFormat: FileFormat = {
  id: 'png',
  label: 'PNG image',
  description: 'A picture of the graph as drawn, at a chosen scale of the screen.',
  extensions: ['.png'],
  mimeType: 'image/png',
  picture: true,
  parameters: [{ id: 'scale', label: 'Scale', type: 'number', min: 1, max: 8, step: 1, defaultValue: 2 }],
};

export const svgFormat: FileFormat = {
  id: 'svg',
  label: 'SVG image',
  description: 'A scalable picture of the graph as drawn, for print and editing.',
  extensions: ['.svg'],
  mimeType: 'image/svg+xml',
  picture: true,
  parameters: [],
  write: (graph, _settings, context) => [{ name: `${context.baseName}.svg`, data: graphSvg(graph), mimeType: 'image/svg+xml' }],
};
