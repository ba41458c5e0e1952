/**
 * A WebGL context that draws nothing and records what it is asked to do: enough for sigma's programs
 * to be built and rendered for real in Node. Sigma's programs read WebGL constants when their module
 * loads, so `installWebGLConstants()` must run before `sigma/rendering` (or a module using it) is imported.
 */

export function installWebGLConstants(): void {
  const constants = { FLOAT: 0x1406, UNSIGNED_BYTE: 0x1401, TRIANGLES: 0x0004, LINES: 0x0001, POINTS: 0x0000 };
  Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
}

export interface FakeGL {
  gl: WebGLRenderingContext;
  /** Bytes sent with bufferData or bufferSubData, per buffer. */
  uploads: Map<object, number>;
  /** Each draw call, with the framebuffer it drew into (null: the canvas). */
  draws: { framebuffer: object | null; count: number }[];
}

export function fakeGL(): FakeGL {
  const uploads = new Map<object, number>();
  const draws: FakeGL['draws'] = [];
  let buffer: object | null = null;
  let framebuffer: object | null = null;
  const calls: Record<string, (...args: never[]) => unknown> = {
    createBuffer: () => ({}),
    createShader: () => ({}),
    createProgram: () => ({}),
    getShaderParameter: () => true,
    getProgramParameter: () => true,
    getUniformLocation: () => ({}),
    getAttribLocation: () => 0,
    bindBuffer: (_target: number, b: object | null) => (buffer = b),
    bindFramebuffer: (_target: number, f: object | null) => (framebuffer = f),
    bufferData: (_target: number, data: Float32Array) => uploads.set(buffer!, (uploads.get(buffer!) ?? 0) + data.byteLength),
    bufferSubData: (_target: number, _offset: number, data: Float32Array) => uploads.set(buffer!, (uploads.get(buffer!) ?? 0) + data.byteLength),
    drawArrays: (_mode: number, _first: number, count: number) => draws.push({ framebuffer, count }),
  };
  const gl = new Proxy({} as WebGLRenderingContext, {
    get: (_, name: string) => (/^[A-Z0-9_]+$/.test(name) ? 1 : (calls[name] ?? (() => undefined))),
  });
  return { gl, uploads, draws };
}
