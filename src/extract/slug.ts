/** "Tolliver–Dranko meeting in Minsk" -> "tolliver-dranko-meeting-in-minsk"; readable, ASCII where possible. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "x";
}
