import type { Actor, Link, MapState } from '../domain/model.js';
import type { LinkPatch } from '../domain/operations.js';
import { fold } from '../exchange/fold.js';
import { nameIndex } from './actor-names.js';
import { type ActorsShape, type LinkShape, type Shape, shapesOf } from './command-line.js';
import { type Attributes, actorFacets, type Facet, linkFacets, readAttributes } from './facets.js';
import type { SaisieError } from './saisie-error.js';
import { type ActorChoice, isNewOrGuessed, type SideContext, type SideOptions, sideOptions } from './side-options.js';

/**
 * What a typed line will do, read against the map: every plausible reading, the likeliest first.
 * The bar shows them before Enter; Enter applies the first, Alt+2… another. Pure.
 *
 * Which reading comes first, in order: the one that names no new actor with a comma it could have
 * been cut at; then the one that creates the fewest actors (existing full names win, longest
 * first); then the one whose new names start as names do (a capital), not as the rest of one
 * (« – service Enfance Jeunesse »); then a dash between names is part of a name unless the line
 * says what the link is (« : type » or « ? »); then a hyphen typed on the keyboard is the link
 * rather than a typographic dash, which institutions write inside names.
 */

export interface Defaults {
  /** Category of a new actor when the line gives none. */
  category: string;
  /** Kind of a new link when the line gives none (the bar remembers the last one). */
  kind: string;
}

export type LinkValues = Pick<Link, 'kind' | 'intensity' | 'quality' | 'status'>;

export type Reading =
  | { type: 'actors'; actors: ActorChoice[] }
  | {
      type: 'link';
      from: ActorChoice;
      to: ActorChoice;
      directed: boolean;
      values: LinkValues;
      /** The kind was not written: the default one is used. */
      defaultKind: boolean;
      /** The same link is already on the map: what the line changes on it (maybe nothing). */
      update?: { link: Link; patch: LinkPatch };
    };

export type LinkReading = Extract<Reading, { type: 'link' }>;

export type ReadResult = { ok: true; readings: Reading[] } | { ok: false; error: SaisieError };

/** The most readings shown at once: more would not be read in front of a group. */
const maxReadings = 3;

interface Candidate {
  readings: Reading[];
  cost: number[];
}

type Evaluated = { ok: true; candidate: Candidate } | { ok: false; error: SaisieError };

export function readLine(map: MapState, input: string, defaults: Defaults): ReadResult {
  const shapes = shapesOf(input);
  if (!shapes.ok) return shapes;
  const candidates: Candidate[] = [];
  const errors: { error: SaisieError; rank: number }[] = [];
  for (const shape of shapes.shapes) {
    const results = shape.type === 'link' ? [evaluateLink(map, shape, defaults)] : evaluateActors(map, shape, defaults);
    for (const result of results) {
      if (result.ok) candidates.push(result.candidate);
      else errors.push({ error: result.error, rank: errorRank(shape) });
    }
  }
  if (candidates.length === 0) {
    errors.sort((a, b) => a.rank - b.rank);
    return { ok: false, error: errors[0]?.error ?? { code: 'emptyName' } };
  }
  candidates.sort((a, b) => compareCosts(a.cost, b.cost));
  const readings: Reading[] = [];
  const seen = new Set<string>();
  const add = (reading: Reading) => {
    const key = readingKey(reading);
    if (seen.has(key) || readings.length >= maxReadings) return;
    seen.add(key);
    readings.push(reading);
  };
  candidates[0]!.readings.forEach(add);
  // One other way of cutting the line, if it is plausible: no new name swallowing a comma, none
  // starting as the rest of a name (« Mairie » and « service Enfance Jeunesse » are not two actors).
  const other = candidates
    .slice(1)
    .find(
      (candidate) =>
        candidate.cost[0] === 0 && candidate.cost[2] === 0 && !seen.has(readingKey(candidate.readings[0]!)),
    );
  if (other) add(other.readings[0]!);
  return { ok: true, readings };
}

/** The error to show when nothing reads: the one of the most structured reading (« : » used, a link). */
function errorRank(shape: Shape): number {
  // Parentheses read as a link's attributes are a guess: its refusal is the last one worth showing.
  if (shape.type === 'link' && shape.inParentheses) return 4;
  return (shape.attributes === undefined ? 2 : 0) + (shape.type === 'link' ? 0 : 1);
}

