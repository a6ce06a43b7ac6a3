// Graphs kept in the browser (IndexedDB): every graph opened or built is saved under its id,
// the SHA-256 of its source text, so a reload or a link (#g=ID&…) reopens it and the recent
// list offers it again. Storage may be unavailable (private mode, blocked): then nothing is kept
// and nothing fails.
import type { NewsGraph } from "../schema/model";

const DB = "newsgraph";
const STORE = "graphs";
const KEEP = 12;

export interface SavedGraph {
  id: string;
  title: string;
  name: string;
  savedAt: number;
  data: unknown;
}

export type RecentGraph = Omit<SavedGraph, "data">;

/** The id a graph is saved and linked under: its source's sha256, else the hash of its JSON. */
export async function graphId(graph: NewsGraph): Promise<string> {
  const sha = graph.getAttribute("source")?.sha256;
  if (typeof sha === "string" && /^[0-9a-f]{64}$/.test(sha)) return sha.slice(0, 16);
  const bytes = new TextEncoder().encode(JSON.stringify(graph.export()));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | null> {
  return openDb().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) return resolve(null);
        try {
          // a write is on disk before it completes, so a reload right after it finds the graph
          const tx = db.transaction(STORE, mode, mode === "readwrite" ? { durability: "strict" } : undefined);
          const request = work(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve(request ? (request.result ?? null) : null);
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      }),
  );
}

/** Saves the graph (replacing an older copy of it) and drops the oldest beyond the last KEEP. */
export async function saveGraph(graph: NewsGraph): Promise<string> {
  const id = await graphId(graph);
  const record: SavedGraph = {
    id,
    title: graph.getAttribute("title") || graph.getAttribute("source")?.name || "Untitled graph",
    name: graph.getAttribute("source")?.name ?? "",
    savedAt: Date.now(),
    data: graph.export(),
  };
  await run("readwrite", (store) => store.put(record));
  const recent = await listRecent(Infinity);
  for (const old of recent.slice(KEEP)) await run("readwrite", (store) => store.delete(old.id));
  return id;
}

export async function loadSaved(id: string): Promise<SavedGraph | null> {
  return run<SavedGraph | undefined>("readonly", (store) => store.get(id)).then((r) => r ?? null);
}

/** Saved graphs, newest first (without their data). */
export async function listRecent(limit = KEEP): Promise<RecentGraph[]> {
  const all = (await run<SavedGraph[]>("readonly", (store) => store.getAll())) ?? [];
  return all
    .map(({ id, title, name, savedAt }) => ({ id, title, name, savedAt }))
    .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
