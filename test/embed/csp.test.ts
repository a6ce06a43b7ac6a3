// The Content-Security-Policy of the embed and report pages: scripts and styles are allowed
// only by the hashes of the page's own inline elements (recomputed here with node:crypto),
// with no 'unsafe-inline' and nothing else that could let other script run.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cspHashSource } from "../../src/embed/csp";
import { buildEmbedHtml } from "../../src/embed/index";
import { buildReportHtml } from "../../src/report/index";
import { hostileGraph, plainGraph } from "./fixture";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

interface Inline {
  attrs: string;
  text: string;
}

function inlineElements(html: string, tag: "script" | "style"): Inline[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  return [...html.matchAll(re)].map((m) => ({ attrs: m[1] ?? "", text: m[2]! }));
}

/** Scripts the browser runs: no type, or a JavaScript type (a JSON data block is never run). */
const runs = (s: Inline) =>
  !/\btype=/i.test(s.attrs) || /\btype="(module|(text|application)\/javascript)"/i.test(s.attrs);

function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/gi)];
  expect(metas).toHaveLength(1);
  // the policy governs only what the parser meets after it: it comes before every style and script
  const at = metas[0]!.index;
  expect(at).toBeLessThan(html.search(/<style[\s>]/i));
  expect(at).toBeLessThan(html.search(/<script[\s>]/i));
  const policy = new Map<string, string[]>();
  for (const directive of metas[0]![1]!.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name.toLowerCase()), `${name} given twice`).toBe(false);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Names of the attributes of every start tag in the markup (script and style text left out). */
function attributeNames(html: string): Set<string> {
  const markup = html
    .replace(/<script(\s[^>]*)?>[\s\S]*?<\/script>/gi, "<script>")
    .replace(/<style>[\s\S]*?<\/style>/gi, "<style>");
  const names = new Set<string>();
  for (const tag of markup.matchAll(
    /<[a-z][\w-]*((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi,
  )) {
    for (const attr of tag[1]!.matchAll(/\s+([^\s"'>\/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
      names.add(attr[1]!.toLowerCase());
    }
  }
  return names;
}

const pages: [string, () => Promise<string>][] = [
  ["embed", () => buildEmbedHtml(plainGraph())],
  ["compact embed", () => buildEmbedHtml(plainGraph(), { compact: true, height: "360px", title: "Compact" })],
  ["embed of hostile text", () => buildEmbedHtml(hostileGraph())],
  ["report", () => buildReportHtml(plainGraph())],
  ["report of hostile text", () => buildReportHtml(hostileGraph())],
];

describe("content security policy", () => {
  it.each(pages)("%s: scripts and styles only by the hashes of its own inline elements", async (_name, build) => {
    const html = await build();
    const policy = policyOf(html);
    expect(html).not.toContain("unsafe-inline");
    expect(policy.get("default-src")).toEqual(["'none'"]);
    // no directive that would take over from script-src/style-src for elements or attributes
    for (const name of ["script-src-elem", "script-src-attr", "style-src-elem", "style-src-attr"]) {
      expect(policy.has(name), name).toBe(false);
    }

    const scripts = inlineElements(html, "script");
    const run = scripts.filter(runs);
    expect(run.length).toBeGreaterThan(0); // the viewer bundle
    // the rest are the graph's JSON data blocks
    for (const s of scripts.filter((s) => !runs(s))) expect(s.attrs).toBe(' type="application/json"');
    // exactly the hashes of the scripts the page runs: no keyword, host, scheme or nonce besides
    expect([...policy.get("script-src")!].sort()).toEqual([...new Set(run.map((s) => sha256(s.text)))].sort());

    const styles = inlineElements(html, "style");
    expect(styles.length).toBeGreaterThan(0);
    expect([...policy.get("style-src")!].sort()).toEqual([...new Set(styles.map((s) => sha256(s.text)))].sort());

    // what the policy would refuse is not in the markup: no style attributes, no event handlers
    const attributes = attributeNames(html);
    expect(attributes.has("http-equiv") && attributes.has("lang")).toBe(true); // the attributes were found
    expect([...attributes].filter((a) => a === "style" || /^on/.test(a))).toEqual([]);
    expect(policy.get("img-src")).toEqual(["data:", "blob:"]);
    expect(policy.get("worker-src")).toEqual(["blob:"]);
    expect(policy.get("connect-src")).toEqual(["'none'"]);
  });

  it("is part of the deterministic output", async () => {
    expect(await buildEmbedHtml(plainGraph())).toBe(await buildEmbedHtml(plainGraph()));
    expect(await buildReportHtml(hostileGraph())).toBe(await buildReportHtml(hostileGraph()));
  });
});

describe("cspHashSource", () => {
  it("is the base64 SHA-256 of the UTF-8 text, as node:crypto computes it", () => {
    // lengths 0, 1, 2, 3 mod 3 cover every base64 padding case; non-ASCII checks the UTF-8
    for (const text of ["", "a", "ab", "abc", "abcd", "body{margin:0}", "ünïcödé 🚀 محمد", "x".repeat(1000)]) {
      expect(cspHashSource(text)).toBe(sha256(text));
    }
  });

  it("hashes the text the browser sees: line breaks as the HTML parser normalises them", () => {
    expect(cspHashSource("a\r\nb\rc")).toBe(sha256("a\nb\nc"));
    expect(cspHashSource("a\0b")).toBe(sha256("a\ufffdb"));
  });
});
