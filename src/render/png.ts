// renderPng: rasterises an SVG from renderSvg with resvg (Node only). System fonts are
// loaded; DejaVu Sans / Liberation Sans are the fallbacks on Debian (fonts-dejavu-core).
import { Resvg } from "@resvg/resvg-js";

export interface PngOptions {
  /** output width in px; the height follows the SVG's aspect ratio */
  width: number;
  /** background behind transparent areas (CSS colour); default none */
  background?: string;
}

export function renderPng(svg: string, options: PngOptions): Uint8Array {
  const width = Math.round(options.width);
  if (!Number.isFinite(width) || width < 1 || width > 16384)
    throw new Error(`PNG width must be 1-16384 px, got ${options.width}`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
    shapeRendering: 2,
    textRendering: 1,
    ...(options.background ? { background: options.background } : {}),
    logLevel: "off",
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
