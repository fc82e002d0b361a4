import { limits } from './limits.js';
import type { Actor } from './model.js';

/**
 * An actor's « nom court »: the sigle or short name the wall shows when space is short. It is
 * the facilitator's (typed in the actor panel, or read from a « Sigle » column): the suggestion
 * below is offered as a button, never applied by itself, because a parenthesis can hold
 * something else than a sigle (« Collège Barbusse (REP+) »).
 */

/** The short name set for an actor, or undefined when none was set. */
export function shortLabelOf(actor: Pick<Actor, 'shortLabel'>): string | undefined {
  const short = actor.shortLabel?.trim();
  return short ? short : undefined;
}

/** Words that do not make an initial: « Aide sociale à l’enfance » → ASE, not ASAE. */
const smallWords = new Set([
  'a',
  'à',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'pour',
  'sur',
  'the',
  'of',
  'and',
  'for',
]);

/** Already short enough for the wall: no suggestion. */
const shortEnough = 16;

/** A sigle: mostly capitals (« ASE », « REAAP », « CMP-EA », « PRE 2 »). */
function looksLikeSigle(text: string): boolean {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const capitals = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase());
  return text.length <= 12 && capitals.length >= 2 && capitals.length >= letters.length * 0.6;
}

/** « Aide sociale à l’enfance (ASE) » → « ASE ». */
function sigleInParentheses(label: string): string | undefined {
  const inner = /\(\s*([^()]+?)\s*\)\s*$/.exec(label)?.[1];
  return inner && looksLikeSigle(inner) ? inner : undefined;
}

/** « CAF du Rhône » → « CAF »: a sigle already written as a word of the name. */
function sigleWord(label: string): string | undefined {
  return label.split(/\s+/).find((word) => word.length >= 2 && looksLikeSigle(word) && /^\p{Lu}+$/u.test(word));
}

/** « Collège Louise-Michel » → « Collège L.-Michel »: the kind of place, then its name shortened. */
function properNameShortened(label: string): string | undefined {
  const words = label.split(/\s+/).filter(Boolean);
  const first = words[0];
  const named = words.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (!first || named.length === 0) return undefined;
  const last = named[named.length - 1]!;
  const parts = last.split('-');
  const shortenedLast =
    parts.length > 1 ? [...parts.slice(0, -1).map((p) => `${[...p][0]}.`), parts[parts.length - 1]].join('-') : last;
  const before = named.slice(0, -1).map((w) => `${[...w][0]}.`);
  return [first, ...before, shortenedLast].join(' ');
}

/**
 * « Mairie – service Enfance Jeunesse » → « Mairie – Enfance Jeunesse »: what comes after the
 * dash from its first capital; « Bailleur social – Habitat du Val » → « Habitat du Val ».
 */
function dashedShortened(label: string): string | undefined {
  const match = /^(.+?)\s+[–—-]\s+(.+)$/.exec(label);
  if (!match) return undefined;
  const [, head = '', tail = ''] = match;
  const named = /\p{Lu}.*$/u.exec(tail)?.[0] ?? tail.split(/\s+/).pop() ?? '';
  const joined = `${head} – ${named}`;
  if (joined.length < label.length) return joined;
  return named.length <= 20 ? named : undefined;
}

/** « Programme de réussite éducative » → « PRE ». Also how the quick-capture bar matches a sigle. */
export function initials(label: string): string | undefined {
  const words = label
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !smallWords.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  // A sigle is written without accents: « Programme de réussite éducative » → PRE.
  return words.map((w) => [...w][0]!.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()).join('');
}

/**
 * A short name to offer for a label, or undefined when the label is already short or nothing
 * sensible comes out: a sigle in parentheses, a sigle among the words, the part after a dash, a
 * place's proper name shortened, else the initials.
 */
export function suggestShortLabel(label: string): string | undefined {
  const text = label.trim().replace(/\s+/g, ' ');
  const fromParentheses = sigleInParentheses(text);
  if (fromParentheses) return fromParentheses.slice(0, limits.shortLabel);
  if (text.length <= shortEnough) return undefined;
  const suggestion = sigleWord(text) ?? dashedShortened(text) ?? properNameShortened(text) ?? initials(text);
  return suggestion && suggestion.length < text.length ? suggestion.slice(0, limits.shortLabel) : undefined;
}

/**
 * The full name followed by the short one in parentheses, for lists (the summary): a reader who
 * saw « ASE » on the wall finds it. The name alone when it already contains the short one.
 */
export function labelWithShort(actor: Pick<Actor, 'label' | 'shortLabel'>): string {
  const short = shortLabelOf(actor);
  if (!short || actor.label.toLocaleLowerCase('fr').includes(short.toLocaleLowerCase('fr'))) return actor.label;
  return `${actor.label} (${short})`;
}
