// The static picture of the graph for print comes from renderSvg in src/render/svg.ts
// (another module, which may not exist yet): loaded lazily so the report works without it.
import type { NewsGraph } from "../schema/model";

export type SvgRenderer = (graph: NewsGraph) => string;

export async function loadSvgRenderer(): Promise<SvgRenderer | null> {
  const specifier = "../render/svg";
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as { renderSvg?: SvgRenderer };
    return typeof mod.renderSvg === "function" ? mod.renderSvg : null;
  } catch {
    return null;
  }
}
