/**
 * The overview in the canvas corner: every shown node as a dot and the visible area as a frame.
 * Clicking it moves the camera there. Drawn in 2D after sigma renders, at most once a frame. The dots
 * are pixels written into an image (10k fillRect calls took 20 to 40 ms), made again only when what
 * sigma shows may have changed: a camera move only moves the frame.
 */
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { h } from '../panels/dom';
import type { GraphCanvas } from './canvas';
import { Discs, rgbOf } from './pixels';

const WIDTH = 168;
const HEIGHT = 112;
const PAD = 6;

/** How graph coordinates map onto the minimap, from the extent of the shown nodes. */
interface Transform {
  minX: number;
  maxY: number;
  scale: number;
  offX: number;
  offY: number;
}

/** A graph point's place on the minimap, in CSS pixels, one axis at a time (no pair made per dot). */
const mapX = ({ minX, scale, offX }: Transform, x: number) => offX + (x - minX) * scale;
const mapY = ({ maxY, scale, offY }: Transform, y: number) => offY + (maxY - y) * scale;

export class Minimap {
  readonly element = h('canvas', { class: 'minimap', width: WIDTH * devicePixelRatio, height: HEIGHT * devicePixelRatio, title: 'Overview: click to move the view' });
  /** The dots and where they put the graph; null while no node is shown. */
  private dots: { image: ImageData; transform: Transform } | null = null;
  private dotsStale = true;
  /** The shown nodes and their dots' colours, from sigma's display data; null once that may have changed. */
  private shown: { node: string; rgb: number }[] | null = null;
  private frame = 0;
  /** The dots of the last frame, kept for their storage. */
  private readonly discs = new Discs();

  constructor(
    private readonly sigma: Sigma,
    /** Converts between graph and screen as the canvas draws (GraphCanvas: a layout in motion too). */
    private readonly view: Pick<GraphCanvas, 'graphToViewport' | 'viewportToGraph'>,
    private readonly graph: KnowledgeGraph,
    private readonly frameColour: () => string,
  ) {
    // Sigma re-processes after any change to positions, reducers or settings; an attribute update that
    // cannot move a node (a colour, say) reaches the display data without that.
    const stale = () => {
      this.shown = null;
      this.dotsStale = true;
    };
    sigma.on('afterProcess', stale);
    graph.on('eachNodeAttributesUpdated', stale);
    const schedule = () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
    };
    sigma.on('afterRender', schedule);
    // A pan of a large graph moves the last picture without sigma drawing (pan-picture.ts): the frame follows the camera.
    sigma.getCamera().on('updated', schedule);
    this.element.addEventListener('click', (e) => this.jump(e));
  }

  /** The nodes moved, and nothing else changed, without the events that mark the dots stale (a layout in motion). */
  nodesMoved(): void {
    this.dotsStale = true;
  }

  private draw(): void {
    this.frame = 0;
    const ctx = this.element.getContext('2d');
    if (!ctx) return;
    if (this.dotsStale) this.dots = this.makeDots(ctx);
    this.dotsStale = false;
    if (!this.dots) {
      ctx.clearRect(0, 0, this.element.width, this.element.height);
      return;
    }
    const { image, transform } = this.dots;
    ctx.putImageData(image, 0, 0);
    ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
    // The visible area: the viewport's corners in graph coordinates.
    const { width, height } = this.sigma.getDimensions();
    const a = this.view.viewportToGraph({ x: 0, y: 0 });
    const b = this.view.viewportToGraph({ x: width, y: height });
    const [ax, ay, bx, by] = [mapX(transform, a.x), mapY(transform, a.y), mapX(transform, b.x), mapY(transform, b.y)];
    ctx.strokeStyle = this.frameColour();
    ctx.lineWidth = 1.5;
    ctx.strokeRect(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay));
  }

  /** Reading sigma's display data copies each node's (half the dots' cost at 10k nodes): once per change of it. */
  private shownNodes(): { node: string; rgb: number }[] {
    const shown: { node: string; rgb: number }[] = [];
    this.graph.forEachNode((node) => {
      const d = this.sigma.getNodeDisplayData(node);
      if (d && !d.hidden) shown.push({ node, rgb: rgbOf(d.color) });
    });
    return shown;
  }

  private makeDots(ctx: CanvasRenderingContext2D): { image: ImageData; transform: Transform } | null {
    const shown = (this.shown ??= this.shownNodes());
    // The graph's own attribute objects, read in place: while a layout runs this is every frame.
    const graph = this.graph;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { node } of shown) {
      // A node dropped since is forgotten at sigma's next process, which may come after this frame.
      if (!graph.hasNode(node)) continue;
      const { x, y } = graph.getNodeAttributes(node);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    if (minX > maxX) return null;
    const scale = Math.min((WIDTH - 2 * PAD) / (maxX - minX || 1), (HEIGHT - 2 * PAD) / (maxY - minY || 1));
    const offX = (WIDTH - (maxX - minX) * scale) / 2;
    const offY = (HEIGHT - (maxY - minY) * scale) / 2;
    const transform = { minX, maxY, scale, offX, offY };
    // A dot 2 CSS pixels across, in device pixels (the ratio is read once: it is a call into the browser).
    const ratio = devicePixelRatio;
    const dots = this.discs;
    dots.clear();
    for (const { node, rgb } of shown) {
      if (!graph.hasNode(node)) continue;
      const { x, y } = graph.getNodeAttributes(node);
      dots.add(mapX(transform, x) * ratio, mapY(transform, y) * ratio, ratio, rgb);
    }
    const { width, height } = this.element;
    const image = this.dots?.image.width === width && this.dots.image.height === height ? this.dots.image : ctx.createImageData(width, height);
    const pixels = { data: new Uint32Array(image.data.buffer), width, height };
    pixels.data.fill(0);
    dots.paint(pixels);
    return { image, transform };
  }

  private jump(e: MouseEvent): void {
    if (!this.dots) return;
    const rect = this.element.getBoundingClientRect();
    const { minX, maxY, scale, offX, offY } = this.dots.transform;
    const graphPoint = { x: minX + (e.clientX - rect.left - offX) / scale, y: maxY - (e.clientY - rect.top - offY) / scale };
    const framed = this.sigma.viewportToFramedGraph(this.view.graphToViewport(graphPoint));
    void this.sigma.getCamera().animate({ x: framed.x, y: framed.y }, { duration: 300 });
  }
}
