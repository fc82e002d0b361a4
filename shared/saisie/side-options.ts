import type { Codebook } from '../domain/codebook.js';
import { limits } from '../domain/limits.js';
import type { Actor } from '../domain/model.js';
import type { ActorPatch } from '../domain/operations.js';
import { actorByShortLabel, actorNamed, isSigle, type Likeness, lookalikes, type NameIndex } from './actor-names.js';
import { hasArrow, type Side } from './command-line.js';
import { type Attributes, actorFacets, readAttributes } from './facets.js';
import { unclosedQuote } from './line-text.js';
import type { SaisieError } from './saisie-error.js';

/**
 * Who one side of a line names: the actors it could be, the likeliest first. An existing
 * actor's full name wins; a trailing (…) is read as attributes only when it says some and no
 * actor has the full name; a new name that looks like an existing actor offers that actor first,
 * so that creating a second one is a choice.
 */

export type ActorChoice =
  | {
      type: 'existing';
      actor: Actor;
      /** What the line changes on it (a category given in parentheses…), only what differs. */
      patch: ActorPatch;
      /** What was typed, when it is not the actor's name but looks like it. */
      typed?: string;
      likeness?: Likeness;
    }
  | {
      type: 'new';
      name: string;
      values: ActorValues & { category: string };
      /** The sigle the category was read from, when it stays in the name: « (ASE) ». */
      categoryFromSigle?: string;
    };

export interface SideContext {
  index: NameIndex;
  codebook: Codebook;
  defaultCategory: string;
  /** Attributes written after « : » on an actors line: they apply to each actor. */
  lineAttributes: Attributes<Actor>;
}

export type SideOptions = { ok: true; options: ActorChoice[] } | { ok: false; error: SaisieError };

/** What the line says of an actor: fields the facets set (never its id or place). */
type ActorValues = Partial<Omit<Actor, 'id' | 'x' | 'y'>>;

function patchOf(attributes: Attributes<Actor>, actor?: Actor): ActorValues {
  const patch: ActorValues = {};
  for (const { facet, value } of attributes.values()) {
    if (actor && facet.current(actor) === value.id) continue;
    Object.assign(patch, facet.patch(value.id));
  }
  return patch;
}

function existing(actor: Actor, attributes: Attributes<Actor>): Extract<ActorChoice, { type: 'existing' }> {
  return { type: 'existing', actor, patch: patchOf(attributes, actor) };
}

function newChoice(name: string, attributes: Attributes<Actor>, context: SideContext, sigle?: string): ActorChoice {
  const values = patchOf(attributes);
  return {
    type: 'new',
    name,
    values: { ...values, category: values.category ?? context.defaultCategory },
    ...(sigle !== undefined ? { categoryFromSigle: sigle } : {}),
  };
}

/** Why a name cannot be a new actor's as typed, unless it is put between quotes. */
export function newNameError(name: string, quoted: boolean): SaisieError | undefined {
  if (name.trim() === '') return { code: 'emptyName' };
  if (name.length > limits.label) return { code: 'nameTooLong', max: limits.label };
  if (quoted) return undefined;
  const open = unclosedQuote(name);
  if (open) return { code: 'unclosedQuote', quote: open };
  if (hasArrow(name)) return { code: 'arrowInName', name };
  if (name.includes(':')) return { code: 'colonInName', name };
  if (name.endsWith('?')) return { code: 'questionInName', name };
  return undefined;
}

/** A new actor, after the existing ones its name looks like. */
function choicesFor(
  name: string,
  attributes: Attributes<Actor>,
  context: SideContext,
  quoted: boolean,
  sigle?: string,
): SideOptions {
  const error = newNameError(name, quoted);
  if (error) return { ok: false, error };
  const alike = lookalikes(context.index, name).map(
    ({ actor, likeness }): ActorChoice => ({ ...existing(actor, attributes), typed: name, likeness }),
  );
  return { ok: true, options: [...alike, newChoice(name, attributes, context, sigle)] };
}

/** Attributes of the parentheses and of the line together, unless they say two things of one field. */
function merged(line: Attributes<Actor>, own: Attributes<Actor>): Attributes<Actor> | undefined {
  for (const [facet, found] of own) {
    const other = line.get(facet);
    if (other && other.value.id !== found.value.id) return undefined;
  }
  return new Map([...line, ...own]);
}

