/**
 * Replaces lone UTF-16 surrogates (half an emoji, cut by a copy-paste) by U+FFFD, as SQLite
 * would when storing them: the text kept in memory and the text read back after a restart stay
 * the same.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
