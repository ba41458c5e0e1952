/**
 * Pictures of the current view. PNG goes through sigma's own exporter (it redraws every layer, labels
 * included, on an offscreen canvas); SVG is drawn from what sigma shows: its display data projected to
 * view pixels, with the labels it chose to display, so both formats match the screen.
 */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { buildSvg, segmentInView, type SvgEdge, type SvgNode } from '../../shared/export/svg';
import type { ImageFormat } from '../panels/image-dialog';

export async function renderImage(sigma: Sigma, format: ImageFormat, background: string): Promise<Uint8Array | string> {
  if (format === 'svg') return renderSvg(sigma, background);
  const blob = await toBlob(sigma, { format: 'png', backgroundColor: background });
  return new Uint8Array(await blob.arrayBuffer());
}

function renderSvg(sigma: Sigma, background: string): string {
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
