import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installWebGLConstants } from './fake-gl';
import { build, fakeSigma, PARAMS, PICKING, type FakeSigma } from './fake-sigma';

let programs: typeof import('../../renderer/view/programs');
let redrawWhenStill: typeof import('../../renderer/view/motion').redrawWhenStill;
let setLayoutInMotion: typeof import('../../renderer/view/motion').setLayoutInMotion;
let skipEdgeLabelsInLayoutMotion: typeof import('../../renderer/view/motion').skipEdgeLabelsInLayoutMotion;
let readPickingOnDemand: typeof import('../../renderer/view/picking').readPickingOnDemand;

beforeAll(async () => {
  // Node has no animation frames: a stub for the fake timers to take over (before any of them is set up).
  vi.stubGlobal('requestAnimationFrame', () => 0);
  installWebGLConstants();
  programs = await import('../../renderer/view/programs');
  ({ redrawWhenStill, setLayoutInMotion, skipEdgeLabelsInLayoutMotion } = await import('../../renderer/view/motion'));
  ({ readPickingOnDemand } = await import('../../renderer/view/picking'));
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const EDGE = [{ x: 0, y: 0, size: 5 }, { x: 1, y: 1, size: 5 }, { size: 1, color: '#000000' }];
const NODE = [{ x: 0, y: 0, size: 5, color: '#ff0000' }];

/** The ways of moving: the camera animating, the stage or a node dragged, the wheel zooming, a layout. */
const moves: [string, (sigma: FakeSigma) => void][] = [
  ['camera animation', (s) => (s.getCamera().animated = true)],
  ['pointer drag', (s) => (s.getMouseCaptor().draggedEvents = 3)],
  ['wheel zoom', (s) => (s.getMouseCaptor().currentWheelDirection = -1)],
  ['layout in motion', (s) => setLayoutInMotion(s as never, 'webgl')],
];

/** Ends every kind of move. */
function stop(sigma: FakeSigma): void {
  Object.assign(sigma.getCamera(), { animated: false });
  Object.assign(sigma.getMouseCaptor(), { draggedEvents: 0, currentWheelDirection: 0 });
  setLayoutInMotion(sigma as never, null);
}

describe('edges while moving', () => {
  it.each(moves)('draws no edge during a %s, and nodes as ever', (_, move) => {
    const sigma = fakeSigma();
    const edges = build(programs.EDGE_PROGRAMS.line, sigma, [EDGE]);
    const nodes = build(programs.NODE_PROGRAMS.circle, sigma, [NODE]);
    move(sigma);
    edges.program.render(PARAMS);
    nodes.program.render(PARAMS);
    expect(edges.draws).toEqual([]);
    expect(nodes.draws.length).toBeGreaterThan(0);
  });

  it('draws edges in a frame at rest', () => {
    const edges = build(programs.EDGE_PROGRAMS.line, fakeSigma(), [EDGE]);
    edges.program.render(PARAMS);
    expect(edges.draws.length).toBeGreaterThan(0);
  });

  it('draws edges again once the layout is still, and only on the renderer it moved', () => {
    const [moved, other] = [fakeSigma(), fakeSigma()];
    const edges = build(programs.EDGE_PROGRAMS.line, moved, [EDGE]);
    const otherEdges = build(programs.EDGE_PROGRAMS.line, other, [EDGE]);
    setLayoutInMotion(moved as never, 'webgl');
    otherEdges.program.render(PARAMS);
    expect(otherEdges.draws.length).toBeGreaterThan(0);
    setLayoutInMotion(moved as never, null);
    edges.program.render(PARAMS);
    expect(edges.draws.length).toBeGreaterThan(0);
  });
});

describe('nodes while a layout moves them', () => {
  const shown = (sigma: FakeSigma) => Object.entries(sigma.getCanvases()).filter(([, c]) => c.style.display !== 'none').map(([id]) => id);

  it('draws them by WebGL, or leaves them to the CPU, and draws them again at rest', () => {
    const sigma = fakeSigma();
    const nodes = build(programs.NODE_PROGRAMS.circle, sigma, [NODE]);
    const onCanvas = () => nodes.draws.filter((d) => d.framebuffer === null).length;
    setLayoutInMotion(sigma as never, 'webgl');
    nodes.program.render(PARAMS);
    expect(onCanvas()).toBe(1);
    setLayoutInMotion(sigma as never, 'cpu');
    nodes.program.render(PARAMS);
    expect(onCanvas()).toBe(1);
    setLayoutInMotion(sigma as never, null);
    nodes.program.render(PARAMS);
    expect(onCanvas()).toBe(2);
  });

  it('still finds the node under the pointer while the CPU draws them', () => {
    const sigma = fakeSigma();
    readPickingOnDemand(sigma as never);
    const nodes = build(programs.NODE_PROGRAMS.pinned, sigma, [NODE]);
    setLayoutInMotion(sigma as never, 'cpu');
    sigma.emit('beforeRender');
    nodes.program.render(PARAMS);
    expect(sigma.getNodeAtPosition({ x: 5, y: 5 })).toBe('under the pointer');
    expect(nodes.draws.map((d) => d.framebuffer)).toEqual([PICKING]);
  });

  it('takes the layers that show nothing out of the page meanwhile, and puts them back', () => {
    const sigma = fakeSigma();
    setLayoutInMotion(sigma as never, 'webgl');
    expect(shown(sigma)).toEqual(['nodes', 'labels', 'hovers']);
    // The node layer stays until the CPU's has painted (cpu-nodes.ts; the e2e test sees the swap).
    setLayoutInMotion(sigma as never, 'cpu');
    expect(shown(sigma)).toEqual(['nodes', 'labels', 'hovers']);
    setLayoutInMotion(sigma as never, null);
    expect(shown(sigma)).toHaveLength(6);
  });

  it('leaves out the edge labels meanwhile, and only then', () => {
    let drawn = 0;
    const sigma = Object.assign(fakeSigma(), { renderEdgeLabels: () => void drawn++ });
    skipEdgeLabelsInLayoutMotion(sigma as never);
    const step = sigma as unknown as { renderEdgeLabels(): void };
    step.renderEdgeLabels();
    setLayoutInMotion(sigma as never, 'cpu');
    step.renderEdgeLabels();
    setLayoutInMotion(sigma as never, 'webgl');
    step.renderEdgeLabels();
    setLayoutInMotion(sigma as never, null);
    step.renderEdgeLabels();
    expect(drawn).toBe(2);
  });
});

describe('redraw when still', () => {
  /** A sigma watched by redrawWhenStill, and a way to let one animation frame pass. */
  function watched(): { sigma: FakeSigma; frame: () => void } {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
    const sigma = fakeSigma();
    redrawWhenStill(sigma as never);
    return { sigma, frame: () => vi.advanceTimersToNextFrame() };
  }

  it.each(moves)('draws again once a %s that left a moving frame on screen is over', (_, move) => {
    const { sigma, frame } = watched();
    move(sigma);
    sigma.emit('afterRender');
    frame();
    frame();
    expect(sigma.scheduled).toBe(0);
    stop(sigma);
    frame();
    frame();
    expect(sigma.scheduled).toBe(1);
  });

  it('leaves it at that when a frame at rest followed the move', () => {
    const { sigma, frame } = watched();
    sigma.getCamera().animated = true;
    sigma.emit('afterRender');
    sigma.getCamera().animated = false;
    sigma.emit('afterRender');
    frame();
    frame();
    expect(sigma.scheduled).toBe(0);
  });
});
