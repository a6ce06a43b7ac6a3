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
