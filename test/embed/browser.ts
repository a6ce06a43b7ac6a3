// Real headless Chromium for the embed/report tests: a fresh profile per launch, every
// request that is not file:, data: or blob: counted (and aborted), dialogs and page errors recorded.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";

export interface Browser {
  context: BrowserContext;
  /** URLs requested over the network (anything but file:, data:, blob:) */
  network: string[];
  /** messages of alert/confirm/prompt dialogs that fired */
  dialogs: string[];
  /** uncaught page errors */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { allowHttp?: (url: string) => boolean } = {}): Promise<Browser> {
  const { context, close } = await launchChromium({
    profilePrefix: "newsgraph-embed-chromium-",
    viewport: { width: 1200, height: 800 },
  });
  context.setDefaultTimeout(10_000);
  const network: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url) || options.allowHttp?.(url)) return route.continue();
    network.push(url);
    return route.abort();
  });
  const watch = (page: Page) => {
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => errors.push(String(e)));
  };
  context.on("page", watch);
  context.pages().forEach(watch);
  return {
    context,
    network,
    dialogs,
    errors,
    newPage: () => context.newPage(),
    close,
  };
}

/** Waits until the <newsgraph-view> matched by `selector` has mounted its viewer. */
export async function waitForViewer(page: Page, selector = "newsgraph-view"): Promise<void> {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => (el as unknown as { viewer: unknown }).viewer),
    selector,
  );
}

/**
 * Pixels of the graph canvas that carry colour (node colours are saturated; labels, edges and
 * the background are greys): proof that sigma drew the nodes with WebGL. The overlays drawn
 * above the canvas (search box, legend, buttons) are hidden for the screenshot.
 */
export async function colouredPixels(view: Locator): Promise<number> {
  await view.evaluate((el) => {
    for (const o of el.shadowRoot?.querySelectorAll<HTMLElement>(".ngv-overlay, .ngv-controls, .ngv-legend") ?? []) {
      o.style.visibility = "hidden";
    }
  });
  const canvas = view.locator(".ngv-sigma");
  const png = await canvas.screenshot();
  await view.evaluate((el) => {
    for (const o of el.shadowRoot?.querySelectorAll<HTMLElement>(".ngv-overlay, .ngv-controls, .ngv-legend") ?? []) {
      o.style.visibility = "";
    }
  });
  const page = await view.page().context().newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!,
          gr = data[i + 1]!,
          b = data[i + 2]!;
        if (Math.max(r, gr, b) - Math.min(r, gr, b) > 40) n++;
      }
      return n;
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

/**
 * Whether `word` is laid out after (to the right of) the element whose text is `name`, inside
 * `scope` (a selector; shadow roots are searched too): false when a bidi control inside `name`
 * leaks out and reorders the text after it.
 */
export async function followsInLayout(page: Page, scope: string, name: string, word: string): Promise<boolean> {
  return page.evaluate(
    ([scope, name, word]) => {
      const roots: ParentNode[] = [document];
      for (const el of document.querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
      const box = roots.map((r) => r.querySelector(scope)).find(Boolean);
      if (!box) throw new Error(`no ${scope}`);
      const mark = [...box.querySelectorAll("mark")].find((m) => m.textContent === name);
      if (!mark) throw new Error(`no mark for ${name}`);
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(word);
        if (at < 0 || !(mark.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word.length);
        const w = range.getBoundingClientRect();
        const m = mark.getBoundingClientRect();
        // on a later line (wrapped), or on the same line to the right
        return w.top >= m.bottom - 1 || (Math.abs(w.top - m.top) < m.height / 2 && w.left >= m.right - 1);
      }
      throw new Error(`no ${word} after ${name}`);
    },
    [scope, name, word] as const,
  );
}
