// Saving a Blob as a file: the viewer's own helper (its tools save too), and file names for it.
export { downloadBlob } from "../viewer/download";

/** A file-name stem from a graph's source name or title: letters, digits, dashes. */
export function fileStem(name: string): string {
  const stem = name
    .replace(/\.[a-z0-9]+$/i, "")
    .normalize("NFKD")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem || "newsgraph";
}
