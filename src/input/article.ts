// Turning raw bytes into article text, with a clear error for anything that is not
// an article. Browser-safe: the viewer's paste/open uses it as well as the CLI.

import { MAX_ARTICLE_BYTES } from "./limits";

export { MAX_ARTICLE_BYTES, MAX_GRAPH_BYTES, MAX_GRAPH_CHARS } from "./limits";

export class InputError extends Error {
  override name = "InputError";
}

/** What every reader says of a file that is not UTF-8 (the CLI, the app's worker, articles and graphs alike). */
export const notUtf8 = (name: string): string => `${name} is not valid UTF-8 text; save it as UTF-8 and try again`;

/** Decodes UTF-8 bytes (a BOM is dropped) and checks the result is usable article text. */
export function decodeArticle(bytes: Uint8Array, name = "input"): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(
      `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; articles up to ${MAX_ARTICLE_BYTES / 1048576} MB are accepted`,
    );
  }
  if (bytes.includes(0)) throw new InputError(`${name} looks binary (it contains NUL bytes), not plain text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(notUtf8(name));
  }
  return checkArticleText(text, name);
}

/** Checks already-decoded text: not empty, not mostly control characters. */
export function checkArticleText(text: string, name = "input"): string {
  if (!/\S/.test(text)) throw new InputError(`${name} is empty: there is no text to build a graph from`);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 16 && control / text.length > 0.01) {
    throw new InputError(`${name} looks binary (${control} control characters), not plain text`);
  }
  return text;
}
