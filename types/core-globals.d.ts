// The few globals the browser-safe core may use because browsers and Node both have them
// (WHATWG Encoding): declared here for tsconfig.core.json, which has neither DOM nor Node types.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
