// The report's static sections, as HTML strings built from the graph: the entity
// table, the event timeline and the type legend. Every piece of graph text goes
// through escapeHtml. Pure: no DOM, no Node APIs.
import { TYPE_COLORS, TYPE_LABELS } from "../appearance/appearance";
import { ENTITY_TYPES, NODE_TYPES, evidenceSentence, type NodeAttributes, type NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";
import { escapeHtml } from "../embed/escape";

const TYPE_ORDER = new Map<NodeType, number>(NODE_TYPES.map((t, i) => [t, i]));

/** Where the node is first mentioned, for text-order sorting (nodes without evidence last). */
export function firstOffset(attributes: NodeAttributes): number {
  return attributes.evidence.reduce((min, e) => Math.min(min, e.start), Number.POSITIVE_INFINITY);
}

function typeBadge(type: NodeType): string {
  return `<span class="ng-type t-${type}"><span class="ng-swatch" aria-hidden="true"></span>${escapeHtml(TYPE_LABELS[type] ?? type)}</span>`;
}

/** A link to the node's first highlighted mention in the article, when there is one. */
function nameCell(label: string, anchor: string | undefined): string {
  return anchor ? `<a href="#${anchor}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

export function legendHtml(): string {
  const items = NODE_TYPES.map((t) => `<li>${typeBadge(t)}</li>`).join("");
  return `<ul class="ng-legend" aria-label="Node types">${items}</ul>`;
}

/** One row per entity (not events): type, name, role, mentions, aliases; by type, then most mentioned. */
export function entityTableHtml(graph: NewsGraph, anchors: Map<string, string> = new Map()): string {
  const entityTypes = new Set<NodeType>(ENTITY_TYPES);
  const rows = graph
    .mapNodes((key, a) => ({ key, a }))
    .filter(({ a }) => entityTypes.has(a.type))
    .sort(
      (x, y) =>
        TYPE_ORDER.get(x.a.type)! - TYPE_ORDER.get(y.a.type)! ||
        y.a.mentions - x.a.mentions ||
        firstOffset(x.a) - firstOffset(y.a) ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    )
    .map(({ key, a }) => {
      const aliases = a.aliases.filter((s) => s !== a.label);
      return (
        `<tr class="ng-entity" data-type="${a.type}">` +
        `<td>${typeBadge(a.type)}</td>` +
        `<th scope="row">${nameCell(a.label, anchors.get(key))}</th>` +
        `<td>${a.role ? escapeHtml(a.role) : ""}</td>` +
        `<td class="num">${a.mentions}</td>` +
        `<td>${aliases.map((s) => `<span class="ng-alias">${escapeHtml(s)}</span>`).join(" ")}</td>` +
        `</tr>`
      );
    });
  if (rows.length === 0) return `<p class="ng-empty">No entities were found.</p>`;
  return (
    `<table class="ng-entities"><thead><tr><th scope="col">Type</th><th scope="col">Name</th>` +
    `<th scope="col">Role</th><th scope="col" class="num">Mentions</th><th scope="col">Aliases</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

interface Participant {
  label: string;
  type: NodeType;
  role: string;
}

function participantsOf(graph: NewsGraph, event: string): Participant[] {
  const list: Participant[] = [];
  graph.forEachEdge(event, (_edge, e, source, target) => {
    if (e.kind !== "participant") return;
    const other = source === event ? target : source;
    const a = graph.getNodeAttributes(other);
    list.push({ label: a.label, type: a.type, role: e.role ?? e.label });
  });
  return list;
}

/** The sentence of the event's first evidence, its trigger span marked. */
function eventSentence(a: NodeAttributes, text: string): string {
  const e = [...a.evidence].sort((x, y) => x.start - y.start)[0];
  if (!e) return "";
  const from = Math.max(0, e.start - e.sentenceStart);
  const s = evidenceSentence(text, e);
  const to = Math.min(s.length, e.end - e.sentenceStart);
  return `<blockquote class="ng-quote">${escapeHtml(s.slice(0, from))}<mark class="t-event">${escapeHtml(s.slice(from, to))}</mark>${escapeHtml(s.slice(to))}</blockquote>`;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_DATE_OR_RANGE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\/(\d{4}(?:-\d{2}(?:-\d{2})?)?))?$/;

/**
 * The key an event sorts by in the timeline: its normalised date, the schema's `isoDate` ("2025-03-13",
 * "2025-03", "2024", or a range "2025-03-10/2025-03-16", which sorts by its start), else the date as
 * written when that is already ISO (older graphs); null when neither. compareDates orders them.
 */
export function dateKey(a: { date?: string; isoDate?: string }): string | null {
  const iso = typeof a.isoDate === "string" ? ISO_DATE_OR_RANGE.exec(a.isoDate.trim()) : null;
  if (iso) return iso[2] ? `${iso[1]}/${iso[2]}` : iso[1]!;
  const written = typeof a.date === "string" ? a.date.trim() : "";
  return ISO_DATE.test(written) ? written : null;
}

/** Dated events first, oldest first (by start, then a single date before a range, then by end); undated ones after them. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const [aStart, aEnd = ""] = a.split("/");
  const [bStart, bEnd = ""] = b.split("/");
  if (aStart !== bStart) return aStart! < bStart! ? -1 : 1;
  return aEnd < bEnd ? -1 : aEnd > bEnd ? 1 : 0;
}

/** Events by normalised date where there is one, else in text order, each with its date as written, kind, place, participants and sentence. */
export function timelineHtml(graph: NewsGraph, anchors: Map<string, string> = new Map()): string {
  const events = graph
    .mapNodes((key, a) => ({ key, a }))
    .filter(({ a }) => a.type === "event")
    .sort(
      (x, y) =>
        compareDates(dateKey(x.a), dateKey(y.a)) ||
        firstOffset(x.a) - firstOffset(y.a) ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    );
  if (events.length === 0) return `<p class="ng-empty">No events were found.</p>`;
  const items = events.map(({ key, a }) => {
    const date = a.date
      ? `<span class="ng-date">${escapeHtml(a.date)}</span>`
      : `<span class="ng-date ng-nodate">date not stated</span>`;
    const participants = participantsOf(graph, key)
      .map(
        (p) =>
          `<li class="t-${p.type}"><span class="ng-swatch" aria-hidden="true"></span>${escapeHtml(p.label)} <span class="ng-role">${escapeHtml(p.role)}</span></li>`,
      )
      .join("");
    const meta = [
      a.kind
        ? `<span class="ng-kind">${escapeHtml(a.kind)}${a.cameo ? ` · CAMEO ${escapeHtml(a.cameo)}` : ""}</span>`
        : "",
      a.place ? `<span class="ng-place">in ${escapeHtml(a.place)}</span>` : "",
    ].join(" ");
    return (
      `<li class="ng-event">${date}<div class="ng-event-body"><h3>${nameCell(a.label, anchors.get(key))}</h3>` +
      `<p class="ng-meta">${meta}</p>` +
      (participants ? `<ul class="ng-participants">${participants}</ul>` : "") +
      `${eventSentence(a, graph.getAttribute("source").text)}</div></li>`
    );
  });
  return `<ol class="ng-timeline">${items.join("")}</ol>`;
}

/** CSS custom properties giving each node type its colour, from the shared appearance. */
export function typeColorCss(): string {
  return NODE_TYPES.map((t) => `.t-${t}{--c:${TYPE_COLORS[t]}}`).join("\n");
}
