/**
 * The overview in the canvas corner: every shown node as a dot and the visible area as a frame.
 * Clicking it moves the camera there. Drawn in 2D after sigma renders, at most once a frame.
 */
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../shared/graph/schema';
import { h } from '../panels/dom';

const WIDTH = 168;
const HEIGHT = 112;
const PAD = 6;

export class Minimap {
  readonly element = h('canvas', { class: 'minimap', width: WIDTH * devicePixelRatio, height: HEIGHT * devicePixelRatio, title: 'Overview: click to move the view' });
  private frame = 0;
  private transform = { minX: 0, maxY: 0, scale: 1, offX: 0, offY: 0 };

  constructor(
    private readonly sigma: Sigma,
    private readonly graph: KnowledgeGraph,
    private readonly frameColour: () => string,
  ) {
    sigma.on('afterRender', () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
    });
    this.element.addEventListener('click', (e) => this.jump(e));
  }

  private draw(): void {
    this.frame = 0;
    const ctx = this.element.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const shown: [number, number, string][] = [];
    this.graph.forEachNode((node, a) => {
      const d = this.sigma.getNodeDisplayData(node);
      if (!d || d.hidden) return;
      shown.push([a.x, a.y, d.color]);
      minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
    });
    if (!shown.length) return;
    const scale = Math.min((WIDTH - 2 * PAD) / (maxX - minX || 1), (HEIGHT - 2 * PAD) / (maxY - minY || 1));
    const offX = (WIDTH - (maxX - minX) * scale) / 2;
    const offY = (HEIGHT - (maxY - minY) * scale) / 2;
    this.transform = { minX, maxY, scale, offX, offY };
    const toMap = (x: number, y: number) => [offX + (x - minX) * scale, offY + (maxY - y) * scale] as const;
    for (const [x, y, colour] of shown) {
      const [mx, my] = toMap(x, y);
      ctx.fillStyle = colour;
      ctx.fillRect(mx - 1, my - 1, 2, 2);
    }
    // The visible area: the viewport's corners in graph coordinates.
    const { width, height } = this.sigma.getDimensions();
    const a = this.sigma.viewportToGraph({ x: 0, y: 0 });
    const b = this.sigma.viewportToGraph({ x: width, y: height });
    const [ax, ay] = toMap(a.x, a.y);
    const [bx, by] = toMap(b.x, b.y);
    ctx.strokeStyle = this.frameColour();
    ctx.lineWidth = 1.5;
    ctx.strokeRect(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay));
  }

  private jump(e: MouseEvent): void {
    const rect = this.element.getBoundingClientRect();
    const { minX, maxY, scale, offX, offY } = this.transform;
    const graphPoint = { x: minX + (e.clientX - rect.left - offX) / scale, y: maxY - (e.clientY - rect.top - offY) / scale };
    const framed = this.sigma.viewportToFramedGraph(this.sigma.graphToViewport(graphPoint));
    void this.sigma.getCamera().animate({ x: framed.x, y: framed.y }, { duration: 300 });
  }
}
