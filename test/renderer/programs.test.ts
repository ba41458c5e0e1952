import { beforeAll, describe, expect, it } from 'vitest';
import { installWebGLConstants } from './fake-gl';
import { build, fakeSigma, PARAMS } from './fake-sigma';

type Rendering = typeof import('sigma/rendering');
let rendering: Rendering;
let withoutInstancing: typeof import('../../renderer/view/programs').withoutInstancing;
let NODE_PROGRAMS: typeof import('../../renderer/view/programs').NODE_PROGRAMS;

beforeAll(async () => {
  installWebGLConstants();
  rendering = await import('sigma/rendering');
  ({ withoutInstancing, NODE_PROGRAMS } = await import('../../renderer/view/programs'));
});

/** A program object without a WebGL context: enough to call its definition and its vertex writer. */
function bare<T>(Program: T, floats: number): { array: Float32Array; getDefinition(): any; processVisibleItem(...args: unknown[]): void } {
  const program = Object.create((Program as { prototype: object }).prototype);
  program.array = new Float32Array(floats);
  return program;
}

describe('withoutInstancing', () => {
  it('folds the constant attributes into the per-vertex ones, with the same vertex count', () => {
    const instanced = bare(rendering.NodeCircleProgram, 0).getDefinition();
    const written = bare(withoutInstancing(rendering.NodeCircleProgram), 0).getDefinition();
    expect(written).not.toHaveProperty('CONSTANT_ATTRIBUTES');
    expect(written).not.toHaveProperty('CONSTANT_DATA');
    expect(written.VERTICES).toBe(instanced.VERTICES);
    expect(written.ATTRIBUTES.map((a: { name: string }) => a.name)).toEqual(
      [...instanced.ATTRIBUTES, ...instanced.CONSTANT_ATTRIBUTES].map((a: { name: string }) => a.name),
    );
  });

  it("writes each vertex as the item's values followed by that vertex's constants", () => {
    const def = bare(rendering.NodeCircleProgram, 0).getDefinition();
    const itemFloats = rendering.getAttributesItemsCount(def.ATTRIBUTES);
    const row = itemFloats + def.CONSTANT_DATA[0].length;
    const node = { x: 1.5, y: -2, size: 7, color: '#ff0000' };

    const instanced = bare(rendering.NodeCircleProgram, itemFloats);
    instanced.processVisibleItem(9, 0, node);
    const written = bare(withoutInstancing(rendering.NodeCircleProgram), 2 + def.VERTICES * row);
    written.processVisibleItem(9, 2, node);

    expect([...written.array.slice(0, 2)]).toEqual([0, 0]);
    def.CONSTANT_DATA.forEach((constant: number[], v: number) => {
      const start = 2 + v * row;
      expect([...written.array.slice(start, start + itemFloats)]).toEqual([...instanced.array]);
      expect([...written.array.slice(start + itemFloats, start + row)]).toEqual([...new Float32Array(constant)]);
    });
  });

  it('unrolls edge programs, whose items are written from two node positions', () => {
    const def = bare(rendering.EdgeClampedProgram, 0).getDefinition();
    const row = rendering.getAttributesItemsCount(def.ATTRIBUTES) + def.CONSTANT_DATA[0].length;
    const written = bare(withoutInstancing(rendering.EdgeClampedProgram), def.VERTICES * row);
    written.processVisibleItem(3, 0, { x: 0, y: 0, size: 2 }, { x: 10, y: 0, size: 4 }, { size: 1, color: '#000000' });
    const starts = Array.from({ length: def.VERTICES }, (_, v) => [...written.array.slice(v * row, v * row + 4)]);
    for (const start of starts) expect(start).toEqual([0, 0, 10, 0]);
  });

  it('leaves a program that draws without instancing as it was', () => {
    const plain = bare(rendering.EdgeLineProgram, 0).getDefinition();
    const wrapped = bare(withoutInstancing(rendering.EdgeLineProgram), 0).getDefinition();
    expect(wrapped).toEqual(plain);
    const def = plain;
    const floats = def.VERTICES * rendering.getAttributesItemsCount(def.ATTRIBUTES);
    const a = bare(rendering.EdgeLineProgram, floats);
    const b = bare(withoutInstancing(rendering.EdgeLineProgram), floats);
    const args = [5, 0, { x: 1, y: 2 }, { x: 3, y: 4 }, { color: '#123456' }];
    a.processVisibleItem(...args);
    b.processVisibleItem(...args);
    expect([...b.array]).toEqual([...a.array]);
  });
});

describe('uploadedWhenChanged', () => {
  const node = (x: number) => [{ x, y: 0, size: 5, color: '#ff0000' }];

  it('sends the vertices to each GL program once, then the items processed since, until the buffer is reallocated', () => {
    const sigma = fakeSigma();
    const { program, uploads } = build(NODE_PROGRAMS.circle, sigma, [node(0), node(1)]);
    const sent = () => [...uploads.values()];
    program.render(PARAMS);
    const once = sent();
    // A picking pass and a normal one, each with its own buffer, drawn with the frame here.
    expect(once).toHaveLength(2);
    program.render(PARAMS);
    expect(sent()).toEqual(once);

    // One item of two processed: its half of the vertices is sent again.
    program.process(1, 0, ...node(5));
    program.render(PARAMS);
    expect(sent()).toEqual(once.map((bytes) => bytes * 1.5));

    program.reallocate(3);
    program.render(PARAMS);
    expect(sent()).toEqual(once.map((bytes) => bytes * 1.5 + (bytes * 3) / 2));
  });
});
