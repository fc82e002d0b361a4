/**
 * Checks done on a JSON text before JSON.parse: its length, and how deeply its brackets nest.
 * JSON.parse itself copes with 100,000 nested brackets, but every recursive walk after it
 * (validation, copies) would not; a quick scan refuses such a file with a message instead.
 */
export interface JsonGuardLimits {
  maxChars: number;
  maxDepth: number;
}

export type JsonGuardResult = { ok: true } | { ok: false; reason: 'too-large' | 'too-deep'; position?: number };

export function guardJsonText(text: string, { maxChars, maxDepth }: JsonGuardLimits): JsonGuardResult {
  if (text.length > maxChars) return { ok: false, reason: 'too-large' };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > maxDepth) return { ok: false, reason: 'too-deep', position: i };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return { ok: true };
}

/** Line and column (from 1) of a character offset, for messages a person can act on. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}
