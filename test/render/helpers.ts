// Test helpers: a strict XML parser (any warning or error throws) and PNG decoding via resvg.
import { Resvg } from "@resvg/resvg-js";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export function parseStrict(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, "image/svg+xml");
}

export function elements(doc: Document | Element, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

/** Text content of the <text> elements inside the <g class="…"> group. */
export function groupTexts(doc: Document, className: string): string[] {
  const group = elements(doc, "g").find((g) => g.getAttribute("class") === className);
  return group ? elements(group, "text").map((t) => t.textContent ?? "") : [];
}

export interface PngInfo {
  width: number;
  height: number;
  /** RGBA */
  pixels: Uint8Array;
}

/** Decodes PNG bytes for real: resvg draws them as an <image> at their own size. */
export function decodePng(png: Uint8Array): PngInfo {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="${href}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
