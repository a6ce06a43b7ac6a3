// The one dateline reading the stages share (src/extract/dateline.ts).
import { describe, expect, it } from "vitest";
import { datelineLength } from "../../src/extract/dateline";
import { segment } from "../../src/extract/segment";

const firstSentence = (text: string) => {
  const doc = segment(text);
  const s = doc.sentences[0];
  return doc.tokens.slice(s.tokenStart, s.tokenEnd);
};
const words = (text: string) => {
  const tokens = firstSentence(text);
  return tokens
    .slice(0, datelineLength(tokens))
    .map((t) => t.text)
    .join(" ");
};

describe("datelineLength", () => {
  it("takes a city, its country or state and the dash", () => {
    expect(words("TALLINN, Estonia — The port reopened on Monday.")).toBe("TALLINN , Estonia —");
    expect(words("ST. PAUL, Minn. — The council voted on Monday.")).toMatch(/^ST\. PAUL , Minn\.? ?\.? ?—$/);
    expect(words("LISBON -- The port reopened.")).toBe("LISBON - -");
  });

  it("takes the wire's date and name with it", () => {
    expect(words("KORVEN, Feb. 3 (Agency) — The port reopened.")).toBe("KORVEN , Feb. 3 ( Agency ) —");
    expect(words("KORVEN, Estland, Oct 29 (Wire Service) — The port reopened.")).toBe(
      "KORVEN , Estland , Oct 29 ( Wire Service ) —",
    );
    expect(words("KORVEN, Estland (April 22, 2026) — The port reopened.")).toBe(
      "KORVEN , Estland ( April 22 , 2026 ) —",
    );
    expect(words("KORVEN (Agency) - The port reopened.")).toBe("KORVEN ( Agency ) -");
  });

  it("finds none where the sentence opens with words of its own, or with the dash", () => {
    expect(datelineLength(firstSentence("The port reopened on Monday — after a strike."))).toBe(0);
    expect(datelineLength(firstSentence("— The port reopened."))).toBe(0);
    expect(datelineLength(firstSentence("In 2020 the port (then closed) - it was said - reopened."))).toBe(0);
    expect(
      datelineLength(
        firstSentence(
          "Officials in Tallinn, Estonia and Riga, Latvia said on Monday the ports — all of them — had reopened.",
        ),
      ),
    ).toBe(0);
  });
});
