/**
 * Pictures of the graph. Both formats are drawn by a second sigma renderer made for the occasion
 * (sigma's own exporter: every layer, labels included, on an offscreen canvas), so a picture can hold
 * the view as it is on screen or a part of the graph framed on its own, at any scale: a PNG is the
 * picture at `scale` device pixels per screen pixel, an SVG is drawn from that renderer's display data
 * and its choice of labels, projected to view pixels.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { CameraState } from 'sigma/types';
import { buildSvg, segmentInView, type SvgEdge, type SvgNode } from '../../shared/export/svg';

export interface PictureOptions {
  background: string;
  /** Device pixels per screen pixel (PNG only): 2 draws the view at twice its width and height. */
  scale: number;
  /** Nodes to frame, or null for the view as it is on screen. */
  frame: ReadonlySet<string> | null;
  /** What the picture draws instead of the screen's reducers (hover and focus left out, a scope's nodes only). */
  settings?: Partial<Settings>;
}

/** Room left around the framed nodes, as a share of their extent. */
const FRAME_MARGIN = 1.15;

/** The camera that shows `nodes` whole, in the renderer's framed coordinates; the screen's own for an empty set. */
export function cameraFraming(sigma: Sigma, nodes: ReadonlySet<string>): CameraState {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x); maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y); maxY = Math.max(maxY, data.y);
  }
  if (minX > maxX) return sigma.getCamera().getState();
  const extent = Math.max(maxX - minX, maxY - minY);
  const { minCameraRatio, maxCameraRatio } = sigma.getSettings();
  const ratio = Math.min(Math.max(extent * FRAME_MARGIN, minCameraRatio ?? 0.01, 0.05), maxCameraRatio ?? Infinity);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, angle: 0, ratio };
}

/**
 * Runs `draw` with a renderer set up for the picture and returns the canvas it painted. The page's
 * device pixel ratio is raised for the duration: sigma and its exporter size their canvases by it, so
 * the picture gains pixels while nodes, edges and labels keep their size relative to the view.
 */
async function withPictureRenderer(sigma: Sigma, options: PictureOptions, draw: (renderer: Sigma) => void): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  const base = window.devicePixelRatio || 1;
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => base * options.scale });
  try {
    return await drawOnCanvas(sigma, {
      backgroundColor: options.background,
      sigmaSettings: options.settings ?? {},
      cameraState: options.frame ? cameraFraming(sigma, options.frame) : null,
      withTempRenderer: draw,
    });
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** A PNG of the picture, `scale` times the view's pixels. */
export async function renderPng(sigma: Sigma, options: PictureOptions): Promise<Uint8Array> {
  const canvas = await withPictureRenderer(sigma, options, () => undefined);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error(`The picture is too large to encode (${canvas.width} × ${canvas.height} pixels): choose a smaller scale.`);
  return new Uint8Array(await blob.arrayBuffer());
}

/** An SVG of the picture, in view pixels. */
export async function renderSvg(sigma: Sigma, options: PictureOptions): Promise<string> {
  let svg = '';
  await withPictureRenderer(sigma, { ...options, scale: 1 }, (renderer) => {
    svg = svgOf(renderer, options.background);
  });
  return svg;
}

/** What a renderer shows, as SVG: its display data projected to view pixels, with the labels it chose to draw. */
function svgOf(sigma: Sigma, background: string): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const labelled = sigma.getNodeDisplayedLabels();
  const shown = new Map<string, SvgNode>();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const at = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    const svgNode: SvgNode = { x: at.x, y: at.y, size, color: data.color };
    if (data.label && (labelled.has(node) || data.forceLabel)) svgNode.label = data.label;
    shown.set(node, svgNode);
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = shown.get(source);
    const to = shown.get(target);
    if (!data || data.hidden || !from || !to || !segmentInView(from.x, from.y, to.x, to.y, width, height)) return;
    edges.push({
      x1: from.x, y1: from.y, x2: to.x, y2: to.y,
      size: sigma.scaleSize(data.size), color: data.color, directed: graph.isDirected(edge), targetSize: to.size,
    });
  });
  const nodes = [...shown.values()].filter((n) => segmentInView(n.x, n.y, n.x, n.y, width, height, n.size));
  const labelColor = sigma.getSetting('labelColor');
  return buildSvg({
    width, height, background, edges, nodes,
    labelColor: 'color' in labelColor && labelColor.color ? labelColor.color : '#000000',
    fontFamily: sigma.getSetting('labelFont'),
    fontSize: sigma.getSetting('labelSize'),
  });
}
