import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TYPE_COLORS } from "../../src/appearance/appearance";
import { layoutGraph } from "../../src/layout/index";
import { renderPng } from "../../src/render/png";
import { renderSvg } from "../../src/render/svg";
import { hostileGraph, summitGraph } from "./fixtures";
import { decodePng, PNG_SIGNATURE } from "./helpers";

const ARTIFACTS = join(process.cwd(), "test-artifacts", "render");
mkdirSync(ARTIFACTS, { recursive: true });

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Pixels within `tolerance` of a colour. */
function countColour(pixels: Uint8Array, [r, g, b]: [number, number, number], tolerance = 6): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (
      Math.abs(pixels[i] - r) <= tolerance &&
      Math.abs(pixels[i + 1] - g) <= tolerance &&
      Math.abs(pixels[i + 2] - b) <= tolerance
    )
      n++;
  return n;
}

describe("renderPng", () => {
  const svg = renderSvg(layoutGraph(summitGraph()));

  it("finds Debian's DejaVu fonts (fonts-dejavu-core)", () => {
    expect(existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")).toBe(true);
  });

  it("writes a valid PNG of the requested width, with the graph's colours on white", () => {
    const png = renderPng(svg, { width: 1200 });
    writeFileSync(join(ARTIFACTS, "summit.png"), png);
    expect(Array.from(png.slice(0, 8))).toEqual(PNG_SIGNATURE);
    const image = decodePng(png);
    expect(image.width).toBe(1200);
    expect(image.height).toBeGreaterThan(200);
    const total = image.width * image.height;
    const white = countColour(image.pixels, [255, 255, 255], 0);
    expect(white).toBeGreaterThan(total * 0.5); // a white background
    expect(white).toBeLessThan(total * 0.98); // with something drawn on it
    for (const type of ["person", "country", "event"] as const)
      expect(countColour(image.pixels, rgb(TYPE_COLORS[type]))).toBeGreaterThan(200);
  });

  it("renders text with the system fonts", () => {
    const text = (label: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>` +
      `<text x="10" y="28" font-size="20" font-family="DejaVu Sans, sans-serif" fill="#000">${label}</text></svg>`;
    const dark = (png: Uint8Array) => countColour(decodePng(png).pixels, [0, 0, 0], 100);
    expect(dark(renderPng(text(""), { width: 200 }))).toBe(0);
    expect(dark(renderPng(text("Geneva"), { width: 200 }))).toBeGreaterThan(50);
  });

  it("is deterministic, byte for byte", () => {
    const a = renderPng(svg, { width: 640 });
    const b = renderPng(renderSvg(layoutGraph(summitGraph())), { width: 640 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("renders hostile labels and rejects absurd widths", () => {
    const png = renderPng(renderSvg(hostileGraph(), { labelThreshold: 0 }), { width: 800 });
    writeFileSync(join(ARTIFACTS, "hostile.png"), png);
    expect(decodePng(png).width).toBe(800);
    expect(() => renderPng(svg, { width: 0 })).toThrow(/width/);
    expect(() => renderPng(svg, { width: Number.NaN })).toThrow(/width/);
  });
});
