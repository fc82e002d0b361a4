import type { Actor } from '../domain/model.js';
import { initials } from '../domain/short-label.js';
import { fold } from '../exchange/fold.js';

/**
 * How the bar recognises an actor by what is typed: its full name compared folded (case,
 * accents, apostrophes, dashes, spaces and quotes aside), and the actors a new name looks like —
 * the same name without its sigle, the same sigle, or a small spelling difference.
 */

/** A sigle as institutions write one: capitals, maybe digits, dots, « & », « + » or hyphens. */
const siglePattern = /^\p{Lu}[\p{Lu}\p{N}.&+-]{1,11}$/u;

export function isSigle(text: string): boolean {
  return siglePattern.test(text.trim()) && /\p{Lu}.*\p{Lu}/u.test(text);
}

const trailingSigle = /^(.*\S)\s*\(([^()]*)\)\s*$/s;

function sigleKey(sigle: string): string {
  return fold(sigle).replace(/ /g, '');
}

/** The sigle a name carries: its trailing (ASE), or the whole name when it is one (CAF). */
export function sigleOf(name: string): string | undefined {
  const inside = trailingSigle.exec(name)?.[2];
  if (inside !== undefined && isSigle(inside)) return sigleKey(inside);
  return isSigle(name) ? sigleKey(name) : undefined;
}

/** The name without its trailing (SIGLE), folded. */
export function withoutSigle(name: string): string {
  const parts = trailingSigle.exec(name);
  return parts && isSigle(parts[2] ?? '') ? fold(parts[1] ?? '') : fold(name);
}

const innerSigle = /^(.*?\S)\s*\(([^()]*)\)\s*\S/s;

/**
 * A sigle inside a name, not at its end — « Maison départementale des solidarités (MDS) de
 * Saint-Priest » —, with the words before it, folded: typed alone, either names that actor.
 */
function innerSigleOf(name: string): { sigle: string; before: string } | undefined {
  if (trailingSigle.test(name) && isSigle(trailingSigle.exec(name)?.[2] ?? '')) return undefined;
  const parts = innerSigle.exec(name);
  if (!parts || !isSigle(parts[2] ?? '')) return undefined;
  return { sigle: sigleKey(parts[2] ?? ''), before: fold(parts[1] ?? '') };
}

/** A sigle typed in a hurry, in lowercase (« caf », « mds »): one short word, no capitals. */
function typedSigle(name: string): string | undefined {
  if (isSigle(name)) return sigleKey(name);
  return /^\p{Ll}{2,6}$/u.test(name.trim()) ? fold(name) : undefined;
}

/** The initials of a name's words, folded: « Aide sociale à l’enfance » gives ase. */
function initialsOf(name: string): string {
  return fold(initials(name) ?? '');
}

/** How a typed name matches an actor that is not its full name: its short name, or a lookalike. */
export type Likeness = 'shortLabel' | 'sigle' | 'sameSigle' | 'spelling';

interface Entry {
  actor: Actor;
  key: string;
  stripped: string;
  sigle: string | undefined;
  inner: { sigle: string; before: string } | undefined;
  initials: string;
  /** Its « nom court », folded, when it has one. */
  short: string | undefined;
}

export interface NameIndex {
  entries: Entry[];
  byKey: Map<string, Actor>;
  byShort: Map<string, Actor[]>;
  /** Lookalikes already found for a name: a line is read several ways, each keystroke again. */
  alike: Map<string, { actor: Actor; likeness: Likeness }[]>;
}

const indexes = new WeakMap<readonly Actor[], NameIndex>();

/** Built once per list of actors (the map's list changes identity on every edit). */
export function nameIndex(actors: readonly Actor[]): NameIndex {
  const cached = indexes.get(actors);
  if (cached) return cached;
  const entries = actors.map((actor) => ({
    actor,
    key: fold(actor.label),
    stripped: withoutSigle(actor.label),
    sigle: sigleOf(actor.label),
    inner: innerSigleOf(actor.label),
    initials: initialsOf(actor.label),
    short: actor.shortLabel?.trim() ? fold(actor.shortLabel) : undefined,
  }));
  const byKey = new Map<string, Actor>();
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry.actor);
  const byShort = new Map<string, Actor[]>();
  for (const entry of entries) {
    if (entry.short) byShort.set(entry.short, [...(byShort.get(entry.short) ?? []), entry.actor]);
  }
  const index = { entries, byKey, byShort, alike: new Map() };
  indexes.set(actors, index);
  return index;
}

