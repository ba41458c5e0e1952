/**
 * The WebGL programs the canvas draws with: sigma's own, adapted to software WebGL (SwiftShader: what
 * Chromium and Electron fall back to without a usable GPU, in VMs, remote desktops and CI).
 *
 * Written out instead of instanced: sigma draws each node and edge as one instance of a small mesh,
 * and SwiftShader pays a fixed cost per instance of about 25 µs, which made a 10k-node, 30k-edge frame
 * take 2.6 s. Written out, the same triangles go in one plain draw call and cost nearly nothing per
 * item (`npm run bench render` prints the frame times). A GPU draws either form at the same speed; the
 * price is a vertex buffer a few times larger, which is megabytes at 100k items.
 *
 * Uploaded when changed: sigma sends each program's whole vertex buffer before every draw (13 MB at
 * 10k nodes, and again for the picking pass), though a camera move changes none of it.
 *
 * Picked on demand: see picking.ts. Edges hidden while moving, and nodes while the CPU draws them: see
 * motion.ts. Edges of some frames drawn in slices: see edge-slices.ts.
 */
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeArrowHeadProgram, EdgeClampedProgram, EdgeRectangleProgram, NodeCircleProgram, createEdgeCompoundProgram, getAttributesItemsCount } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType, ProgramAttributeSpecification, ProgramDefinition, InstancedProgramDefinition, ProgramInfo } from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { drawnInSlices } from './edge-slices';
import { drawEdgeLabel } from './labels';
import { hiddenWhileMoving, hiddenWhileOnCpu } from './motion';
import { pickedOnDemand } from './picking';

/** An item's values, written once by the instanced program, then repeated per vertex with that vertex's constants. */
interface Unrolled {
  instanceItems: number;
  constants: number[][];
  scratch: Float32Array;
}

/** Sigma's Program, as far as these wrappers touch it. */
interface ProgramInstance {
  array: Float32Array;
  /** Floats per item. */
  STRIDE: number;
  ATTRIBUTES: ProgramAttributeSpecification[];
  isInstanced: boolean;
  getDefinition(): ProgramDefinition | InstancedProgramDefinition;
  processVisibleItem(id: number, startIndex: number, a?: unknown, b?: unknown, c?: unknown): void;
  process(fingerprint: number, position: number, a?: unknown, b?: unknown, c?: unknown): void;
  reallocate(capacity: number): void;
  bindProgram(program: ProgramInfo): void;
  bindAttribute(attr: ProgramAttributeSpecification, program: ProgramInfo, offset: number): number;
}

type ProgramClass = new (...args: never[]) => ProgramInstance;

/**
 * The same program, drawn without instancing: its constant (per-vertex) attributes become ordinary
 * attributes, and each item's values are repeated for each of its vertices, followed by that vertex's
 * constants. Shaders are unchanged, and so is a program that was not instanced.
 */
