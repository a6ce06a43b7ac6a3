// The newsgraph app: the viewer core plus what only a full page does —
// open files, paste an article, export, and keep the view in the URL.
// first: starts fetching the graph before the modules below are evaluated
import { graphFromData } from "../formats/data";
import { startData } from "./early-data";
import "./app.css";
import type { NewsGraph } from "../schema/model";
import { hasPositions, mountViewer, type ViewerHandle, type ViewState } from "../viewer/index";
import {
  checkOpenable,
  exportGraph,
  exportMenuItems,
  isArticleFile,
  OPEN_EXTENSIONS,
  OPENABLE_FILES,
  PASTED_ARTICLE_NAME,
} from "./graph-io";
import { ImportCancelled, importInWorker } from "./import-in-worker";
import { importProgressBar } from "./import-progress";
import { decodeViewState, encodeViewState } from "./url-state";
import { applyPageTheme, currentTheme, storeTheme } from "./theme";
import { graphId, listRecent, loadSaved, saveGraph } from "./saved-graphs";
import { decodeArticle, encodeArticle } from "./share-link";

const $ = <T extends Element>(role: string) => document.querySelector<T>(`[data-role="${role}"]`)!;
const viewerBox = $<HTMLElement>("viewer");
const message = $<HTMLElement>("message");
const titleEl = $<HTMLElement>("title");

let viewer: ViewerHandle | null = null;
/** the id of the graph on screen, named in the URL so a link reopens this graph, not another */
let currentId: string | null = null;
/** the pasted article, packed for the link, when the graph on screen was built from one that fits */
let sharedArticle: string | null = null;

// --- theme: the system's until toggled, then kept
const themeButton = document.querySelector<HTMLButtonElement>('[data-action="theme"]')!;
function paintTheme(): void {
  const theme = currentTheme();
  applyPageTheme(theme);
  themeButton.setAttribute("aria-pressed", String(theme === "dark"));
  viewer?.setTheme(theme);
}
themeButton.addEventListener("click", () => {
  storeTheme(currentTheme() === "dark" ? "light" : "dark");
  paintTheme();
});
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", paintTheme);
paintTheme();

function show(text: string, kind: "error" | "info" = "info"): void {
  message.textContent = text;
  message.classList.toggle("is-error", kind === "error");
  message.hidden = !text;
}

// --- URL state: written after changes settle, so camera moves don't flood history
let urlTimer: ReturnType<typeof setTimeout> | undefined;
function writeUrl(state: ViewState): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    const view = encodeViewState({ ...state, graph: currentId ?? undefined });
    const hash = sharedArticle ? `${view}&a=${sharedArticle}` : view;
    if (hash !== location.hash.replace(/^#/, ""))
      history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
  }, 250);
}

async function ensureLayout(graph: NewsGraph): Promise<void> {
  if (hasPositions(graph)) return;
  const { layoutGraph } = await import("../layout/index");
  layoutGraph(graph);
}

/** Shows a graph; `save` keeps it in the browser (opened and built graphs, not the showcase). */
async function show_graph(
  graph: NewsGraph,
  initialState: Partial<ViewState> = {},
  save = false,
  article: string | null = null,
): Promise<void> {
  await ensureLayout(graph);
  sharedArticle = article;
  const id = await graphId(graph);
  // saved before its id reaches the URL, so a reload right away finds it
  if (save) await saveGraph(graph).catch(() => undefined);
  currentId = id;
  // a selection the graph does not hold: say so, rather than show nothing
  const sel = initialState.selection;
  if (sel && !(sel.kind === "node" ? graph.hasNode(sel.key) : graph.hasEdge(sel.key))) {
    show(`The link selects “${sel.key}”, which is not in this graph.`, "error");
    initialState = { ...initialState, selection: null };
  }
  viewer?.destroy();
  viewerBox.setAttribute("aria-busy", "false");
  titleEl.textContent = graph.getAttribute("title") ?? "";
  document.title = `${graph.getAttribute("title") || "Graph"} — newsgraph`;
  viewer = mountViewer(viewerBox, graph, {
    initialState,
    onStateChange: writeUrl,
    theme: currentTheme(),
    statisticsWorker,
  });
  writeUrl(viewer.getState());
  // sigma has drawn synchronously; the next frame puts it on screen (read by bench/viewer.bench.ts)
  performance.mark("newsgraph:mounted");
  requestAnimationFrame(() => performance.mark("newsgraph:first-frame"));
}

/** a large graph's statistics are computed in this worker (Vite bundles it as its own file) */
const statisticsWorker = () =>
  new Worker(new URL("../viewer/statistics.worker.ts", import.meta.url), {
    type: "module",
    name: "newsgraph-statistics",
  });

