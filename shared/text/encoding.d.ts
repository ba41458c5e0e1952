/**
 * The WHATWG Encoding API, which browsers, workers and Node all provide. shared/ is type-checked
 * without DOM or Node typings, so the globals it relies on are declared here.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
