import { beforeAll, describe, expect, it } from 'vitest';
import { installWebGLConstants } from './fake-gl';
import { build, fakeSigma, PARAMS, PICKING, type FakeSigma } from './fake-sigma';

let NODE_PROGRAMS: typeof import('../../renderer/view/programs').NODE_PROGRAMS;
let readPickingOnDemand: typeof import('../../renderer/view/picking').readPickingOnDemand;

beforeAll(async () => {
  installWebGLConstants();
  ({ NODE_PROGRAMS } = await import('../../renderer/view/programs'));
  ({ readPickingOnDemand } = await import('../../renderer/view/picking'));
});

const NODES = [[{ x: 0, y: 0, size: 5, color: '#ff0000' }], [{ x: 1, y: 1, size: 3, color: '#00ff00' }]];

function onDemand(): FakeSigma {
  const sigma = fakeSigma();
  readPickingOnDemand(sigma as never);
  return sigma;
}

const into = (draws: { framebuffer: object | null }[], framebuffer: object | null) => draws.filter((d) => d.framebuffer === framebuffer).length;

describe('picking on demand', () => {
  it('draws a frame without its picking pass, and the pass when the next read comes, once', () => {
    const sigma = onDemand();
    const { program, draws } = build(NODE_PROGRAMS.circle, sigma, NODES);
    sigma.emit('beforeRender');
    program.render(PARAMS);
    expect([into(draws, null), into(draws, PICKING)]).toEqual([1, 0]);

    expect(sigma.getNodeAtPosition({ x: 5, y: 5 })).toBe('under the pointer');
    sigma.getEdgeAtPoint(5, 5);
    expect([into(draws, null), into(draws, PICKING)]).toEqual([1, 1]);
    expect(sigma.reads).toEqual(['node', 'edge']);
  });

  it("drops a frame's picking pass once the next frame starts", () => {
    const sigma = onDemand();
    const { program, draws } = build(NODE_PROGRAMS.circle, sigma, NODES);
    sigma.emit('beforeRender');
    program.render(PARAMS);
    sigma.emit('beforeRender');
    sigma.getNodeAtPosition({ x: 5, y: 5 });
    expect(into(draws, PICKING)).toBe(0);
  });

  it('keeps the hover as it is while the button is held, from the first move, without drawing or reading; the press and the release read', () => {
    const sigma = onDemand();
    const { program, draws } = build(NODE_PROGRAMS.circle, sigma, NODES);
    program.render(PARAMS);
    const captor = sigma.getMouseCaptor();
    // The press reads for real (sigma's own listener runs before the captor's event reaches ours): it finds what a drag starts on.
    captor.isMouseDown = true;
    expect(sigma.getNodeAtPosition({ x: 5, y: 5 })).toBe('under the pointer');
    expect(into(draws, PICKING)).toBe(1);
    captor.emit('mousedown');
    // Every move with the button held, the first one (no drag counted yet) included.
    expect(sigma.getNodeAtPosition({ x: 6, y: 5 })).toBe('hovered');
    Object.assign(captor, { draggedEvents: 4 });
    expect(sigma.getNodeAtPosition({ x: 9, y: 5 })).toBe('hovered');
    expect(sigma.getEdgeAtPoint(9, 5)).toBeNull();
    expect(sigma.reads).toEqual(['node']);

    // The release: the captor lets go of the button before sigma reads what it ends on.
    captor.isMouseDown = false;
    expect(sigma.getNodeAtPosition({ x: 9, y: 5 })).toBe('under the pointer');
    captor.emit('mouseup');
    captor.isMouseDown = true;
    expect(sigma.getNodeAtPosition({ x: 9, y: 5 })).toBe('under the pointer');
    expect(sigma.reads).toEqual(['node', 'node', 'node']);
  });

  it('draws the picking pass with the frame for a renderer that does not read on demand', () => {
    const { program, draws } = build(NODE_PROGRAMS.circle, fakeSigma(), NODES);
    program.render(PARAMS);
    expect([into(draws, null), into(draws, PICKING)]).toEqual([1, 1]);
  });
});
