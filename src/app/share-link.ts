// A pasted article travels in the link itself: deflated and base64url-encoded into the hash
// (#…&a=…), so the link rebuilds the same graph in any browser, with no server. Browsers
// accept long URLs, but chat apps and mail clients cut them: past MAX_LINK_CHARS, no link.

export const MAX_LINK_CHARS = 32_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The article as a hash parameter value, or null when it would make the link too long. */
export async function encodeArticle(text: string): Promise<string | null> {
  const packed = toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw")));
  return packed.length <= MAX_LINK_CHARS ? packed : null;
}

/** The article back from the link; throws a readable Error on a damaged link. */
export async function decodeArticle(value: string): Promise<string> {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(
      await pipe(fromBase64Url(value), new DecompressionStream("deflate-raw")),
    );
  } catch {
    throw new Error("the article in this link is damaged (cut short when it was copied?)");
  }
}
