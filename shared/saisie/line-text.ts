/**
 * The quoted parts of a typed line. A name written between « … », "…" or “…” is taken whole:
 * nothing inside it is read as a link, a category or a separator. To read the rest of the line
 * safely, each quoted part is replaced by one placeholder character (from Unicode's private use
 * area, which no keyboard types) and put back afterwards.
 */

const closing: Readonly<Record<string, string>> = { '«': '»', '"': '"', '“': '”' };
const placeholderBase = 0xe000;
const placeholderPattern = /[\uE000-\uF8FF]/g;

export interface MaskedLine {
  /** The line with each quoted part replaced by its placeholder. */
  text: string;
  /** What each quoted part says, quotes and surrounding spaces removed. */
  inside: string[];
  /** Each quoted part as typed, quotes included, to put the line back as it was. */
  typed: string[];
}

export type Masking = { ok: true; line: MaskedLine } | { ok: false; unclosed: string };

export function maskQuotes(input: string): Masking {
  const line: MaskedLine = { text: '', inside: [], typed: [] };
  let index = 0;
  while (index < input.length) {
    const char = input[index]!;
    const close = closing[char];
    if (close === undefined || isPlaceholder(char)) {
      line.text += isPlaceholder(char) ? ' ' : char;
      index += 1;
      continue;
    }
    const end = input.indexOf(close, index + 1);
    if (end < 0) return { ok: false, unclosed: char };
    line.text += String.fromCharCode(placeholderBase + line.typed.length);
    line.typed.push(input.slice(index, end + 1));
    line.inside.push(input.slice(index + 1, end).trim());
    index = end + 1;
  }
  return { ok: true, line };
}

function isPlaceholder(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= placeholderBase && code <= 0xf8ff;
}

/** The quote that a text opens without closing, if any. */
export function unclosedQuote(text: string): string | undefined {
  const masking = maskQuotes(text);
  return masking.ok ? undefined : masking.unclosed;
}

/** The typed text of a part of the masked line, quotes put back. */
export function unmask(line: MaskedLine, masked: string): string {
  return masked.replace(placeholderPattern, (char) => line.typed[char.charCodeAt(0) - placeholderBase] ?? '');
}

/** The quoted name when `masked` is nothing but one quoted part. */
export function quotedName(line: MaskedLine, masked: string): string | undefined {
  const trimmed = masked.trim();
  if (trimmed.length !== 1 || !isPlaceholder(trimmed)) return undefined;
  return line.inside[trimmed.charCodeAt(0) - placeholderBase];
}

/** For each character of a masked line, whether it stands inside parentheses. */
export function insideParentheses(masked: string): boolean[] {
  let depth = 0;
  return [...masked].map((char) => {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    return depth > 0 || char === ')';
  });
}

/** Where `char` stands outside parentheses (quoted parts are already masked). */
export function positionsOutsideParentheses(masked: string, char: string): number[] {
  const inside = insideParentheses(masked);
  return [...masked].flatMap((current, index) => (current === char && !inside[index] ? [index] : []));
}
