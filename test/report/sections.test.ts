import { describe, expect, it } from "vitest";
import { articleHtml } from "../../src/report/article";
import { flattenSpans, mentionSpans } from "../../src/spans/mentions";
import { compareDates, dateKey, entityTableHtml, timelineHtml } from "../../src/report/sections";
import { hostileGraph, plainGraph, HOSTILE } from "../embed/fixture";

describe("entity table", () => {
  it("has one row per entity, by type then mentions, with role, mentions and aliases", () => {
    const html = entityTableHtml(plainGraph());
    const rows = html.match(/<tr class="ng-entity"[^>]*>.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => /data-type="(\w+)"/.exec(r)![1])).toEqual([
      "person",
      "person",
      "country",
      "country",
      "place",
      "organization",
    ]);
    expect(rows[0]).toContain("Anna Berg");
    expect(rows[0]).toContain("President");
    expect(rows[2]).toMatch(/Freedonia.*<td class="num">2<\/td>/);
    expect(rows[1]).toContain('<span class="ng-alias">Keller said</span>');
    expect(html).not.toContain("trade agreement");
  });
});

describe("timeline", () => {
  it("lists events in text order with the date as written and participants", () => {
    const html = timelineHtml(plainGraph());
    const items = html.match(/<li class="ng-event">.*?<\/li><\/ul>/g) ?? [];
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('<span class="ng-date">on Monday</span>');
    expect(items[0]).toMatch(/Anna Berg <span class="ng-role">agent<\/span>/);
    expect(items[0]).toContain("in Geneva");
    expect(items[1]).toContain('<span class="ng-date">on Tuesday</span>');
    expect(items[1]).toMatch(/Sylvania <span class="ng-role">agent<\/span>/);
  });
  it("sorts events by their normalised date (isoDate) where there is one, before undated ones", () => {
    const graph = plainGraph();
    const order = () =>
      (timelineHtml(graph).match(/<li class="ng-event">.*?<\/li><\/ul>/g) ?? []).map((item) =>
        item.includes("trade agreement") ? "agreement" : "meeting",
      );
    expect(order()).toEqual(["meeting", "agreement"]); // text order
    // the later event in the text happened first
    graph.setNodeAttribute("ev-agreement", "isoDate", "2024-03-01");
    graph.setNodeAttribute("ev-meeting", "isoDate", "2024-03-04");
    expect(order()).toEqual(["agreement", "meeting"]);
    // a range sorts by its start: the week of 2024-03-02 comes before the 4th
    graph.setNodeAttribute("ev-agreement", "isoDate", "2024-03-02/2024-03-08");
    expect(order()).toEqual(["agreement", "meeting"]);
    // a year, a month: before the days in them
    graph.setNodeAttribute("ev-agreement", "isoDate", "2024");
    expect(order()).toEqual(["agreement", "meeting"]);
    // an event without one comes after the dated ones, whatever the text order
    graph.removeNodeAttribute("ev-agreement", "isoDate");
    graph.setNodeAttribute("ev-meeting", "isoDate", "2024-03-04");
    expect(order()).toEqual(["meeting", "agreement"]);
    graph.removeNodeAttribute("ev-meeting", "isoDate");
    graph.setNodeAttribute("ev-agreement", "isoDate", "2024-03-01");
    expect(order()).toEqual(["agreement", "meeting"]);
  });
  it("orders date keys: by start, a month before its days, a single date before a range from it", () => {
    const keys = [
      "2025-03-10/2025-03-16",
      "2025-03-05",
      null,
      "2025-03",
      "2024",
      "2025-03/2025-04",
      "2025-03-10",
      "2025-02-28",
    ];
    expect([...keys].sort(compareDates)).toEqual([
      "2024",
      "2025-02-28",
      "2025-03",
      "2025-03/2025-04",
      "2025-03-05",
      "2025-03-10",
      "2025-03-10/2025-03-16",
      null,
    ]);
    expect(dateKey({ isoDate: "2025-03-10/2025-03-16" })).toBe("2025-03-10/2025-03-16");
    expect(dateKey({ isoDate: "2024-05", date: "1999" })).toBe("2024-05");
    expect(dateKey({ date: "2023-11-02" })).toBe("2023-11-02"); // an older graph: the date as written is ISO
    expect(dateKey({ date: "on Monday" })).toBeNull();
    expect(dateKey({ isoDate: "soon" })).toBeNull();
  });
  it("marks events without a date", () => {
    const graph = plainGraph();
    graph.removeNodeAttribute("ev-meeting", "date");
    expect(timelineHtml(graph)).toContain("date not stated");
  });
});

