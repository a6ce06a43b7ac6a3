import { UsageError } from "../errors";
import { extensionOf } from "../io";

export function requireHtml(output: string): void {
  const ext = extensionOf(output);
  if (ext !== "html" && ext !== "htm")
    throw new UsageError(`unknown output extension ".${ext}" for ${output}: use .html`);
}

export function kilobytes(html: string): string {
  return `${(new TextEncoder().encode(html).length / 1024).toFixed(0)} KB`;
}