/** The actor whose full name this is, folded. */
export function actorNamed(index: NameIndex, name: string): Actor | undefined {
  const key = fold(name);
  return key === '' ? undefined : index.byKey.get(key);
}

/** The one actor whose « nom court » this is (« ASE »); none when two actors share it. */
export function actorByShortLabel(index: NameIndex, name: string): Actor | undefined {
  const found = index.byShort.get(fold(name));
  return found?.length === 1 ? found[0] : undefined;
}

/** How many letters may differ for two names to be taken for one, by the shorter's length. */
function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 10 ? 1 : 2;
}

/**
 * Edit distance with swaps of neighbours (optimal string alignment), given up past `limit`: a
 * few letters typed wrong, left out or swapped.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A spelling difference, not two actors: the numbers are the same (« École 1 » and « École 2 »
 * are two schools) and every word that differs is a real word, not a letter (« École A »).
 */
function typoOf(a: string, b: string): boolean {
  const limit = allowedTypos(Math.min(a.length, b.length));
  if (limit === 0 || Math.abs(a.length - b.length) > limit) return false;
  if (a.replace(/\D/g, '') !== b.replace(/\D/g, '')) return false;
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  const differing = [...wordsA].filter((w) => !wordsB.has(w)).concat([...wordsB].filter((w) => !wordsA.has(w)));
  if (differing.some((word) => word.length < 4)) return false;
  return typoDistance(a, b, limit) <= limit;
}

/**
 * The same sigle written twice (« X (ASE) » and « ASE »), or a bare sigle and a full name with
 * those initials (« PMI » and « Protection maternelle et infantile »). Two full names with the same
 * initials are not enough: « Centre municipal de prévention » is not the CMP.
 */
function sameSigle(entry: Entry, sigle: string | undefined, bareSigle: string | undefined, initials: string): boolean {
  if (sigle !== undefined && (sigle === entry.sigle || sigle === entry.short?.replace(/ /g, ''))) return true;
  if (bareSigle !== undefined && bareSigle === entry.initials) return true;
  return entry.sigle !== undefined && entry.sigle === entry.key.replace(/ /g, '') && entry.sigle === initials;
}

/** The actors already on the map that a new name looks like, the likest first. */
export function lookalikes(index: NameIndex, name: string): { actor: Actor; likeness: Likeness }[] {
  const cached = index.alike.get(name);
  if (cached) return cached;
  const found = findLookalikes(index, name);
  if (index.alike.size > 1000) index.alike.clear();
  index.alike.set(name, found);
  return found;
}

function findLookalikes(index: NameIndex, name: string): { actor: Actor; likeness: Likeness }[] {
  const key = fold(name);
  if (key === '') return [];
  const stripped = withoutSigle(name);
  const sigle = sigleOf(name);
  const initials = initialsOf(name);
  const typed = typedSigle(name);
  const found: { actor: Actor; likeness: Likeness; rank: number }[] = [];
  for (const entry of index.entries) {
    if (entry.key === key) continue;
    if (entry.short === key) {
      // A short name two actors share: each is proposed, none is chosen (a unique one resolves).
      found.push({ actor: entry.actor, likeness: 'sameSigle', rank: 0 });
    } else if (entry.stripped === stripped && (entry.sigle !== undefined || sigle !== undefined)) {
      found.push({ actor: entry.actor, likeness: 'sigle', rank: 0 });
    } else if (entry.inner?.before === key) {
      found.push({ actor: entry.actor, likeness: 'sigle', rank: 0 });
    } else if (
      sameSigle(entry, sigle, isSigle(name) ? sigle : undefined, initials) ||
      (typed !== undefined && (typed === entry.sigle || typed === entry.inner?.sigle))
    ) {
      found.push({ actor: entry.actor, likeness: 'sameSigle', rank: 1 });
    } else if (typoOf(entry.stripped, stripped)) {
      found.push({ actor: entry.actor, likeness: 'spelling', rank: 2 });
    }
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.actor.label.localeCompare(b.actor.label, 'fr'))
    .slice(0, 3)
    .map(({ actor, likeness }) => ({ actor, likeness }));
}