// --- opening files (picker, drag-and-drop, pasted and shared articles): read, parsed or built in a worker
/** one worker per file, ended when it is done or cancelled (Vite bundles it as its own file, with the readers and the models) */
const importWorker = () =>
  new Worker(new URL("./import-file.worker.ts", import.meta.url), { type: "module", name: "newsgraph-import" });
const progressBar = importProgressBar($<HTMLElement>("progress"));
/** the import under way: one at a time, a new one cancels it */
let importing: AbortController | null = null;

/**
 * Opens `file` in the import worker with the progress bar and its Cancel button showing, naming it `subject`;
 * null when cancelled (the graph on screen stays as it was) or replaced by a newer import.
 */
async function importWithProgress(file: File, subject = `“${file.name}”`): Promise<NewsGraph | null> {
  importing?.abort();
  const controller = new AbortController();
  importing = controller;
  progressBar.start(subject, () => {
    controller.abort();
    show(viewer ? `Stopped opening ${subject}: the graph on screen is unchanged.` : `Stopped opening ${subject}.`);
  });
  try {
    return await importInWorker(
      file,
      importWorker,
      (p) => {
        if (importing === controller) progressBar.update(p);
      },
      controller.signal,
    );
  } catch (e) {
    if (e instanceof ImportCancelled) return null;
    throw e;
  } finally {
    if (importing === controller) {
      importing = null;
      progressBar.hide();
    }
  }
}

/** a pasted or shared article, as a file for the import worker */
const articleFile = (text: string) => new File([text], PASTED_ARTICLE_NAME, { type: "text/plain" });
const NOTHING_FOUND = "no people, places, organizations or events were found in the text";

async function openFile(file: File): Promise<void> {
  try {
    checkOpenable(file.name);
    const graph = await importWithProgress(file);
    if (!graph) return;
    if (graph.order === 0) throw new Error(isArticleFile(file.name) ? NOTHING_FOUND : "the graph has no nodes");
    show("");
    await show_graph(graph, {}, true);
  } catch (e) {
    show(`Could not open “${file.name}”: ${(e as Error).message}`, "error");
  }
}

const fileInput = $<HTMLInputElement>("file");
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = "";
});

const drop = $<HTMLElement>("drop");
let dragDepth = 0;
const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");
window.addEventListener("dragenter", (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  drop.hidden = false;
});
window.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) drop.hidden = true;
});
window.addEventListener("dragover", (e) => {
  if (hasFiles(e)) e.preventDefault();
});
window.addEventListener("drop", (e) => {
  e.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file) void openFile(file);
});

// --- paste an article: the CLI's pipeline, run in the browser
const dialog = $<HTMLDialogElement>("paste-dialog");
const pasteForm = $<HTMLFormElement>("paste-form");
const pasteText = $<HTMLTextAreaElement>("paste-text");
document.querySelector('[data-action="paste"]')!.addEventListener("click", () => {
  dialog.showModal();
  pasteText.focus();
});
document.querySelector('[data-action="paste-cancel"]')!.addEventListener("click", () => dialog.close());
pasteForm.addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = pasteText.value;
  if (!text.trim()) return;
  dialog.close();
  show("");
  try {
    const graph = await importWithProgress(articleFile(text), "the pasted article");
    if (!graph) return;
    if (graph.order === 0) throw new Error(NOTHING_FOUND);
    const packed = await encodeArticle(text).catch(() => null);
    show(packed ? "" : "The article is too long to travel in a link: this graph is kept in this browser only.");
    await show_graph(graph, {}, true, packed);
  } catch (err) {
    show(`Could not build a graph: ${(err as Error).message}`, "error");
  }
});

// --- export what is on screen: the menu is the format registry's (loaded after the first paint, with the writers)
const exportMenu = $<HTMLDetailsElement>("export");
const exportItems = $<HTMLElement>("export-items");
async function fillExportMenu(): Promise<void> {
  const { FORMATS } = await import("../formats/registry");
  exportItems.replaceChildren();
  for (const { format, label } of exportMenuItems(FORMATS)) {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "menuitem");
    button.dataset.export = format.id;
    button.textContent = label;
    button.addEventListener("click", async () => {
      exportMenu.open = false;
      if (!viewer) return;
      try {
        await exportGraph(format, viewer.visibleGraph());
      } catch (e) {
        show(`Export failed: ${(e as Error).message}`, "error");
      }
    });
    exportItems.append(button);
  }
}
let exportMenuFilled: Promise<void> | null = null;
const ensureExportMenu = () =>
  (exportMenuFilled ??= fillExportMenu().catch((e) =>
    show(`The export menu could not load: ${(e as Error).message}`, "error"),
  ));
