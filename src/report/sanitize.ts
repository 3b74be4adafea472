/**
 * Names and comments are written by the people under investigation: every output neutralises them.
 */

// C0 and C1 controls (including ESC, so no ANSI sequence survives), DEL, and the bidi controls
// that can reorder what a terminal or a browser shows (Trojan Source, CVE-2021-42574).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string) => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

/** For the terminal: controls become visible `\u{1b}` escapes; newlines and tabs become spaces. */
export function forTerminal(text: string, maxLength = Infinity): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(UNSAFE, visible);
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP "CSV injection"). Excel
 * splits on `;` (or tab, or `|`) in many locales, and there a quote in the middle of a `,` field is
 * an ordinary character: `a,"x;=1+2"` becomes the cells `a,"x` and `=1+2"`. So a formula character
 * after any separator Excel may use is neutralised too, not only at the start.
 */
export function forSpreadsheet(text: string): string {
  const clean = text.replace(UNSAFE, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ch : visible(ch)));
  const inner = clean.replace(/([,;\t|\r\n])([ ]*)([=+\-@])/g, "$1$2'$3");
  return /^[ ]*[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
}

/** Quotes a CSV field when it holds a quote, a line break or any separator Excel may use (RFC 4180). */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : forSpreadsheet(value);
  return /[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * For Markdown: no live HTML, links, emphasis or table breaks from the data, and nothing escaped that
 * Markdown would not act on, so our own wording ("p < 0.001") reads as written, raw or rendered.
 * Backslash escapes only (CommonMark: any ASCII punctuation), never HTML entities: an entity shows as
 * `&lt;` wherever Markdown is read as plain text or inside code. `<` and `&` are escaped unless a
 * space follows (only then can they not open a tag, an autolink or an entity), `>` where it would
 * open a block quote; the characters Markdown acts on inside a line (emphasis, code, links, tables,
 * escapes) everywhere; and URL schemes, `www.` and `@` are broken so no autolink forms. Ordinary
 * punctuation stays readable.
 */
export function forMarkdown(text: string, maxLength = Infinity): string {
  const flat = forTerminal(text, maxLength);
  return flat
    .replace(/([\\`*_[\]{}|~#!])/g, '\\$1')
    .replace(/[<&](?!\s)/g, '\\$&')
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/:\/\//g, '\\:\\/\\/')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, '\\@');
}

/**
 * For HTML text and attribute values: the five HTML-significant characters become entities, and
 * controls and bidi controls become U+FFFD, so a name cannot reorder the text around it (Trojan
 * Source) nor hide what it holds. Element content is also isolated in <bdi> by the HTML report, so
 * right-to-left names stay in their place.
 */
export function forHtml(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(UNSAFE, '\ufffd')
    .replace(/[\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
