// Nodes without any edge: ForceAtlas2 would fling them to the rim, wasting the picture,
// so they sit on a tidy "shelf" of rows below the connected part instead, grouped by type,
// most mentioned first.
import { NODE_TYPES, type NodeType } from "../schema/graph";

export interface ShelfNode {
  key: string;
  type: NodeType;
  mentions: number;
  size: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Grid positions for `nodes`, in layout coordinates (y up), in rows under `above`
 * (the connected part's bounds) or centred on the origin when there is none; keyed by a Map, as
 * node keys are data.
 */
export function shelfPositions(
  nodes: ShelfNode[],
  above: Bounds | undefined,
  spacing: number,
  margin: number,
): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  if (nodes.length === 0) return positions;
  const typeRank = (t: NodeType) => NODE_TYPES.indexOf(t);
  const sorted = [...nodes].sort(
    (a, b) =>
      typeRank(a.type) - typeRank(b.type) || b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const maxSize = Math.max(...nodes.map((n) => n.size));
  // cells wide enough for a label beside the node, tall enough for the biggest node
  const cellWidth = Math.max(spacing * 1.6, 2 * maxSize + margin);
  const rowHeight = Math.max(spacing * 0.5, 2 * maxSize + margin + 12);
  const width = above ? above.maxX - above.minX : 0;
  const columns = above ? Math.max(1, Math.floor(width / cellWidth) + 1) : Math.ceil(Math.sqrt(sorted.length * 2));
  const rows = Math.ceil(sorted.length / columns);
  const used = Math.min(columns, sorted.length);
  const centreX = above ? (above.minX + above.maxX) / 2 : 0;
  const top = above ? above.minY - spacing * 0.6 - maxSize : ((rows - 1) * rowHeight) / 2;
  sorted.forEach((node, i) => {
    const row = Math.floor(i / columns);
    const column = i % columns;
    const inRow = row === rows - 1 ? sorted.length - row * columns : used;
    positions.set(node.key, { x: centreX + (column - (inRow - 1) / 2) * cellWidth, y: top - row * rowHeight });
  });
  return positions;
}
