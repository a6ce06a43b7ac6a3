import { describe, expect, it } from "vitest";
import { articleHtml } from "../../src/report/article";
import { flattenSpans, mentionSpans } from "../../src/spans/mentions";
import { entityTableHtml, timelineHtml } from "../../src/report/sections";
import { hostileGraph, plainGraph, HOSTILE } from "../embed/fixture";

describe("entity table", () => {
  it("has one row per entity, by type then mentions, with role, mentions and aliases", () => {
    const html = entityTableHtml(plainGraph());
    const rows = html.match(/<tr class="ng-entity"[^>]*>.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => /data-type="(\w+)"/.exec(r)![1])).toEqual([
      "person", "person", "country", "country", "place", "organization",
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
  it("sorts events by their normalised date where there is one, before undated ones", () => {
    const graph = plainGraph();
    // the later event in the text happened first
    graph.setNodeAttribute("ev-agreement", "normalizedDate" as never, "2024-03-01" as never);
    graph.setNodeAttribute("ev-meeting", "normalizedDate" as never, "2024-03-04" as never);
    let items = timelineHtml(graph).match(/<li class="ng-event">.*?<\/li><\/ul>/g) ?? [];
    expect(items[0]).toContain("trade agreement");
    expect(items[1]).toContain("meeting");
    // an event without one comes after the dated ones
    graph.removeNodeAttribute("ev-agreement", "normalizedDate" as never);
    items = timelineHtml(graph).match(/<li class="ng-event">.*?<\/li><\/ul>/g) ?? [];
    expect(items[0]).toContain("meeting");
    expect(items[1]).toContain("trade agreement");
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
    expect(html).toContain(`<mark id="${anchors.get("geneva")}" class="ng-mention t-place" title="Geneva · Place">Geneva</mark>`);
  });

  it("nests a mention inside another, as the viewer does, instead of dropping it", () => {
    // the old report kept only the longer of two overlapping spans: Freedonia inside the ministry's name was lost
    const graph = plainGraph();
    const text = graph.getAttribute("source").text;
    const at = text.indexOf("Freedonia");
    graph.addNode("org:ministry", { label: "Freedonia ministry", type: "organization", aliases: [], mentions: 1, evidence: [{ start: at, end: at + "Freedonia".length + 4, sentenceStart: 0, sentenceEnd: 10 }] });
    const { html } = articleHtml(graph);
    expect(html).toMatch(/<mark id="[^"]+" class="ng-mention t-organization"[^>]*><mark id="[^"]+" class="ng-mention t-country"[^>]*>Freedonia<\/mark>/);
    expect(marksOf(html)).toEqual(flattenSpans(mentionSpans(graph)).map((s) => [s.start, s.end, s.type]));
    expect(html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")).toBe(text);
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
