// Node search over labels and aliases. Pure.
import type { NodeType } from "../schema/graph";
import type { NewsGraph } from "../schema/model";

export interface Suggestion {
  key: string;
  label: string;
  type: NodeType;
  /** the alias that matched, when it is not the label */
  via?: string;
}

function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Rank: 0 exact, 1 prefix, 2 word prefix, 3 substring; -1 no match. */
function rank(name: string, q: string): number {
  const n = fold(name);
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  if (n.split(/[\s\-–'’.]+/).some((w) => w.startsWith(q))) return 2;
  return n.includes(q) ? 3 : -1;
}

export function searchNodes(
  graph: NewsGraph,
  query: string,
  limit = 8,
  accept: (key: string) => boolean = () => true,
): Suggestion[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hits: Array<Suggestion & { rank: number; mentions: number }> = [];
  graph.forEachNode((key, a) => {
    if (!accept(key)) return;
    let best = rank(a.label, q);
    let via: string | undefined;
    for (const alias of a.aliases ?? []) {
      const r = rank(alias, q);
      if (r >= 0 && (best < 0 || r < best)) {
        best = r;
        via = alias;
      }
    }
    if (best < 0) return;
    hits.push({
      key,
      label: a.label,
      type: a.type,
      ...(via && via !== a.label ? { via } : {}),
      rank: best,
      mentions: a.mentions ?? 0,
    });
  });
  hits.sort(
    (x, y) => x.rank - y.rank || y.mentions - x.mentions || x.label.localeCompare(y.label) || (x.key < y.key ? -1 : 1),
  );
  return hits.slice(0, limit).map(({ rank: _r, mentions: _m, ...s }) => s);
}
