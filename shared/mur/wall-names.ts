import { shortLabelOf } from '../domain/short-label.js';
import { breakable, wrapText } from '../map-picture/text.js';
import { frenchSpacing } from '../text/french-spacing.js';

/**
 * How an actor's name is written on the wall at a type size: its lines, and whether it is the
 * short name. The lines are decided here, not by the browser, so that the wall's layout knows
 * each box's size before drawing it, and the browser draws exactly these lines.
 */

/**
 * Which names give way to their short name: those whose full name would take more lines than
 * this (an actor without a short name keeps its full name). Tried in this order, from the full
 * names to every short name.
 */
export type NameMode = number;
export const nameModes: readonly NameMode[] = [Number.POSITIVE_INFINITY, 2, 1, 0];

/** Past this many lines a full name is cut with « … » (its short name is used first, if any). */
const maxLines = 4;

export interface WallName {
  lines: string[];
  /** The short name is written instead of the full one. */
  short: boolean;
}

export type Measure = (text: string, fontSize: number) => number;

/**
 * A name's lines at a size and a line width (in type sizes), remembered across the plan's tries
 * and, through `nameLinesFor`, across the plans made with one measure.
 */
export class NameLines {
  private readonly known = new Map<string, string[]>();

  constructor(private readonly measure: Measure) {}

  of(raw: string, fontSize: number, lineEms: number): string[] {
    const key = `${fontSize}\u0000${lineEms}\u0000${raw}`;
    let lines = this.known.get(key);
    if (!lines) {
      const text = frenchSpacing(raw);
      // A word is never cut on the wall: the line is at least as wide as the longest word.
      const widest = Math.max(...text.split(breakable).map((word) => this.measure(word, fontSize)));
      lines = wrapText(text, {
        width: Math.max(fontSize * lineEms, widest),
        fontSize,
        bold: true,
        maxLines,
        measure: (line) => this.measure(line, fontSize),
      }).lines;
      this.known.set(key, lines);
    }
    return lines;
  }
}

const linesByMeasure = new WeakMap<Measure, NameLines>();

/**
 * The lines of one measure, kept while it lives: a name's lines follow from its text, size and
 * width alone, so the wall planned again after one edit (each event on the wall) wraps only the
 * new names instead of every name at every size it tries.
 */
export function nameLinesFor(measure: Measure): NameLines {
  let lines = linesByMeasure.get(measure);
  if (!lines) {
    lines = new NameLines(measure);
    linesByMeasure.set(measure, lines);
  }
  return lines;
}

/**
 * The line width, in type sizes, at which a name's length is judged: which names give way to their
 * short name does not depend on the box shapes the plan tries.
 */
const judgedAt = 11;

export function wallName(
  actor: { label: string; shortLabel?: string },
  fontSize: number,
  lineEms: number,
  mode: NameMode,
  lines: NameLines,
): WallName {
  const short = shortLabelOf(actor);
  const long = short && short !== actor.label && lines.of(actor.label, fontSize, judgedAt).length > mode;
  return long
    ? { lines: lines.of(short, fontSize, lineEms), short: true }
    : { lines: lines.of(actor.label, fontSize, lineEms), short: false };
}
