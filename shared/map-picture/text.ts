import { boldWidths, measuredCodes, regularWidths } from './font-metrics.js';

/**
 * Text measured with the widths of the bundled font (DejaVu Sans), so that the picture breaks
 * a label into lines where it really overflows, on every machine, without a browser.
 */

const regular = new Map<number, number>();
const bold = new Map<number, number>();
measuredCodes.forEach((code, i) => {
  regular.set(code, regularWidths[i] ?? 0);
  bold.set(code, boldWidths[i] ?? 0);
});
/** Unknown characters (CJK, emoji) are counted wide rather than narrow: better a short line than an overflow. */
const unknownWidth = 1000;

export function textWidth(text: string, fontSize: number, isBold = false): number {
  const widths = isBold ? bold : regular;
  let total = 0;
  for (const char of text) total += widths.get(char.codePointAt(0) ?? 0) ?? unknownWidth;
  return (total / 1000) * fontSize;
}

/** Spaces a line may break at: every white space but the no-break ones. */
export const breakable = /[^\S\u00a0\u202f]+/u;

export interface WrapOptions {
  width: number;
  fontSize: number;
  bold?: boolean;
  maxLines: number;
  /**
   * The width of a line in px, when the text is drawn with another font than the bundled one
   * (the wall measures with the browser's own); the bundled font's widths otherwise.
   */
  measure?: (text: string) => number;
}

/** Cuts a word too long for one line into pieces that fit, each but the last ending with a hyphen. */
function splitLongWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of word) {
    if (current && !fits(`${current}${char}-`)) {
      pieces.push(/[\p{L}\p{N}]$/u.test(current) ? `${current}-` : current);
      current = char;
    } else current += char;
  }
  if (current) pieces.push(current);
  // Never leave one or two letters alone on the next line: « Circonscripti- / on », not « …ptio- / n ».
  const last = pieces[pieces.length - 1] ?? '';
  const before = pieces[pieces.length - 2];
  if (before?.endsWith('-') && [...last].length < 3) {
    const chars = [...before.slice(0, -1)];
    const moved = chars.splice(chars.length - (3 - [...last].length));
    pieces[pieces.length - 2] = `${chars.join('')}-`;
    pieces[pieces.length - 1] = moved.join('') + last;
  }
  return pieces;
}

/**
 * The lines of a label within `width`, breaking at spaces (a word longer than a line is cut);
 * past maxLines the last line ends with « … » and `truncated` says the picture shows less
 * than the whole text (the full text goes into the element's <title>).
 */
export function wrapText(text: string, options: WrapOptions): { lines: string[]; truncated: boolean } {
  const measure = options.measure ?? ((line: string) => textWidth(line, options.fontSize, options.bold));
  const fits = (line: string) => measure(line) <= options.width;
  // A no-break space (before « : », inside « ») holds its words together.
  const words = text
    .split(breakable)
    .filter(Boolean)
    .flatMap((w) => (fits(w) ? [w] : splitLongWord(w, fits)));
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && !fits(candidate)) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  if (lines.length <= options.maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, options.maxLines);
  let last = kept[kept.length - 1] ?? '';
  while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}

/** One line at most: the text, shortened with « … » if it does not fit. */
export function fitLine(text: string, width: number, fontSize: number, isBold = false): string {
  return wrapText(text, { width, fontSize, bold: isBold, maxLines: 1 }).lines[0] ?? '';
}