describe("article", () => {
  /** [start, end, node type] of every <mark> in the article html, nested ones included, in document order */
  const marksOf = (html: string): Array<[number, number, string]> => {
    const out: Array<[number, number, string]> = [];
    const open: Array<[number, string]> = [];
    let at = 0;
    for (const piece of html.replace(/^<div class="ng-article">|<\/div>$/g, "").split(/(<mark [^>]*>|<\/mark>)/)) {
      if (piece.startsWith("<mark")) open.push([at, /class="ng-mention t-(\w+)"/.exec(piece)![1]!]);
      else if (piece === "</mark>") {
        const [start, type] = open.pop()!;
        out.push([start, at, type]);
      } else at += piece.replace(/&(amp|lt|gt|quot|#39);/g, "x").length;
    }
    return out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  };

  it("highlights every entity mention at its offsets, from the spans the viewer uses", () => {
    const graph = plainGraph();
    const text = graph.getAttribute("source").text;
    const forest = mentionSpans(graph);
    // top-level spans do not overlap; all of them, nested ones included, are marked
    for (let i = 1; i < forest.length; i++) expect(forest[i]!.start).toBeGreaterThanOrEqual(forest[i - 1]!.end);
    const spans = flattenSpans(forest);
    const entityMentions = graph.reduceNodes((n, _k, a) => n + (a.type === "event" ? 0 : a.evidence.length), 0);
    expect(spans.filter((s) => s.type !== "event")).toHaveLength(entityMentions);
    const { html, anchors } = articleHtml(graph);
    expect(marksOf(html)).toEqual(spans.map((s) => [s.start, s.end, s.type]));
    // removing the markup gives back the text exactly
    const plain = html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");
    expect(plain).toBe(text);
    expect(html).toContain(
      `<mark id="${anchors.get("geneva")}" class="ng-mention t-place" title="Geneva · Place">Geneva</mark>`,
    );
  });

  it("nests a mention inside another, as the viewer does, instead of dropping it", () => {
    // the old report kept only the longer of two overlapping spans: Freedonia inside the ministry's name was lost
    const graph = plainGraph();
    const text = graph.getAttribute("source").text;
    const at = text.indexOf("Freedonia");
    graph.addNode("org:ministry", {
      label: "Freedonia ministry",
      type: "organization",
      aliases: [],
      mentions: 1,
      evidence: [{ start: at, end: at + "Freedonia".length + 4, sentenceStart: 0, sentenceEnd: 10 }],
    });
    const { html } = articleHtml(graph);
    expect(html).toMatch(
      /<mark id="[^"]+" class="ng-mention t-organization"[^>]*><mark id="[^"]+" class="ng-mention t-country"[^>]*>Freedonia<\/mark>/,
    );
    expect(marksOf(html)).toEqual(flattenSpans(mentionSpans(graph)).map((s) => [s.start, s.end, s.type]));
    expect(html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")).toBe(text);
  });
});

describe("article end", () => {
  it("keeps blank lines ending the text, in a span that collapses them (they printed as an empty page)", () => {
    const graph = plainGraph();
    const source = graph.getAttribute("source");
    graph.setAttribute("source", { ...source, text: `${source.text}\n\n \n\t\n` });
    const { html } = articleHtml(graph);
    expect(html).toMatch(/historic\.<span class="ng-tail">\n\n \n\t\n<\/span><\/div>$/);
    expect(html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")).toBe(graph.getAttribute("source").text);
    // no trailing whitespace: no span
    expect(articleHtml(plainGraph()).html).not.toContain("ng-tail");
  });
});

describe("hostile text", () => {
  it("is escaped in every section", () => {
    const graph = hostileGraph();
    const html = entityTableHtml(graph) + timelineHtml(graph) + articleHtml(graph).html;
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<!--");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Smith &amp; &quot;Jones&quot; &#39;Ltd&#39;");
    expect(html).toContain(HOSTILE.emoji);
    expect(html).toContain(HOSTILE.rtl);
  });
});