exportMenu.addEventListener("toggle", () => exportMenu.open && void ensureExportMenu());
document.addEventListener("click", (e) => {
  if (exportMenu.open && !exportMenu.contains(e.target as Node)) exportMenu.open = false;
});

// --- recent graphs, kept in this browser
const recentMenu = $<HTMLDetailsElement>("recent");
const recentItems = $<HTMLElement>("recent-items");
async function fillRecent(): Promise<void> {
  const recent = await listRecent();
  recentItems.replaceChildren();
  if (recent.length === 0) {
    const empty = document.createElement("button");
    empty.disabled = true;
    empty.textContent = "No saved graphs yet: open a file or paste an article";
    recentItems.append(empty);
  }
  for (const r of recent) {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "menuitem");
    button.dataset.graph = r.id;
    button.textContent = `${r.title} · ${new Date(r.savedAt).toLocaleString()}`;
    button.addEventListener("click", async () => {
      recentMenu.open = false;
      const saved = await loadSaved(r.id);
      if (!saved) return show(`“${r.title}” is no longer saved in this browser.`, "error");
      show("");
      try {
        await showData(saved.data);
      } catch (e) {
        show(`Could not open “${r.title}”: ${(e as Error).message}. The graph on screen is unchanged.`, "error");
      }
    });
    recentItems.append(button);
  }
}
recentMenu.addEventListener("toggle", () => recentMenu.open && void fillRecent());
document.addEventListener("click", (e) => {
  if (recentMenu.open && !recentMenu.contains(e.target as Node)) recentMenu.open = false;
});

// --- a read-only handle for debugging and tests
Object.defineProperty(window, "__newsgraph", {
  value: Object.freeze({
    get graph() {
      return viewer?.graph ?? null;
    },
    get state() {
      return viewer?.getState() ?? null;
    },
    get sigma() {
      return viewer?.sigma ?? null;
    },
    get viewer() {
      return viewer;
    },
  }),
});

/** Saved graph data, shown after the quick checks; the full schema check after the first paint, as for the seed. */
async function showData(data: unknown, state: Partial<ViewState> = {}): Promise<void> {
  await show_graph(graphFromData(data, { schema: false }), state);
  setTimeout(() => void checkSchema(data), 0);
}

async function checkSchema(data: unknown): Promise<void> {
  const { validateSerializedGraph } = await import("../schema/graph");
  try {
    validateSerializedGraph(data);
  } catch (e) {
    show(
      `This graph does not fully match the newsgraph schema, some details may be missing: ${(e as Error).message}`,
      "error",
    );
  }
}

// --- start with the seed graph (or ?graph=URL, see early-data.ts) and the view the URL describes
async function start(): Promise<void> {
  try {
    const wanted = decodeViewState(location.hash);
    const { graph: wantedId, ...state } = wanted;
    const packed = new URLSearchParams(location.hash.slice(1)).get("a");
    if (packed) {
      // a shared article: rebuild its graph here, with the CLI's pipeline
      try {
        const graph = await importWithProgress(articleFile(await decodeArticle(packed)), "the shared article");
        if (graph) {
          show("");
          await show_graph(graph, state, true, packed);
          return;
        }
      } catch (e) {
        show(
          `Could not rebuild the shared article: ${(e as Error).message}. Showing the showcase graph instead.`,
          "error",
        );
      }
    }
    if (wantedId) {
      // the link names a graph: reopen it from this browser's saved graphs
      const saved = await loadSaved(wantedId);
      if (saved) {
        await showData(saved.data, state);
        return;
      }
    }
    const data = await startData;
    const seed = graphFromData(data, { schema: false });
    if (wantedId && wantedId !== (await graphId(seed))) {
      show(
        `This link is for a graph that is not saved in this browser (id ${wantedId}): showing the showcase graph instead.`,
        "error",
      );
      await show_graph(seed, {});
    } else await show_graph(seed, state);
    // the full schema check (zod) runs after the first paint, off the critical path
    setTimeout(() => void checkSchema(data), 0);
  } catch (e) {
    viewerBox.setAttribute("aria-busy", "false");
    show(`Could not load the graph: ${(e as Error).message}. Open a graph file or paste an article.`, "error");
  }
}
// what opens, from the format registry: the picker's filter, and the texts that say it
fileInput.accept = OPEN_EXTENSIONS.join(",");
$<HTMLElement>("open").title = `Open a ${OPENABLE_FILES}`;
drop.textContent = `Drop a ${OPENABLE_FILES}, to open it`;
// the menu after the first graph is on screen, so its code never delays the first paint
void start().then(() => setTimeout(() => void ensureExportMenu(), 0));
