const nbsp = '\u00a0';

/**
 * Native dialogs show text as written: a line must never break between a word and « : ; ! ? »
 * or inside guillemets, so ordinary spaces there become no-break spaces.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, `${nbsp}$1`).replace(/« /g, `«${nbsp}`);
}
