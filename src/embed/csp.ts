// Content-Security-Policy hash sources for the inline <script> and <style> elements of the
// self-contained pages, so their policy allows exactly those elements and no 'unsafe-inline'.
// Pure (SHA-256 from @noble/hashes, no node:crypto, no Web Crypto): runs in Node and browsers,
// synchronously, and gives the same bytes for the same text everywhere.
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? BASE64[n & 63]! : "=";
  }
  return out;
}

/**
 * The element text as the browser hashes it: the HTML parser turns CRLF and lone CR into LF
 * (and NUL in script or style text into U+FFFD) before the text reaches the element.
 */
export function parsedElementText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\0/g, "\ufffd");
}

/** `'sha256-…'`: the CSP hash source of an inline element whose text (between the tags) is `text`. */
export function cspHashSource(text: string): string {
  return `'sha256-${toBase64(sha256(utf8ToBytes(parsedElementText(text))))}'`;
}

export interface InlineContent {
  /** texts of the inline classic scripts the page runs (data blocks such as JSON are not run and not listed) */
  scripts: readonly string[];
  /** texts of the inline <style> elements */
  styles: readonly string[];
}

/** Hash sources of the texts, in first-seen order without repeats (the policy stays deterministic). */
function hashList(texts: readonly string[]): string {
  return [...new Set(texts.map(cspHashSource))].join(" ");
}

/**
 * The pages' policy: nothing from the network, scripts and styles only the page's own inline ones
 * (by hash), images only data: and blob: URLs, workers only blob: (the layout worker).
 * With no 'unsafe-inline', markup injected at run time cannot run script: no inline event
 * handler, no javascript: URL, no new inline script. Style attributes in markup are refused too;
 * the viewer sets styles through the CSSOM (element.style) and adopted stylesheets, which CSP allows.
 */
export function contentSecurityPolicy(inline: InlineContent): string {
  const list = (texts: readonly string[]) => (texts.length ? hashList(texts) : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(inline.scripts)}`,
    `style-src ${list(inline.styles)}`,
    "img-src data: blob:",
    "worker-src blob:",
    "connect-src 'none'",
  ].join("; ");
}
