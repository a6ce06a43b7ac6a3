// Test and bench page: the viewer on a graph whose article is as long as `?chars=` asks
// (test/helpers/large-article.ts), built in the page, with or without the article panel. Records when the viewer was mounted and
// when the first frame after it was drawn.
import { largeArticleGraph } from "../../helpers/large-article";
import { mountViewer } from "../../../src/viewer/index";

const params = new URLSearchParams(location.search);
const chars = Number(params.get("chars") ?? 1_000_000);
// ?article=0: the viewer without its article panel, the floor the panel's cost is measured against
const showArticle = params.get("article") !== "0";
const graph = largeArticleGraph(chars);
const mountStarted = performance.now();
const viewer = mountViewer(document.querySelector<HTMLElement>("[data-box=viewer]")!, graph, { showArticle });
const mounted = performance.now();
requestAnimationFrame(() => {
  // the frame after the mount is painted once this runs in the next one
  requestAnimationFrame(() => Object.assign(window, { firstFrameAt: performance.now() }));
});
Object.assign(window, { viewer, graph, mountStarted, mounted });
