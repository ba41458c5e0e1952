/**
 * The nodes of a layout in motion, drawn by the CPU where WebGL is software (SwiftShader or llvmpipe:
 * what a browser or Electron falls back to in VMs, remote desktops and CI). There the GPU process spends
 * about 1.5 µs on each node's triangle, 12 to 20 ms a frame at 10k nodes on a core that the layout's
 * worker shares, and the page's compositing waits for it: ForceAtlas2 at 10k nodes had frame tasks of
 * 50 to 90 ms. Written as pixels into an image, as the minimap writes its dots, the same discs take
 * about 6 ms. Sigma's node layer stands aside meanwhile (motion.ts); its labels are still drawn.
 *
 * The image is in CSS pixels: on a high-density screen the moving nodes are a little soft until the
 * layout stops.
 */
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { displayDataReader } from './display-data';
import { nodesOnCpu } from './motion';
import { Discs, rgbOf, type Pixels } from './pixels';
import { PIN_RING } from './programs';

/** Whether sigma's WebGL is rendered in software. */
export function isSoftwareWebGL(sigma: Sigma): boolean {
  const canvas = sigma.getCanvases().nodes;
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return /swiftshader|llvmpipe|software/i.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
}

/** Sigma's node display data, as far as drawing a disc reads it (a ring for type 'pinned'). */
interface DrawnNode {
  x: number;
  y: number;
  size: number;
  color: string;
  hidden?: boolean;
  zIndex?: number;
  type?: string;
  borderColor?: string;
}

/**
 * Adds the layer where the CPU draws the nodes, after each of sigma's frames while a layout in motion
 * has it do so (motion.ts), in place of sigma's node layer; hidden otherwise.
 */
export function drawNodesOnCpu(sigma: Sigma, graph: KnowledgeGraph): void {
  const canvas = sigma.createCanvas('cpuNodes', { afterLayer: 'nodes', style: { display: 'none', pointerEvents: 'none' } });
  const painter = new DiscPainter(sigma, graph);
  let image: ImageData | null = null;
  const webglNodes = sigma.getCanvases().nodes;
  sigma.on('afterRender', () => {
    const shown = nodesOnCpu(sigma);
    // One layer or the other, swapped in the frame that paints: never a frame without nodes.
    const [display, webglDisplay] = shown ? ['', 'none'] : ['none', ''];
    if (canvas.style.display !== display) canvas.style.display = display;
    if (webglNodes && webglNodes.style.display !== webglDisplay) webglNodes.style.display = webglDisplay;
    if (!shown) return;
    const { width, height } = sigma.getDimensions();
    if (canvas.width !== width || canvas.height !== height) {
      Object.assign(canvas, { width, height });
      Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    if (image?.width !== width || image.height !== height) image = ctx.createImageData(width, height);
    const pixels: Pixels = { data: new Uint32Array(image.data.buffer), width, height };
    pixels.data.fill(0);
    painter.paint(pixels);
    ctx.putImageData(image, 0, 0);
  });
}

/** Paints the shown nodes as sigma would draw them, from its display data. */
class DiscPainter {
  private readonly displayData: (node: string) => DrawnNode | undefined;
  /** The discs of each zIndex, painted lowest first, as sigma stacks them. */
  private readonly layers: Discs[] = [];

  constructor(
    private readonly sigma: Sigma,
    private readonly graph: KnowledgeGraph,
  ) {
    this.displayData = displayDataReader(sigma);
  }

  paint(pixels: Pixels): void {
    const sigma = this.sigma;
    // Sigma's conversion from its framed coordinates to the viewport is affine: three points give it,
    // and no object is made per node.
    const o = sigma.framedGraphToViewport({ x: 0, y: 0 });
    const ex = sigma.framedGraphToViewport({ x: 1, y: 0 });
    const ey = sigma.framedGraphToViewport({ x: 0, y: 1 });
    const [xx, xy, yx, yy] = [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y];
    const toPixels = sigma.scaleSize(1);
    const layers = this.layers;
    for (const layer of layers) layer.clear();
    this.graph.forEachNode((node) => {
      const data = this.displayData(node);
      if (!data || data.hidden) return;
      const z = Math.max(0, Math.round(data.zIndex ?? 0));
      while (layers.length <= z) layers.push(new Discs());
      const r = Math.max(1, data.size * toPixels);
      const fill = rgbOf(data.color);
      const ringed = data.type === 'pinned' && data.borderColor;
      layers[z]!.add(o.x + data.x * xx + data.y * yx, o.y + data.x * xy + data.y * yy, r, fill, ringed ? rgbOf(data.borderColor!) : fill, ringed ? r * PIN_RING : 0);
    });
    for (const layer of layers) layer.paint(pixels);
  }
}
