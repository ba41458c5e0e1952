import { beforeAll, describe, expect, it } from 'vitest';

// Sigma's programs read WebGL constants when their module loads; these are the values every browser has.
type Rendering = typeof import('sigma/rendering');
let rendering: Rendering;
let withoutInstancing: typeof import('../../renderer/view/programs').withoutInstancing;

beforeAll(async () => {
  const constants = { FLOAT: 0x1406, UNSIGNED_BYTE: 0x1401, TRIANGLES: 0x0004, LINES: 0x0001, POINTS: 0x0000 };
  Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
  rendering = await import('sigma/rendering');
  ({ withoutInstancing } = await import('../../renderer/view/programs'));
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
