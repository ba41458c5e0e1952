/**
 * The WebGL programs the canvas draws with: sigma's own, with every vertex written out instead of
 * instanced. Sigma draws each node and edge as one instance of a small mesh. Software WebGL
 * (SwiftShader: what Chromium and Electron fall back to without a usable GPU, in VMs, remote desktops
 * and CI) pays a fixed cost per instance of about 25 µs, which made a 10k-node, 30k-edge frame take
 * 2.6 s. Written out, the same triangles go in one plain draw call and cost nearly nothing per item
 * (`npm run bench render` prints the frame times). A GPU draws either form at the same speed; the price
 * is a vertex buffer a few times larger, which is megabytes at 100k items.
 */
import { EdgeArrowHeadProgram, EdgeClampedProgram, EdgeLineProgram, NodeCircleProgram, createEdgeCompoundProgram, getAttributesItemsCount } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType, ProgramDefinition, InstancedProgramDefinition } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';

/** An item's values, written once by the instanced program, then repeated per vertex with that vertex's constants. */
interface Unrolled {
  instanceItems: number;
  constants: number[][];
  scratch: Float32Array;
}

/** Sigma's Program, as far as this wrapper touches it. */
interface ProgramInstance {
  array: Float32Array;
  getDefinition(): ProgramDefinition | InstancedProgramDefinition;
  processVisibleItem(id: number, startIndex: number, ...data: unknown[]): void;
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

    override processVisibleItem(id: number, startIndex: number, ...data: unknown[]): void {
      const unrolled = this.unrolled();
      if (!unrolled) return super.processVisibleItem(id, startIndex, ...data);
      const array = this.array;
      this.array = unrolled.scratch;
      try {
        super.processVisibleItem(id, 0, ...data);
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

/** A disc with a ring: pinned nodes, and the members of a large selection (in the selection colour). */
const PinnedNodeProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.22 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export const NODE_PROGRAMS: Record<'circle' | 'pinned', NodeProgramType> = {
  circle: withoutInstancing(NodeCircleProgram),
  pinned: withoutInstancing(PinnedNodeProgram),
};

export const EDGE_PROGRAMS: Record<'arrow' | 'line' | 'curvedArrow' | 'curved', EdgeProgramType> = {
  arrow: createEdgeCompoundProgram([withoutInstancing(EdgeClampedProgram), withoutInstancing(EdgeArrowHeadProgram)]),
  line: EdgeLineProgram,
  curvedArrow: withoutInstancing(EdgeCurvedArrowProgram),
  curved: withoutInstancing(EdgeCurveProgram),
};
