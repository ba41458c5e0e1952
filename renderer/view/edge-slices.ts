/**
 * The edges of a large graph drawn a slice at a time, where WebGL is software, when they come back on
 * screen: in the first frame of an opened project, and when a layout that moved the nodes without
 * them stops (GraphCanvas.showLayoutMotion). SwiftShader rasterises a frame's edges when the page
 * composites it, on the main thread, at about 3 µs an edge: 30k edges made that one task of 90 ms or
 * more, 150k edges a second. That frame shows the nodes and labels at once instead, with sigma's edge
 * layer out of sight; each following task has sigma's own programs process and draw a slice of the
 * edges into it, and the layer is shown once the last slice is in: the picture a single frame would
 * have drawn, pixel for pixel.
 *
 * A frame that sigma draws before then leaves its edges to slices of its own; one drawn after draws
 * them itself.
 */
import type Sigma from 'sigma';
import type { ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/**
 * How long a task spends drawing a slice, in ms: the size of the next slice of a program comes from
 * how long its last one took per edge (lines cost several times what arrow heads do, and a shared core
 * makes either vary), under the 50 ms past which the browser calls a task long.
 */
const SLICE_MS = 20;
/** What an edge is taken to cost before a program's first slice is timed: about SwiftShader's, at rest. */
const FIRST_MS_PER_EDGE = 0.005;
/**
 * The fewest edges in a slice: a slice also costs a fixed few ms, which a slice timed per edge would
 * count against its edges, making the next one smaller, and so on.
 */
const MIN_SLICE = 1_000;

/** Sigma's (plain, not instanced) Program, as far as drawing a slice of it touches it. */
interface ProgramInstance {
  renderer: Sigma;
  normalProgram: ProgramInfo;
  VERTICES: number;
  verticesCount: number;
  render(params: RenderParams): void;
  process(fingerprint: number, position: number, a?: unknown, b?: unknown, c?: unknown): void;
  reallocate(capacity: number): void;
  bindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  drawWebGL(method: number, program: ProgramInfo): void;
}

type ProgramClass = new (...args: never[]) => ProgramInstance;

/** An edge program that can draw some of its items under a frame's parameters. */
interface Sliceable {
  readonly items: number;
  /** The context of the layer it draws on. */
  readonly gl: WebGLRenderingContext;
  drawItems(params: RenderParams, from: number, to: number): void;
}

const slicers = new WeakMap<Sigma, EdgeSlicer>();

/**
 * The same (edge) program, leaving its items to the slices in a frame that has them drawn so. Until that
 * frame, the items it is given to process wait too, each slice processing its own: writing an edge's
 * vertices costs about as much as the frame's nodes do, and would make the task that processes the
 * graph long in the same way.
 */
export function drawnInSlices<P>(Program: P): P {
  const Base = Program as unknown as ProgramClass;

  class DrawnInSlices extends Base implements Sliceable {
    /** The vertices drawn by the next draw call (first, count), when a slice is being drawn. */
    private range: [number, number] | null = null;
    /** The arguments of the process() calls left for the slices, five per item, in the order of their positions. */
    private pending: unknown[] = [];
    private processed = 0;

    get items(): number {
      return this.verticesCount / this.VERTICES;
    }

    get gl(): WebGLRenderingContext {
      return this.normalProgram.gl;
    }

    override reallocate(capacity: number): void {
      this.pending = [];
      this.processed = 0;
      super.reallocate(capacity);
    }

    override process(fingerprint: number, position: number, a?: unknown, b?: unknown, c?: unknown): void {
      const waiting = this.pending.length > this.processed;
      // An item processed again (a partial refresh) goes after what waits, in the order sigma wrote them.
      if (waiting && position <= (this.pending[this.pending.length - 4] as number)) this.processUpTo(Infinity);
      else if (waiting || slicers.get(this.renderer)?.defersProcessing()) {
        this.pending.push(fingerprint, position, a, b, c);
        return;
      }
      super.process(fingerprint, position, a, b, c);
    }

    /** Processes the waiting items before position `to`. */
    private processUpTo(to: number): void {
      const pending = this.pending;
      let i = this.processed;
      for (; i < pending.length && (pending[i + 1] as number) < to; i += 5) super.process(pending[i] as number, pending[i + 1] as number, pending[i + 2], pending[i + 3], pending[i + 4]);
      this.processed = i;
      if (i === pending.length) {
        this.pending = [];
        this.processed = 0;
      }
    }

    override render(params: RenderParams): void {
      if (!slicers.get(this.renderer)?.defer(this, params)) super.render(params);
    }

    // Whatever draws the vertices outside a slice (a whole frame, the picking pass) draws them all processed.
    override bindProgram(program: ProgramInfo): void {
      if (!this.range) this.processUpTo(Infinity);
      super.bindProgram(program);
    }

    drawItems(params: RenderParams, from: number, to: number): void {
      this.processUpTo(to);
      const program = this.normalProgram;
      program.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.range = [from * this.VERTICES, (to - from) * this.VERTICES];
      try {
        this.bindProgram(program);
        this.renderProgram(params, program);
      } finally {
        this.range = null;
      }
      this.unbindProgram(program);
    }

    override drawWebGL(method: number, program: ProgramInfo): void {
      if (!this.range) return super.drawWebGL(method, program);
      const { gl, frameBuffer } = program;
      gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
      gl.drawArrays(method, this.range[0], this.range[1]);
    }
  }
  return DrawnInSlices as P;
}

/** A program's items left to slices, from `from` on, under the parameters of the frame that left them. */
interface Deferred {
  program: Sliceable;
  params: RenderParams;
  from: number;
}

/** Has `sigma` draw the edges of the frames it is asked to in slices; the edge programs must be drawnInSlices. */
export function sliceEdgeDrawing(sigma: Sigma): EdgeSlicer {
  const slicer = new EdgeSlicer(sigma);
  slicers.set(sigma, slicer);
  return slicer;
}

export class EdgeSlicer {
  /** The next frame at rest leaves its edges to the slices. */
  private wanted = false;
  private deferred: Deferred[] = [];
  /** What an edge of each program took to draw in its last slice, in ms. */
  private readonly msPerEdge = new WeakMap<Sliceable, number>();
  private task: ReturnType<typeof setTimeout> | 0 = 0;
  private waiting: (() => void)[] = [];
  private readonly pixel = new Uint8Array(4);

  constructor(private readonly sigma: Sigma) {
    sigma.on('beforeRender', () => this.stop());
    sigma.on('afterRender', () => this.start());
  }

  /** Has the next frame drawn at rest leave its edges to the slices, and what is processed until then its edges too. */
  sliceNextFrame(): void {
    this.wanted = true;
  }

  /** Whether edges processed now wait for the slices. */
  defersProcessing(): boolean {
    return this.wanted;
  }

  /** Resolves once the edges of the last frame are on the page (at once if none are left to slices). */
  complete(): Promise<void> {
    return this.task ? new Promise((done) => this.waiting.push(done)) : Promise.resolve();
  }

  /** Takes a program's items in this frame for the slices; false if the frame draws them. */
  defer(program: Sliceable, params: RenderParams): boolean {
    if (!this.wanted) return false;
    if (program.items) this.deferred.push({ program, params, from: 0 });
    return true;
  }

  private start(): void {
    // A moving frame draws no edges, and leaves none: the slices wait for a frame at rest.
    if (!this.wanted || this.deferred.length === 0) return;
    this.wanted = false;
    // Out of sight, the layer is not composited, which would clear what the slices have drawn so far.
    this.edges().style.visibility = 'hidden';
    this.task = setTimeout(() => this.drawSlice());
  }

  private drawSlice(): void {
    const next = this.deferred[0]!;
    const { program, params, from } = next;
    const start = performance.now();
    const to = Math.min(program.items, from + Math.max(MIN_SLICE, Math.round(SLICE_MS / (this.msPerEdge.get(program) ?? FIRST_MS_PER_EDGE))));
    program.drawItems(params, from, to);
    // Reading a pixel makes SwiftShader draw the slice now, in this task, where it is timed.
    const { gl } = program;
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.pixel);
    this.msPerEdge.set(program, (performance.now() - start) / (to - from));
    next.from = to;
    if (to === program.items) this.deferred.shift();
    if (this.deferred.length) {
      this.task = setTimeout(() => this.drawSlice());
      return;
    }
    this.task = 0;
    this.edges().style.visibility = '';
    this.resolve();
  }

  /**
   * A frame is drawn: it draws every edge, unless it leaves them to slices of its own, as it does when
   * it comes before the slices of the last one are done (their edges are not on screen yet).
   */
  private stop(): void {
    if (this.task) this.wanted = true;
    clearTimeout(this.task);
    this.task = 0;
    this.deferred = [];
    this.edges().style.visibility = '';
    this.resolve();
  }

  private edges(): HTMLCanvasElement {
    return this.sigma.getCanvases().edges!;
  }

  private resolve(): void {
    for (const done of this.waiting.splice(0)) done();
  }
}