export function sideOptions(side: Side, context: SideContext): SideOptions {
  const line = context.lineAttributes;
  // « CAF > » is a link begun and « CAF ? » a desired one, not the CAF: folding drops the signs.
  const linkSign = side.quoted === undefined && (hasArrow(side.text) || side.text.trim().endsWith('?'));
  const whole = linkSign ? undefined : actorNamed(context.index, side.text);
  if (whole) return { ok: true, options: [existing(whole, line)] };
  const short = actorByShortLabel(context.index, side.quoted ?? side.text);
  if (short)
    return {
      ok: true,
      options: [{ ...existing(short, line), typed: side.quoted ?? side.text, likeness: 'shortLabel' }],
    };
  if (side.quoted !== undefined) {
    if (side.trailing === undefined) {
      const named = actorNamed(context.index, side.quoted);
      return named ? { ok: true, options: [existing(named, line)] } : choicesFor(side.quoted, line, context, true);
    }
    const own = readAttributes(side.trailing, actorFacets, context.codebook);
    if (!own.ok) {
      return { ok: false, error: { code: 'unknownTerm', term: side.trailing, subject: 'actor', expected: 'category' } };
    }
    const attributes = merged(line, own.found);
    if (!attributes) return { ok: false, error: twice(line, own.found) };
    const named = actorNamed(context.index, side.quoted);
    return named
      ? { ok: true, options: [existing(named, attributes)] }
      : choicesFor(side.quoted, attributes, context, true);
  }

  if (side.head === undefined || side.trailing === undefined || side.head === '') {
    const named = line.has('category') ? undefined : namedCategory(side.text, context);
    if (!named) return choicesFor(side.text, line, context, false);
    const sigle = isSigle(side.text) ? side.text.trim() : undefined;
    return choicesFor(side.text, new Map([...line, ...named]), context, false, sigle);
  }

  const own = readAttributes(side.trailing, actorFacets, context.codebook);
  const attributes = own.ok ? merged(line, own.found) : undefined;
  if (!own.ok || !attributes) return choicesFor(side.text, line, context, false);
  const headActor = actorNamed(context.index, side.head);
  // A name's sigle (« (ASE) ») that a category lists: the name keeps it, the category is taken from it.
  if (isSigle(side.trailing) && own.found.has('category') && !line.has('category')) {
    if (headActor) return { ok: true, options: [existing(headActor, attributes), newChoice(side.text, line, context)] };
    const kept = choicesFor(side.text, attributes, context, false, side.trailing);
    if (!kept.ok) return kept;
    return { ok: true, options: [...kept.options, newChoice(side.head, attributes, context)] };
  }
  const primary = headActor
    ? ({ ok: true, options: [existing(headActor, attributes)] } as const)
    : choicesFor(side.head, attributes, context, false);
  if (!primary.ok) return primary;
  // Parentheses read from the start of a word only (« (asso) ») may belong to the name: offered.
  const loose = [...own.found.values()].some((found) => found.loose);
  const asName = loose && newNameError(side.text, false) === undefined ? [newChoice(side.text, line, context)] : [];
  return { ok: true, options: [...primary.options, ...asName] };
}

/**
 * A name that is all a category's word — « PMI », a sigle it lists, as « (PMI) » after a name;
 * « Éducation nationale », « Collège », « Habitants » — has that category.
 */
function namedCategory(text: string, context: SideContext): Attributes<Actor> | undefined {
  const read = readAttributes(text, actorFacets, context.codebook);
  if (!read.ok || read.found.size !== 1) return undefined;
  const found = read.found.get('category');
  return found && !found.loose ? read.found : undefined;
}

function twice(line: Attributes<Actor>, own: Attributes<Actor>): SaisieError {
  for (const [facet, found] of own) {
    const other = line.get(facet);
    if (other && other.value.id !== found.value.id) {
      return { code: 'facetTwice', facet, first: other.value.label.fr, second: found.value.label.fr };
    }
  }
  return { code: 'emptyName' };
}

/** Whether a choice creates an actor or only proposes one that is not exactly what was typed. */
export function isNewOrGuessed(choice: ActorChoice): boolean {
  return choice.type === 'new' || (choice.typed !== undefined && choice.likeness !== 'shortLabel');
}

export function choiceName(choice: ActorChoice): string {
  return choice.type === 'new' ? choice.name : choice.actor.label;
}
