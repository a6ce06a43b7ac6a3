// Test page: the viewer core mounted twice on one page, a full and a compact
// one, on two copies of the same graph, as the embed will use it.
import seedUrl from "../fixtures/seed-graph.json?url";
import { graphFromJSON } from "../../../src/schema/model";
import { mountViewer, type ViewerHandle, type ViewState } from "../../../src/viewer/index";

const data = await (await fetch(seedUrl)).json();
const changes: Record<string, number> = { full: 0, compact: 0 };
const viewers: Record<string, ViewerHandle> = {
  full: mountViewer(document.querySelector<HTMLElement>("[data-box=full]")!, graphFromJSON(data), {
    onStateChange: () => changes.full++,
  }),
  compact: mountViewer(document.querySelector<HTMLElement>("[data-box=compact]")!, graphFromJSON(data), {
    compact: true,
    initialState: { hiddenTypes: ["event"] } as Partial<ViewState>,
    onStateChange: () => changes.compact++,
  }),
};
// mountViewer, graphFromJSON and the data let tests mount extra viewers on hostile variants
Object.assign(window, { viewers, changes, mountViewer, graphFromJSON, data });
