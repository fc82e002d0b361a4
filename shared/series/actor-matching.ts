import type { Actor, MapState } from '../domain/model.js';
import { foldSingular } from '../exchange/fold.js';

/**
 * Which actor of an earlier workshop of a territory is which actor of a later one. Ids mean
 * nothing across workshops (a new workshop has new ids), so actors are matched by their folded
 * name and their standard type; what is only likely is put to the facilitator, who says « même
 * acteur » or « pas le même ». Nothing likely is ever taken as sure without them.
 */

/** The facilitator's answer about one pair: the same actor (`same`), or not. */
export interface PairDecision {
  before: string;
  after: string;
  same: boolean;
}

export interface ActorPair {
  before: Actor;
  after: Actor;
  /** `name`: the same name, folded, and no type saying otherwise; `confirmed`: said by the facilitator. */
  how: 'name' | 'confirmed';
}

export interface PairToConfirm {
  before: Actor;
  after: Actor;
  /**
   * `type`: the only actors of one standard type on each side, under other names;
   * `name`: one name holds every word of the other (« CAF » and « CAF de l’Essonne »);
   * `type-differs`: the same name but two different standard types.
   */
  why: 'type' | 'name' | 'type-differs';
}

export interface ActorMatching {
  pairs: ActorPair[];
  /** Likely pairs nobody confirmed nor refused yet: counted as not matched until then. */
  toConfirm: PairToConfirm[];
}

/** Little words that say nothing of who an actor is. */
const stopWords = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'sur']);

/** The folded name (accents, case, punctuation, final « s » set aside): two spellings of one name meet. */
export function nameKey(label: string): string {
  return foldSingular(label);
}

function wordsOf(label: string): Set<string> {
  return new Set(
    nameKey(label)
      .split(' ')
      .filter((w) => w !== '' && !stopWords.has(w)),
  );
}

/** One name holds every meaningful word of the other, and they are not the same name. */
export function namesClose(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.size === 0 || wb.size === 0) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].every((w) => large.has(w));
}

const typeOf = (actor: Actor) => actor.standardType ?? '';
const pairKey = (before: string, after: string) => `${before}\u0000${after}`;

/**
 * Matches the actors of two maps, in four passes over what is left unmatched: the facilitator's
 * confirmed pairs; the same folded name, one actor on each side (a different standard type on
 * both sides makes it a question instead); then, as questions, the only actor of a standard type
 * on each side; and names one of which holds the other's words, when only one such pair exists
 * for each. A refused pair is neither matched nor asked again. Deterministic: the maps' order.
 */
export function matchActors(before: MapState, after: MapState, decisions: readonly PairDecision[] = []): ActorMatching {
  const beforeById = new Map(before.actors.map((a) => [a.id, a]));
  const afterById = new Map(after.actors.map((a) => [a.id, a]));
  const refused = new Set(decisions.filter((d) => !d.same).map((d) => pairKey(d.before, d.after)));
  const usedBefore = new Set<string>();
  const usedAfter = new Set<string>();
  const pairs: ActorPair[] = [];
  const toConfirm: PairToConfirm[] = [];
  const take = (b: Actor, a: Actor) => {
    usedBefore.add(b.id);
    usedAfter.add(a.id);
  };

  for (const d of decisions) {
    const b = beforeById.get(d.before);
    const a = afterById.get(d.after);
    if (!d.same || !b || !a || usedBefore.has(b.id) || usedAfter.has(a.id)) continue;
    take(b, a);
    pairs.push({ before: b, after: a, how: 'confirmed' });
  }

  const open = (actors: readonly Actor[], used: Set<string>) => actors.filter((x) => !used.has(x.id));
  const groupBy = (actors: readonly Actor[], key: (a: Actor) => string) => {
    const groups = new Map<string, Actor[]>();
    for (const actor of actors) {
      const k = key(actor);
      if (k === '') continue;
      groups.set(k, [...(groups.get(k) ?? []), actor]);
    }
    return groups;
  };

  /** Pairs the actors alone of their key on each side (an empty key never pairs). */
  const aloneOnBothSides = (key: (a: Actor) => string, found: (b: Actor, a: Actor) => void) => {
    const news = groupBy(open(after.actors, usedAfter), key);
    for (const [k, olds] of groupBy(open(before.actors, usedBefore), key)) {
      const [b] = olds;
      const [a, ...more] = news.get(k) ?? [];
      if (olds.length !== 1 || more.length > 0 || !b || !a || refused.has(pairKey(b.id, a.id))) continue;
      take(b, a);
      found(b, a);
    }
  };
  // Same folded name, alone of its name on each side; then the only actor of a standard type on each side.
  aloneOnBothSides(
    (a) => nameKey(a.label),
    (b, a) => {
      const typesDiffer = typeOf(b) !== '' && typeOf(a) !== '' && typeOf(b) !== typeOf(a);
      if (typesDiffer) toConfirm.push({ before: b, after: a, why: 'type-differs' });
      else pairs.push({ before: b, after: a, how: 'name' });
    },
  );
  aloneOnBothSides(typeOf, (b, a) => toConfirm.push({ before: b, after: a, why: 'type' }));

  // Close names, when the pair is the only one for both actors.
  const restBefore = open(before.actors, usedBefore);
  const restAfter = open(after.actors, usedAfter);
  const closeTo = (actor: Actor, others: readonly Actor[], beforeSide: boolean) =>
    others.filter(
      (o) =>
        namesClose(actor.label, o.label) &&
        !refused.has(beforeSide ? pairKey(actor.id, o.id) : pairKey(o.id, actor.id)),
    );
  for (const b of restBefore) {
    const candidates = closeTo(b, restAfter, true);
    const [a] = candidates;
    if (candidates.length !== 1 || !a || closeTo(a, restBefore, false).length !== 1) continue;
    toConfirm.push({ before: b, after: a, why: 'name' });
  }

  return { pairs, toConfirm };
}

/**
 * The decisions kept after the facilitator answers about one pair: an answer replaces any
 * earlier one about either actor of a pair said to be the same (an actor is one actor at a time).
 */
export function decide(decisions: readonly PairDecision[], answer: PairDecision): PairDecision[] {
  const kept = decisions.filter((d) => {
    if (d.before === answer.before && d.after === answer.after) return false;
    if (!answer.same) return true;
    return !(d.same && (d.before === answer.before || d.after === answer.after));
  });
  return [...kept, answer];
}