function compareCosts(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function choiceKey(choice: ActorChoice): string {
  return choice.type === 'new'
    ? `+${fold(choice.name)}|${JSON.stringify(choice.values)}`
    : `=${choice.actor.id}|${JSON.stringify(choice.patch)}`;
}

function readingKey(reading: Reading): string {
  if (reading.type === 'actors') return `a:${reading.actors.map(choiceKey).join(',')}`;
  return `l:${choiceKey(reading.from)}>${choiceKey(reading.to)}:${reading.directed}:${JSON.stringify(reading.values)}`;
}

function sameActor(a: ActorChoice, b: ActorChoice): boolean {
  if (a.type === 'existing' && b.type === 'existing') return a.actor.id === b.actor.id;
  if (a.type === 'new' && b.type === 'new') return fold(a.name) === fold(b.name);
  return false;
}

/** A name typed in lowercase reads as the rest of a name (« – service Enfance Jeunesse »), not as one. */
function startsLowercase(choice: ActorChoice): boolean {
  const typed = choice.type === 'new' ? choice.name : choice.typed;
  return typed !== undefined && isNewOrGuessed(choice) && /^\p{Ll}/u.test(typed);
}

function lineAttributes<T>(
  text: string | undefined,
  facets: readonly Facet<T>[],
  map: MapState,
  subject: 'actor' | 'link',
): { ok: true; found: Attributes<T> } | { ok: false; error: SaisieError } {
  if (text === undefined || text === '') return { ok: true, found: new Map() };
  const read = readAttributes(text, facets, map.codebook);
  if (read.ok) return read;
  if ('twice' in read) {
    const [first, second] = read.twice;
    return {
      ok: false,
      error: { code: 'facetTwice', facet: first.facet.id, first: first.value.label.fr, second: second.value.label.fr },
    };
  }
  if ('tooLong' in read) {
    return { ok: false, error: { code: 'valueTooLong', facet: read.tooLong.id, max: read.tooLong.free?.max ?? 0 } };
  }
  const expected = read.index > 0 ? 'any' : subject === 'link' ? 'kind' : 'category';
  return { ok: false, error: { code: 'unknownTerm', term: read.unknown, subject, expected } };
}

/** Costs shared by both kinds of line, from the actors a reading names. */
function namingCost(choices: ActorChoice[]): number[] {
  return [choices.filter(isNewOrGuessed).length, choices.filter(startsLowercase).length];
}

function evaluateActors(map: MapState, shape: ActorsShape, defaults: Defaults): Evaluated[] {
  const attributes = lineAttributes(shape.attributes, actorFacets, map, 'actor');
  if (!attributes.ok) return [{ ok: false, error: attributes.error }];
  const context: SideContext = {
    index: nameIndex(map.actors),
    codebook: map.codebook,
    defaultCategory: defaults.category,
    lineAttributes: attributes.found,
  };
  return groupings(shape, context).map((groups) => {
    const sides: SideOptions[] = groups.map(([from, to]) => sideOptions(shape.side(from, to), context));
    const failed = sides.find((side) => !side.ok);
    if (failed && !failed.ok) return { ok: false, error: failed.error };
    const options = sides.flatMap((side) => (side.ok ? [side.options] : []));
    const chosen = uniqueChoices(options.map((list) => list[0]!));
    const joinedCommas = groups.reduce((count, [from, to], i) => {
      if (chosen[i]?.type !== 'new' && options[i]?.[0]?.type !== 'new') return count;
      let starts = 0;
      for (let piece = from + 1; piece <= to; piece++) if (shape.startsName(piece)) starts += 1;
      return count + starts;
    }, 0);
    const readings: Reading[] = [{ type: 'actors', actors: chosen }];
    options.forEach((list, i) => {
      // In a list, only a proposed lookalike is worth another reading: the rest would be noise.
      if (options.length > 1 && list[0] && !isNewOrGuessed(list[0])) return;
      if (options.length > 1 && list[0]?.type === 'new') return;
      for (const other of list.slice(1)) {
        readings.push({ type: 'actors', actors: uniqueChoices(options.map((l, j) => (j === i ? other : l[0]!))) });
      }
    });
    const first = chosen[0];
    const firstLength = first ? -(first.type === 'new' ? first.name : first.actor.label).length : 0;
    return { ok: true, candidate: { readings, cost: [joinedCommas, ...namingCost(chosen), 0, 0, firstLength] } };
  });
}

/** The same actor twice on one line is one actor. */
function uniqueChoices(choices: ActorChoice[]): ActorChoice[] {
  return choices.filter((choice, i) => choices.findIndex((other) => sameActor(other, choice)) === i);
}

/**
 * Which commas separate actors: every one; none; and, longest match first, the pieces that
 * together name an actor on the map, a piece that starts in lowercase staying with the one
 * before (« Maison des solidarités, antenne Nord »).
 */
function groupings(shape: ActorsShape, context: SideContext): [number, number][][] {
  const count = shape.pieces;
  const each = Array.from({ length: count }, (_, i): [number, number] => [i, i]);
  const all: [number, number][][] = [each];
  if (count > 1) all.push([[0, count - 1]]);
  if (count > 1 && count <= 24) {
    const greedy: [number, number][] = [];
    let start = 0;
    while (start < count) {
      let end = start;
      for (let to = count - 1; to > start; to--) {
        const side = shape.side(start, to);
        const options = sideOptions(side, context);
        const first = options.ok ? options.options[0] : undefined;
        if (first && !isNewOrGuessed(first)) {
          end = to;
          break;
        }
      }
      if (end === start) while (end + 1 < count && !shape.startsName(end + 1)) end += 1;
      greedy.push([start, end]);
      start = end + 1;
    }
    all.push(greedy);
  }
  return all;
}

function evaluateLink(map: MapState, shape: LinkShape, defaults: Defaults): Evaluated {
  const attributes = lineAttributes(shape.attributes, linkFacets, map, 'link');
  if (!attributes.ok) return attributes;
  const typed = attributes.found;
  if (shape.desired && typed.get('status')?.value.id === 'existing') {
    return { ok: false, error: { code: 'desiredButExisting' } };
  }
  const context: SideContext = {
    index: nameIndex(map.actors),
    codebook: map.codebook,
    defaultCategory: defaults.category,
    lineAttributes: new Map(),
  };
  const from = sideOptions(shape.from, context);
  if (!from.ok) return from;
  const to = sideOptions(shape.to, context);
  if (!to.ok) return to;

  const kindGiven = typed.get('kind')?.value.id;
  const defaultKind = map.codebook.linkKinds.some((k) => k.id === defaults.kind)
    ? defaults.kind
    : (map.codebook.linkKinds[0]?.id ?? 'autre');
  const typedPatch: LinkPatch = {};
  for (const { facet, value } of typed.values()) Object.assign(typedPatch, facet.patch(value.id));
  if (shape.desired) typedPatch.status = 'desired';

  const build = (a: ActorChoice, b: ActorChoice): LinkReading | undefined => {
    if (sameActor(a, b)) return undefined;
    const update =
      a.type === 'existing' && b.type === 'existing' ? sameLink(map, a.actor, b.actor, shape, kindGiven) : undefined;
    const values: LinkValues = {
      kind: kindGiven ?? update?.kind ?? defaultKind,
      intensity: 'reguliere',
      quality: null,
      status: 'existing',
      ...(update ? { intensity: update.intensity, quality: update.quality, status: update.status } : {}),
      ...typedPatch,
    };
    const reading: LinkReading = {
      type: 'link',
      from: a,
      to: b,
      directed: shape.directed,
      values,
      defaultKind: kindGiven === undefined && !update,
    };
    if (update) reading.update = { link: update, patch: changes(update, typedPatch, shape.directed) };
    return reading;
  };

  const first = build(from.options[0]!, to.options[0]!);
  if (!first) {
    const name = from.options[0]!.type === 'new' ? from.options[0]!.name : from.options[0]!.actor.label;
    return { ok: false, error: { code: 'sameActor', name } };
  }
  const readings: Reading[] = [first];
  for (const other of from.options.slice(1)) {
    const reading = build(other, to.options[0]!);
    if (reading) readings.push(reading);
  }
  for (const other of to.options.slice(1)) {
    const reading = build(from.options[0]!, other);
    if (reading) readings.push(reading);
  }
  const choices = [first.from, first.to];
  const bare = !shape.attributes && !shape.desired;
  const cost = [
    0,
    ...namingCost(choices),
    shape.dash && bare ? 1 : 0,
    shape.dash && shape.dash !== '-' ? 1 : 0,
    -shape.from.text.length,
  ];
  return { ok: true, candidate: { readings, cost } };
}

/**
 * The link the line names again: same two actors, same kind (or the only link between them when
 * no kind is written), and a direction that a patch can give (the link's own source first).
 */
function sameLink(map: MapState, from: Actor, to: Actor, shape: LinkShape, kind: string | undefined): Link | undefined {
  const between = map.links.filter((link) => {
    const forward = link.source === from.id && link.target === to.id;
    const backward = link.source === to.id && link.target === from.id;
    return shape.directed ? forward : forward || backward;
  });
  if (kind !== undefined) return between.find((link) => link.kind === kind);
  return between.length === 1 ? between[0] : undefined;
}

function changes(link: Link, typed: LinkPatch, directed: boolean): LinkPatch {
  const patch: LinkPatch = {};
  for (const [field, value] of Object.entries(typed) as [keyof LinkPatch, unknown][]) {
    if (link[field] !== value) Object.assign(patch, { [field]: value });
  }
  if (link.directed !== directed) patch.directed = directed;
  return patch;
}
