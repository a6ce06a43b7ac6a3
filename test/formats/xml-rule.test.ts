// The one XML rule (src/formats/xml.ts checkXmlShape), in Node; browser.test.ts runs the same
// cases in Chromium and expects the same outcomes.
import { describe, expect, it } from "vitest";
import { importGraph } from "../../src/formats/index";
import { XML_CASES } from "./xml-cases";

describe("XML files accepted and refused by one rule", () => {
  for (const c of XML_CASES) {
    it(c.name, () => {
      if (c.refused) expect(() => importGraph(c.text, c.fileName)).toThrow(c.refused);
      else expect(importGraph(c.text, c.fileName).order).toBe(c.nodes);
    });
  }
});

describe("the character rule", () => {
  it("names the line and column (UTF-16 units from 1) and shortens a long reference", () => {
    const text = `<?xml version="1.0"?>\n<graphml>\n  <graph><node id="a${"&#" + "0".repeat(5_000_000)}1;"/></graph></graphml>`;
    expect(() => importGraph(text, "g.graphml")).toThrow(
      /^GraphML: not well-formed XML: &#00000000000000…; \(line 3, column 21\) refers to U\+0001, a character XML 1\.0 does not allow$/,
    );
  });

  it("is one pass: many elements, with or without '&' in comments, before a bad reference at the end", () => {
    // searching each stretch of text for '&' from its own start would scan to the end each time: quadratic
    for (const element of ["<n/>", "<n/><!-- & -->"]) {
      for (const tail of ["&#1;", "\u0001", "&nbsp;"]) {
        const text = `<graphml><graph>${element.repeat(300_000)}<node id="a">${tail}</node></graph></graphml>`;
        const start = performance.now();
        expect(() => importGraph(text, "many.graphml")).toThrow(
          /^GraphML: not well-formed XML: .*\(line 1, column \d+\)/,
        );
        expect(performance.now() - start).toBeLessThan(2_000);
      }
    }
  });
});
