// Escaping for text that ends up inside generated HTML: element content, attribute
// values, inline JSON data blocks and inline scripts. Pure: runs in Node and browsers.

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// C0/C1 control characters other than tab/newline/CR are not allowed in HTML text.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Escapes text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(CONTROL_CHARS, "\ufffd")
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` become \u escapes
 * so `</script>` or `<!--` inside graph text cannot end the block; U+2028/2029 too, so
 * the same text is also a valid JS literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * JavaScript source made safe to inline in a classic `<script>` element: the only
 * sequences the HTML parser reacts to inside a script are `</script` and `<!--`. In
 * bundled code they only occur inside string, template or regex literals, where
 * `\x3C` means `<` in all three (also in `u`-flag regexes).
 */
export function scriptForInline(js: string): string {
  return js.replace(/<(\/script|!--)/gi, "\\x3C$1");
}

/** CSS made safe to inline in a `<style>` element. */
export function styleForInline(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}
