// The start graph's request, sent the moment the app's code arrives: main.ts imports this
// module first, so the download and JSON parse overlap the evaluation of sigma, graphology
// and the viewer instead of waiting for it.
import seedGraphUrl from "@seed-graph?url";

/** The seed graph, or ?graph=URL (same origin only). */
export function startUrl(search: string = location.search, href: string = location.href): string {
  const wanted = new URLSearchParams(search).get("graph");
  if (!wanted) return seedGraphUrl;
  const url = new URL(wanted, href);
  if (url.origin !== new URL(href).origin) throw new Error("?graph= must point to this site");
  return url.href;
}

async function load(): Promise<unknown> {
  const response = await fetch(startUrl());
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Settles once; main.ts reports its error. */
export const startData: Promise<unknown> = load();
// handled by main.ts; this keeps an early failure from being reported as unhandled first
startData.catch(() => undefined);
