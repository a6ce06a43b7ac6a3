// Input text is normalised once, at extractGraph's boundary (line breaks to "\n", format
// characters removed), and the graph's evidence still points into the original text, which the
// graph keeps as `source.text`. Every article here is invented.
import { describe, expect, it } from "vitest";
import "../../src/models/node-register";
import { buildGraph } from "../../src/build";
import { extractGraph } from "../../src/extract/index";
import { normaliseInput } from "../../src/extract/normalise-input";
import { SECTION_CHARS, sectionCuts } from "../../src/extract/sections";
import { evidenceProblem, type Evidence } from "../../src/schema/graph";
import type { NewsGraph } from "../../src/schema/model";

const ARTICLE = [
  "Ferry strike halts crossings to Quenmar island",
  "",
  "Transport Minister Halvard Osterlind met union leader Brisa Talmadge in Copenhagen on Tuesday. Osterlind said the talks had gone well, and Talmadge thanked the ferry crews.",
  "",
  "The Quenmar Ferry Company said its boats would stay in port until Friday. Osterlind later visited Oslo.",
  "",
].join("\n");

const FORMAT_CHARS = [
  "\u200B", // zero-width space
  "\u200C", // zero-width non-joiner
  "\u200D", // zero-width joiner
  "\u2060", // word joiner
  "\u00AD", // soft hyphen
  "\uFEFF", // BOM / zero-width no-break space
  "\u200E", // left-to-right mark
  "\u200F", // right-to-left mark
  "\u061C", // Arabic letter mark
  "\u202A", // LRE
  "\u202E", // RLO
  "\u2066", // LRI
  "\u2069", // PDI
];
const FORMAT = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** The original's characters as the pipeline reads them (a CR, a format character, an LF: two line breaks). */
const clean = (s: string) =>
  s
    .replace(/\r\n?|[\u0085\u2028]/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(FORMAT, "");

const evidenceLists = (g: NewsGraph) => [
  ...g.mapNodes((key, a) => ({ key, evidence: a.evidence })),
  ...g.mapEdges((key, a) => ({ key, evidence: a.evidence })),
];
const summary = (g: NewsGraph) => ({
  title: g.getAttribute("title"),
  nodes: g.mapNodes((key, a) => `${key} ${a.label} ×${a.mentions} [${a.aliases.join(", ")}]`),
  edges: g.mapEdges((key, a) => `${key} ×${a.mentions}`),
});

/** Every evidence item inside the text, neither span reversed, each list in text order. */
function expectOffsetsInRange(g: NewsGraph): void {
  const text = g.getAttribute("source").text;
  const problems: string[] = []; // collected, not one expect an item: a long text has tens of thousands
  for (const { key, evidence } of evidenceLists(g)) {
    let previous: Evidence | undefined;
    for (const ev of evidence) {
      const problem =
        evidenceProblem(ev, text.length) ??
        (ev.sentenceStart > ev.start || ev.end > ev.sentenceEnd
          ? "the mention sticks out of its sentence"
          : undefined) ??
        (previous && !(previous.start < ev.start || (previous.start === ev.start && previous.end < ev.end))
          ? "out of text order"
          : undefined);
      if (problem) problems.push(`${key} ${JSON.stringify(ev)}: ${problem}`);
      previous = ev;
    }
  }
  expect(problems).toEqual([]);
}

/** `dirty`'s graph is `plain`'s, its evidence slicing the original to the same words once cleaned. */
function expectSameGraph(dirty: string, plain: string): NewsGraph {
  const a = extractGraph(dirty, { name: "a.txt" });
  const b = extractGraph(plain, { name: "a.txt" });
  expect(a.getAttribute("source").text).toBe(dirty);
  expect(summary(a)).toEqual(summary(b));
  const evB = new Map(evidenceLists(b).map((l) => [l.key, l.evidence]));
  for (const { key, evidence } of evidenceLists(a)) {
    const other = evB.get(key)!;
    expect(evidence.length, key).toBe(other.length);
    evidence.forEach((ev, i) => {
      const o = other[i];
      expect(clean(dirty.slice(ev.start, ev.end)), key).toBe(plain.slice(o.start, o.end));
      expect(clean(dirty.slice(ev.sentenceStart, ev.sentenceEnd)), key).toBe(
        plain.slice(o.sentenceStart, o.sentenceEnd),
      );
    });
  }
  expectOffsetsInRange(a);
  return a;
}

/** mulberry32: a small seeded generator, so the random cases are the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("normaliseInput", () => {
  it("returns a text without line-break or format characters as it is, offsets mapped to themselves", () => {
    const input = normaliseInput(ARTICLE);
    expect(input.changed).toBe(false);
    expect(input.text).toBe(ARTICLE);
    expect([input.startToOriginal(17), input.endToOriginal(17)]).toEqual([17, 17]);
  });

  it('turns every line break into "\\n" (a paragraph separator into a blank line) and drops format characters', () => {
    expect(normaliseInput("a\rb\r\nc\u2028d\u0085e\u2029f").text).toBe("a\nb\nc\nd\ne\n\nf");
    expect(normaliseInput("\u200BPu\u200B\u200Dtin\u00AD\u200E").text).toBe("Putin");
    expect(normaliseInput("\r\n\r\n").text).toBe("\n\n");
  });

  it("maps a span's start to its first kept character and its end past its last, keeping what lies between", () => {
    const original = "Mr \u200EPu\u200B\u2060tin\u200F said";
    const input = normaliseInput(original);
    expect(input.text).toBe("Mr Putin said");
    const [start, end] = [input.startToOriginal(3), input.endToOriginal(8)];
    expect(original.slice(start, end)).toBe("Pu\u200B\u2060tin");
    expect(original.slice(input.startToOriginal(9), input.endToOriginal(13))).toBe("said");
    expect(input.startToOriginal(0)).toBe(0);
    expect(input.endToOriginal(input.text.length)).toBe(original.length);
  });

  it("maps offsets after CRLF, CR, NEL, separators and a removed run at the start", () => {
    const original = "\uFEFF\u200BOne\r\nTwo\rThree\u2029Four\u0085Five\u2028Six\r\n";
    const input = normaliseInput(original);
    expect(input.text).toBe("One\nTwo\nThree\n\nFour\nFive\nSix\n");
    for (const word of ["One", "Two", "Three", "Four", "Five", "Six"]) {
      const n = input.text.indexOf(word);
      expect(original.slice(input.startToOriginal(n), input.endToOriginal(n + word.length))).toBe(word);
    }
  });

  it("maps every offset into the original, both maps nondecreasing", () => {
    const rand = random(7);
    const pieces = ["a", "b", " ", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", ...FORMAT_CHARS];
    for (let round = 0; round < 50; round++) {
      let original = "";
      for (let i = 0; i < 40; i++) original += pieces[Math.floor(rand() * pieces.length)];
      const input = normaliseInput(original);
      expect(input.text).toBe(clean(original));
      let [lastStart, lastEnd] = [0, 0];
      for (let n = 0; n <= input.text.length; n++) {
        const [s, e] = [input.startToOriginal(n), input.endToOriginal(n)];
        expect(s).toBeGreaterThanOrEqual(lastStart);
        expect(e).toBeGreaterThanOrEqual(lastEnd);
        expect(s).toBeLessThanOrEqual(original.length);
        [lastStart, lastEnd] = [s, e];
        // a kept letter is where its start says, and ends where its end says
        if (n < input.text.length && /[ab ]/.test(input.text[n])) {
          expect(original[s]).toBe(input.text[n]);
          expect(input.endToOriginal(n + 1)).toBe(s + 1);
        }
      }
      expect(input.endToOriginal(input.text.length)).toBe(
        original.replace(/[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+$/, "").length,
      );
    }
  });
});

describe("extractGraph's line breaks", () => {
  const variants: [string, string][] = [
    ["CR only", ARTICLE.replace(/\n/g, "\r")],
    ["CRLF", ARTICLE.replace(/\n/g, "\r\n")],
    ["U+2028 LINE SEPARATOR", ARTICLE.replace(/\n/g, "\u2028")],
    ["U+2029 PARAGRAPH SEPARATOR for each line break", ARTICLE.replace(/\n/g, "\u2029")],
    [
      "U+2029 between paragraphs, U+2028 ending the last line",
      ARTICLE.replace(/\n\n/g, "\u2029").replace(/\n/g, "\u2028"),
    ],
    ["U+0085 NEL", ARTICLE.replace(/\n/g, "\u0085")],
  ];

  it.each(variants)("reads %s as line breaks: the same title, entities and mention counts", (_, text) => {
    const g = extractGraph(text, { name: "a.txt" });
    const plain = extractGraph(ARTICLE, { name: "a.txt" });
    expect(g.getAttribute("title")).toBe("Ferry strike halts crossings to Quenmar island");
    expect(g.getAttribute("source").text).toBe(text);
    expect(summary(g)).toEqual(summary(plain));
    expect(g.getNodeAttribute("person:halvard-osterlind", "mentions")).toBe(3);
    expectOffsetsInRange(g);
    for (const { evidence } of evidenceLists(g))
      for (const ev of evidence) expect(text.slice(ev.start, ev.end)).toMatch(/^\S(.*\S)?$/su);
  });

  it("keeps evidence slicing the original to the same words", () => {
    for (const [, text] of variants) expectSameGraph(text, text.includes("\u2029") ? clean(text) : ARTICLE);
  });
});

describe("extractGraph's format characters", () => {
  it.each(FORMAT_CHARS.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, c]))(
    "%s inside a person's name leaves the name whole, its evidence the original's characters",
    (_, c) => {
      const text = ARTICLE.replace(/Osterlind/g, `Oster${c}lind`).replace("Brisa", `Br${c}isa`);
      const g = expectSameGraph(text, ARTICLE);
      expect(g.hasNode("person:halvard-osterlind")).toBe(true);
      expect(g.getNodeAttribute("person:halvard-osterlind", "label")).toBe("Halvard Osterlind");
      expect(g.getNodeAttribute("person:brisa-talmadge", "label")).toBe("Brisa Talmadge");
      const slices = g
        .getNodeAttribute("person:halvard-osterlind", "evidence")
        .map((ev) => text.slice(ev.start, ev.end));
      expect(slices).toEqual([`Halvard Oster${c}lind`, `Oster${c}lind`, `Oster${c}lind`]);
      const [brisa] = g.getNodeAttribute("person:brisa-talmadge", "evidence");
      expect(text.slice(brisa.start, brisa.end)).toBe(`Br${c}isa Talmadge`);
    },
  );

  it("leaves a format character just outside a name out of its span", () => {
    const text = ARTICLE.replace("Halvard Osterlind", "\u200E\u2066Halvard Osterlind\u2069\u200B");
    const g = expectSameGraph(text, ARTICLE);
    const [first] = g.getNodeAttribute("person:halvard-osterlind", "evidence");
    expect(text.slice(first.start, first.end)).toBe("Halvard Osterlind");
  });

  it("goes through the same boundary in buildGraph (the CLI's and the paste box's build)", () => {
    const text = ARTICLE.replace(/\n/g, "\r").replace(/Talmadge/g, "Tal\u200Bmadge");
    const g = buildGraph(text, { name: "pasted.txt" });
    expect(g.getAttribute("source").text).toBe(text);
    expect(g.getAttribute("title")).toBe("Ferry strike halts crossings to Quenmar island");
    expect(g.getNodeAttribute("person:brisa-talmadge", "mentions")).toBe(2);
    expectOffsetsInRange(g);
  });

  it("gives every evidence slice the clean text's words, over seeded random insertions and line breaks", () => {
    const rand = random(20260314);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
    const breaks = ["\n", "\r", "\r\n", "\u2028", "\u0085"];
    for (let round = 0; round < 24; round++) {
      let text = "";
      for (let i = 0; i < ARTICLE.length; i++) {
        if (ARTICLE.startsWith("\n\n", i) && rand() < 0.3) {
          text += "\u2029";
          i++;
        } else if (ARTICLE[i] === "\n") {
          // one kind of break for a blank line's two: "\r" then "\n" would read as one CRLF
          const kind = pick(breaks);
          const blank = ARTICLE[i + 1] === "\n";
          text += blank ? kind + (rand() < 0.5 ? pick(FORMAT_CHARS) : "") + kind : kind;
          if (blank) i++;
        } else text += ARTICLE[i];
        while (rand() < 0.06) text += pick(FORMAT_CHARS);
      }
      expect(clean(text)).toBe(ARTICLE);
      expectSameGraph(text, ARTICLE);
    }
  });
});

describe("a text read in sections", () => {
  it("maps the evidence of every section into the original", () => {
    const sentences = [
      "Mayor Ottoline Grevsen met Senator Piet Vandermolen in Antwerp on Monday.",
      "Grevsen said the dredging plan was ready.",
    ];
    const paragraph = sentences.join(" ") + "\n\n";
    const repeats = Math.ceil((SECTION_CHARS * 1.1) / paragraph.length);
    const text = paragraph
      .repeat(repeats)
      .replace(/\n/g, "\r")
      .replace(/Grevsen/g, "Grev\u200Bsen")
      .replace(/Piet/g, "Pi\u00ADet");
    // sections are cut at the blank lines the CRs make, which the old code did not see
    expect(sectionCuts(clean(text)).length).toBeGreaterThan(2);
    const g = extractGraph(text, { name: "long.txt" });
    expect(g.getAttribute("source").text).toBe(text);
    expect(g.getNodeAttribute("person:ottoline-grevsen", "mentions")).toBe(2 * repeats);
    expect(g.getNodeAttribute("person:piet-vandermolen", "mentions")).toBe(repeats);
    const last = g.getNodeAttribute("person:piet-vandermolen", "evidence").at(-1)!;
    expect(last.end).toBeGreaterThan(SECTION_CHARS);
    expect(text.slice(last.start, last.end)).toBe("Pi\u00ADet Vandermolen");
    expectOffsetsInRange(g);
    const wrong: string[] = [];
    for (const { key, evidence } of evidenceLists(g)) {
      // an entity's evidence is its name, an event's (and its participants') the trigger
      const node = g.hasNode(key) ? key : g.source(key);
      const names =
        g.getNodeAttribute(node, "type") === "event"
          ? ["met"]
          : [g.getNodeAttribute(node, "label"), ...g.getNodeAttribute(node, "aliases")];
      for (const ev of evidence) {
        const sentence = clean(text.slice(ev.sentenceStart, ev.sentenceEnd));
        const words = clean(text.slice(ev.start, ev.end));
        if (!sentences.includes(sentence) || !sentence.includes(words) || !names.includes(words))
          wrong.push(`${key}: ${JSON.stringify(words)} in ${JSON.stringify(sentence)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
