// The one way tests and benchmarks start Chromium: Debian's binary, headless, no network
// chatter, a fresh profile directory per launch, removed again on close.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** prefix of the temporary profile directory's name */
  profilePrefix?: string;
}

export interface Chromium {
  context: BrowserContext;
  /** closes the browser and deletes its profile */
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), options.profilePrefix ?? "newsgraph-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      acceptDownloads: options.acceptDownloads ?? false,
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
