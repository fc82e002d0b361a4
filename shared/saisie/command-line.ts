import {
  insideParentheses,
  type MaskedLine,
  maskQuotes,
  positionsOutsideParentheses,
  quotedName,
  unmask,
} from './line-text.js';
import type { SaisieError } from './saisie-error.js';

/**
 * The quick-capture language, read for its syntax only: every way a line *could* be cut into
 * actors, a link and attributes. Which way is meant is decided against the map
 * (command-plan.ts), since only the map knows that « Mairie – service Enfance Jeunesse » is one
 * actor. The forms:
 *   `CCAS`, `CCAS (commune), CAF`           actors, with attributes in a trailing (…)
 *   `CCAS : commune, bénévole`              one actor (or several) with attributes after « : »
 *   `CCAS > Collège : orientation`          a one-way link (`->`, `→`; `<`, `<-`, `←` the other way)
 *   `Mairie - CAF : convention, forte`      a mutual link (`<>`, `<->`, `↔`, or a dash between spaces)
 *   `Mairie > CAF (orientation, forte)`     a link's attributes in the line's closing (…), too
 *   `… ?` at the end                        the link is wished for (souhaité)
 *   `« Mairie - CAF »`, `"…"`, `“…”`         a name taken whole
 */

export interface Side {
  /** As typed, quotes kept when they stand inside the name. */
  text: string;
  /** The name, when the side is written between quotes: taken whole. */
  quoted?: string;
  /** When the side ends with (…): the name before it and what the parentheses hold. */
  head?: string;
  trailing?: string;
}

export interface ActorsShape {
  type: 'actors';
  /** The parts between commas; which commas separate actors is decided against the map. */
  pieces: number;
  /** The side made of pieces `from` to `to` (included), commas kept between them. */
  side(from: number, to: number): Side;
  /**
   * Whether piece `index` starts as a name does (capital, digit or quote), not like the rest of
   * one (lowercase, or a number after a number).
   */
  startsName(index: number): boolean;
  attributes?: string;
}

export interface LinkShape {
  type: 'link';
  from: Side;
  to: Side;
  directed: boolean;
  /** Cut at a dash between spaces (which names contain too), not at an arrow. */
  dash?: '-' | '–' | '—';
  attributes?: string;
  /** The line ended with « ? ». */
  desired: boolean;
  /** The attributes were read from the line's closing (…), not after « : » (« Mairie > CAF (orientation) »). */
  inParentheses?: boolean;
}

export type Shape = ActorsShape | LinkShape;

export type Shapes = { ok: true; shapes: Shape[] } | { ok: false; error: SaisieError };

/** Longest first, so that `<->` is not read as `<` then `->`. */
const arrows = ['<->', '<>', '->', '<-', '↔', '→', '←', '>', '<'] as const;
const mutualArrows = new Set(['<->', '<>', '↔']);
const backArrows = new Set(['<-', '←', '<']);
const dashPattern = /\s([-–—])\s/g;

export const maxLineLength = 500;

interface Cut {
  start: number;
  end: number;
  directed: boolean;
  reversed: boolean;
  dash?: '-' | '–' | '—';
}

function arrowCuts(masked: string): Cut[] {
  const inside = insideParentheses(masked);
  const cuts: Cut[] = [];
  for (let index = 0; index < masked.length; index++) {
    const arrow = inside[index] ? undefined : arrows.find((candidate) => masked.startsWith(candidate, index));
    if (!arrow) continue;
    cuts.push({
      start: index,
      end: index + arrow.length,
      directed: !mutualArrows.has(arrow),
      reversed: backArrows.has(arrow),
    });
    index += arrow.length - 1;
  }
  return cuts;
}

function dashCuts(masked: string): Cut[] {
  const inside = insideParentheses(masked);
  return [...masked.matchAll(dashPattern)]
    .filter((match) => !inside[match.index + 1])
    .map((match) => ({
      start: match.index + 1,
      end: match.index + 2,
      directed: false,
      reversed: false,
      dash: match[1] as '-' | '–' | '—',
    }));
}

const trailingParentheses = /^(.*?)\s*\(([^()]*)\)\s*$/s;