export function withoutInstancing<P>(Program: P): P {
  const Base = Program as unknown as ProgramClass;
  const definition = (Base.prototype as ProgramInstance).getDefinition;

  class WrittenOut extends Base {
    /** Read from the definition on first use (the base constructor runs before fields exist); null when not instanced. */
    private layout: Unrolled | null | undefined;

    override getDefinition(): ProgramDefinition | InstancedProgramDefinition {
      const def = definition.call(this);
      if (!('CONSTANT_ATTRIBUTES' in def)) return def;
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _perVertex, ...plain } = def;
      return { ...plain, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    // An item's data is a node's, or an edge's source, target and its own: three at most, passed as they
    // come (rest parameters would make an array per item, every frame of a layout).
    override processVisibleItem(id: number, startIndex: number, a?: unknown, b?: unknown, c?: unknown): void {
      const unrolled = this.unrolled();
      if (!unrolled) return super.processVisibleItem(id, startIndex, a, b, c);
      const array = this.array;
      this.array = unrolled.scratch;
      try {
        super.processVisibleItem(id, 0, a, b, c);
      } finally {
        this.array = array;
      }
      // Plain loops: for rows this short they beat Float32Array.set, and this runs per vertex of every item.
      const { scratch, constants, instanceItems } = unrolled;
      let i = startIndex;
      for (const constant of constants) {
        for (let k = 0; k < instanceItems; k++) array[i++] = scratch[k]!;
        for (let k = 0; k < constant.length; k++) array[i++] = constant[k]!;
      }
    }

    private unrolled(): Unrolled | null {
      if (this.layout === undefined) {
        const def = definition.call(this);
        const instanceItems = getAttributesItemsCount(def.ATTRIBUTES);
        this.layout = 'CONSTANT_DATA' in def ? { instanceItems, constants: def.CONSTANT_DATA, scratch: new Float32Array(instanceItems) } : null;
      }
      return this.layout;
    }
  }
  return WrittenOut as P;
}

/** The items whose vertices changed since a GL program's buffer was last sent them: from lo to hi (none when lo >= hi). */
interface Stale {
  program: ProgramInfo;
  lo: number;
  hi: number;
}

/**
 * The same program, sending the GPU only the vertices that changed since it last sent them to that GL
 * program (the normal one or the picking one, which have a buffer each): none for a camera move, the
 * slice of items a slice of edges processed (edge-slices.ts). Every write to the vertices goes through
 * process() (sigma's per-item entry, hidden items included) or reallocate(), which sends them all again.
 */
function uploadedWhenChanged<P>(Program: P): P {
  const Base = Program as unknown as ProgramClass;

  class UploadedWhenChanged extends Base {
    /** GL programs whose buffer is the size of the vertices (a field: nothing is uploaded during the base constructor). */
    private readonly sent: Stale[] = [];

    override reallocate(capacity: number): void {
      super.reallocate(capacity);
      this.sent.length = 0;
    }

    override process(fingerprint: number, position: number, a?: unknown, b?: unknown, c?: unknown): void {
      // An indexed loop: this runs for every item a layout moves, and an iterator would be an object each time.
      for (let i = 0; i < this.sent.length; i++) {
        const stale = this.sent[i]!;
        if (position < stale.lo) stale.lo = position;
        if (position >= stale.hi) stale.hi = position + 1;
      }
      super.process(fingerprint, position, a, b, c);
    }

    override bindProgram(program: ProgramInfo): void {
      const stale = this.isInstanced ? undefined : this.sent.find((s) => s.program === program);
      if (!stale) {
        super.bindProgram(program);
        if (!this.isInstanced) this.sent.push({ program, lo: Infinity, hi: 0 });
        return;
      }
      // Every item changed (a layout's frame): sent whole, as sigma does, into a buffer the GPU may replace rather than wait for.
      if (stale.lo === 0 && stale.hi * this.STRIDE === this.array.length) super.bindProgram(program);
      else this.bindChanged(program, stale);
      stale.lo = Infinity;
      stale.hi = 0;
    }

    /** Sigma's binding of a plain (not instanced) program, its bufferData reduced to the changed items. */
    private bindChanged(program: ProgramInfo, { lo, hi }: Stale): void {
      const { gl, buffer } = program;
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      if (lo < hi) gl.bufferSubData(gl.ARRAY_BUFFER, lo * this.STRIDE * Float32Array.BYTES_PER_ELEMENT, this.array.subarray(lo * this.STRIDE, hi * this.STRIDE));
      let offset = 0;
      for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, program, offset);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }
  }
  return UploadedWhenChanged as P;
}

/**
 * Every adaptation, in the order they stack. Nodes draw nothing while the CPU draws them (cpu-nodes.ts),
 * though their picking pass still comes on demand, from the same vertices; edges draw nothing at all in
 * a moving frame, and in a frame that leaves them to slices (edge-slices.ts) queue their picking pass
 * all the same.
 */
const forSoftwareWebGL = <P>(Program: P): P => uploadedWhenChanged(withoutInstancing(Program));
const nodeProgram = <P>(Program: P): P => pickedOnDemand(hiddenWhileOnCpu(forSoftwareWebGL(Program)));
const edgeProgram = <P>(Program: P): P => hiddenWhileMoving(pickedOnDemand(drawnInSlices(forSoftwareWebGL(Program))));

/** The ring of a pinned node, as a share of its radius. */
export const PIN_RING = 0.22;

/** A disc with a ring: pinned nodes, and the members of a large selection (in the selection colour). */
const PinnedNodeProgram = createNodeBorderProgram({
  borders: [
    { size: { value: PIN_RING }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export const NODE_PROGRAMS: Record<'circle' | 'pinned', NodeProgramType> = {
  circle: nodeProgram(NodeCircleProgram),
  pinned: nodeProgram(PinnedNodeProgram),
};

/**
 * Curved edges label themselves; they take the canvas's labels (drawn whole) rather than the curve's own.
 * Undirected edges are rectangles, not GL lines: a line is one pixel wide, to the eye and to the picking pass.
 */
export const EDGE_PROGRAMS: Record<'arrow' | 'line' | 'curvedArrow' | 'curved', EdgeProgramType> = {
  arrow: createEdgeCompoundProgram([edgeProgram(EdgeClampedProgram), edgeProgram(EdgeArrowHeadProgram)]),
  line: edgeProgram(EdgeRectangleProgram),
  curvedArrow: edgeProgram(createEdgeCurveProgram({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, drawLabel: drawEdgeLabel })),
  curved: edgeProgram(createEdgeCurveProgram({ drawLabel: drawEdgeLabel })),
};
