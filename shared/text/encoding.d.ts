/**
 * The WHATWG Encoding API, which browsers, workers and Node all provide. shared/ is type-checked
 * without DOM or Node typings, so the one global it relies on is declared here.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
