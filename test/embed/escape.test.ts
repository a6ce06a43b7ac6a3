import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript, scriptForInline, styleForInline } from "../../src/embed/escape";
import { packGraph, unpackGraph } from "../../src/embed/pack";
import { serializeGraph } from "../../src/schema/model";
import { hostileGraph, plainGraph, HOSTILE } from "./fixture";

describe("escapeHtml", () => {
  it("escapes markup characters and replaces control characters", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(escapeHtml("a\u0000b\u001bc\nd")).toBe("a\ufffdb\ufffdc\nd");
    expect(escapeHtml(HOSTILE.emoji)).toBe(HOSTILE.emoji);
    expect(escapeHtml(HOSTILE.rtl)).toBe(HOSTILE.rtl);
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element and still parses back to the same value", () => {
    const value = { a: "</script><script>alert(1)</script>", b: "<!-- x -->", c: "a&b", d: "\u2028\u2029" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("scriptForInline", () => {
  it("removes </script and <!-- but keeps the meaning of string and regex literals", () => {
    const js = `var a = "</script><!--"; var r = /<!--|<\\/script/u; var t = \`</SCRIPT>\`; globalThis.out = [a, r.test("<!--"), t];`;
    const safe = scriptForInline(js);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    const out = new Function(`${safe}; return globalThis.out;`)() as unknown[];
    expect(out).toEqual(["</script><!--", true, "</SCRIPT>"]);
  });
  it("styleForInline removes </style", () => {
    expect(styleForInline(`a::after{content:"</style>"}`)).not.toMatch(/<\/style/i);
  });
});

describe("packGraph", () => {
  it("round-trips a graph losslessly", () => {
    for (const graph of [plainGraph(), hostileGraph()]) {
      const data = serializeGraph(graph);
      const packed = packGraph(data);
      expect(unpackGraph(JSON.parse(JSON.stringify(packed)))).toEqual(data);
    }
  });
  it("stores sentences as offsets, so packed JSON is smaller", () => {
    const data = serializeGraph(plainGraph());
    const packed = JSON.stringify(packGraph(data));
    expect(packed.length).toBeLessThan(JSON.stringify(data).length);
    expect(packed).not.toContain('"sentence"');
  });
  it("keeps evidence it does not know as it is", () => {
    const data = serializeGraph(plainGraph());
    (data.nodes[0]!.attributes.evidence as unknown[])[0] = { start: 0, end: 1, note: "foreign" };
    expect(unpackGraph(packGraph(data))).toEqual(data);
  });
  it("passes a plain graph through", () => {
    const data = serializeGraph(plainGraph());
    expect(unpackGraph(data)).toBe(data);
  });
});