function sideOf(line: MaskedLine, masked: string): Side {
  const text = unmask(line, masked).trim();
  const quoted = quotedName(line, masked);
  if (quoted !== undefined) return { text, quoted };
  const parts = trailingParentheses.exec(masked);
  if (!parts) return { text };
  const headMasked = parts[1] ?? '';
  const trailing = unmask(line, parts[2] ?? '').trim();
  const headQuoted = quotedName(line, headMasked);
  if (headQuoted !== undefined) return { text, quoted: headQuoted, trailing };
  return { text, head: unmask(line, headMasked).trim(), trailing };
}

const nameStart = /^[\p{Lu}\p{N}\uE000-\uF8FF«"“]/u;

function actorsShape(line: MaskedLine, masked: string, attributes: string | undefined): ActorsShape {
  const commas = positionsOutsideParentheses(masked, ',');
  const bounds = [-1, ...commas, masked.length];
  const pieceText = (index: number) => masked.slice(bounds[index]! + 1, bounds[index + 1]);
  return {
    type: 'actors',
    pieces: bounds.length - 1,
    side: (from, to) => sideOf(line, masked.slice(bounds[from]! + 1, bounds[to + 1])),
    startsName: (index) => {
      const piece = pieceText(index).trim();
      // « Ludothèque 1, 2, 3 Soleil »: a number after a number continues a series, not a new name.
      if (/^\p{N}/u.test(piece) && index > 0 && /\p{N}$/u.test(pieceText(index - 1).trim())) return false;
      return nameStart.test(piece);
    },
    ...(attributes !== undefined ? { attributes } : {}),
  };
}

function linkShape(line: MaskedLine, masked: string, cut: Cut, attributes: string | undefined, desired: boolean) {
  const left = sideOf(line, masked.slice(0, cut.start));
  const right = sideOf(line, masked.slice(cut.end));
  const [from, to] = cut.reversed ? [right, left] : [left, right];
  const shape: LinkShape = { type: 'link', from, to, directed: cut.directed, desired };
  if (cut.dash) shape.dash = cut.dash;
  if (attributes !== undefined) shape.attributes = attributes;
  return shape;
}

/**
 * Every reading of the line's syntax: with or without each « : » as the start of attributes, and
 * cut at each arrow — or, when there is no arrow, at each dash between spaces — or not cut.
 */
export function shapesOf(input: string): Shapes {
  const text = input.trim();
  if (text === '') return { ok: false, error: { code: 'empty' } };
  if (text.length > maxLineLength) return { ok: false, error: { code: 'tooLong', max: maxLineLength } };
  const masking = maskQuotes(text);
  // A quote left open is read as a plain character: an actor's name may hold one. A new name may not.
  const line = masking.ok ? masking.line : { text, inside: [], typed: [] };
  const question = /\s*\?\s*$/.exec(line.text);
  const shapes: Shape[] = [];
  const colons = [undefined, ...positionsOutsideParentheses(line.text, ':')];
  for (const colon of colons) {
    const head = colon === undefined ? line.text : line.text.slice(0, colon);
    if (head.trim() === '') continue;
    const rest = colon === undefined ? undefined : line.text.slice(colon + 1);
    shapes.push(actorsShape(line, head, rest === undefined ? undefined : unmask(line, rest).trim()));

    // A link's « ? » ends the line: taken off the attributes, or off the second name.
    const desired = question !== null;
    const linkHead = desired && rest === undefined ? head.slice(0, question.index) : head;
    const linkRest = desired && rest !== undefined ? rest.slice(0, rest.length - question[0].length) : rest;
    const attributes = linkRest === undefined ? undefined : unmask(line, linkRest).trim();
    const arrowsFound = arrowCuts(linkHead);
    for (const cut of arrowsFound.length > 0 ? arrowsFound : dashCuts(linkHead)) {
      // Without « : », the closing (…) may hold the link's attributes rather than part of a name.
      // Read that way first: at equal cost, the earlier shape's reading is the one offered first.
      const closing = attributes === undefined ? trailingParentheses.exec(linkHead) : null;
      if (closing && (closing[1] ?? '').length > cut.end) {
        const inside = unmask(line, closing[2] ?? '').trim();
        if (inside !== '')
          shapes.push({ ...linkShape(line, closing[1] ?? '', cut, inside, desired), inParentheses: true });
      }
      shapes.push(linkShape(line, linkHead, cut, attributes, desired));
    }
  }
  return { ok: true, shapes };
}

/** Arrows a new name may not contain: the line would read differently once it is on the map. */
export function hasArrow(name: string): boolean {
  return arrows.some((arrow) => name.includes(arrow));
}
