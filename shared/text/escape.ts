/**
 * Every user string that lands in a file goes through one of these, whatever the format:
 * a label typed in a workshop must stay text, never become markup, a formula or a broken file.
 */

/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF). A single one
 * makes Word, LibreOffice, Gephi or a browser refuse the whole file, so they are dropped.
 */
// biome-ignore lint/complexity/useRegexLiterals: as a literal, the control characters it matches would be flagged.
const invalidXmlChars = new RegExp(
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  'g',
);

/** The text without the characters no XML (DOCX, SVG, GraphML, GEXF) may contain. */
export function xmlSafe(text: string): string {
  return text.replace(invalidXmlChars, '');
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for XML and HTML, in element content and in quoted attribute values alike.
 * `]]>` needs nothing more: its `>` is escaped, so it can never close a CDATA section.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Characters with which a spreadsheet starts a formula (OWASP's CSV injection list). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell per RFC 4180, made inert for spreadsheets: a cell that would start a formula
 * gets a leading apostrophe, which Excel and LibreOffice show as text and do not evaluate.
 */
export function csvCell(value: string | number | boolean, separator: string): string {
  const text = String(value);
  const inert = typeof value === 'string' && formulaStart.test(text) ? `'${text}` : text;
  const needsQuotes = inert.includes(separator) || /["\r\n]/.test(inert) || inert !== inert.trim();
  return needsQuotes ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * Escapes text for an XML attribute value where line breaks must survive: a parser turns a
 * literal newline in an attribute into a space, a character reference it keeps.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * Text that Markdown (Obsidian's canvas cards) shows as typed: every punctuation mark that
 * could start emphasis, a link, an HTML tag or a heading is backslash-escaped (CommonMark).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~"'&=:@$%^]/g, (c) => `\\${c}`);
}
