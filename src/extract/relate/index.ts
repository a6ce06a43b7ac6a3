// TEMPORARY stand-in until the relate stage lands (its owner replaces this file).
import type { Doc, Relations, Resolution } from "../types";

export function relate(_doc: Doc, _resolution: Resolution): Relations {
  return { events: [], relations: [] };
}
