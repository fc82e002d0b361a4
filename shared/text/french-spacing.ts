const nbsp = '\u00a0';

/**
 * French typography typed with ordinary spaces: « Horizon » and « Qui ? » keep their marks with
 * their words, so that no line (on the canvas, the wall, a native dialog) starts with « » » or « ? »
 * or ends with « « ». The text is shown this way; what was typed is kept as typed.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/« /g, `«${nbsp}`).replace(/ ([»:;?!])/g, `${nbsp}$1`);
}
