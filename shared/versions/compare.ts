import type { Actor, Link, MapState, Note, Zone } from '../domain/model.js';

/** An element present in both versions whose fields differ; `fields` names them. */
export interface ElementChange<T> {
  before: T;
  after: T;
  fields: (keyof T & string)[];
}

export interface ListComparison<T> {
  added: T[];
  removed: T[];
  changed: ElementChange<T>[];
}

/** What differs between two versions of a map, element by element (by id). */
export interface MapComparison {
  actors: ListComparison<Actor>;
  links: ListComparison<Link>;
  notes: ListComparison<Note>;
  zones: ListComparison<Zone>;
  /** Categories or kinds of link were added, renamed, recoloured or removed. */
  codebookChanged: boolean;
}

/** Deep equality of the plain JSON values a map holds (strings, numbers, arrays, small objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** The fields whose values differ between two versions of one element (the id never does). */
export function changedFields<T extends object>(before: T, after: T): (keyof T & string)[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) => !sameValue((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]),
  ) as (keyof T & string)[];
}

export function compareLists<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListComparison<T> {
  const previous = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const changed: ElementChange<T>[] = [];
  for (const item of after) {
    const old = previous.get(item.id);
    if (!old || old === item) continue;
    const fields = changedFields(old, item);
    if (fields.length > 0) changed.push({ before: old, after: item, fields });
  }
  return {
    added: after.filter((item) => !previous.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    changed,
  };
}

/**
 * Compares two versions of a map: what was added, removed and changed, for actors, links, notes
 * and zones. Elements are matched by id (a duplicated workshop keeps its ids, so its versions
 * compare too); the order of the lists does not count.
 */
export function compareMaps(before: MapState, after: MapState): MapComparison {
  return {
    actors: compareLists(before.actors, after.actors),
    links: compareLists(before.links, after.links),
    notes: compareLists(before.notes, after.notes),
    zones: compareLists(before.zones, after.zones),
    codebookChanged: !sameValue(before.codebook, after.codebook),
  };
}

function listIsSame(list: {
  added: readonly unknown[];
  removed: readonly unknown[];
  changed: readonly unknown[];
}): boolean {
  return list.added.length === 0 && list.removed.length === 0 && list.changed.length === 0;
}

export function isSameMap(comparison: MapComparison): boolean {
  return (
    !comparison.codebookChanged &&
    listIsSame(comparison.actors) &&
    listIsSame(comparison.links) &&
    listIsSame(comparison.notes) &&
    listIsSame(comparison.zones)
  );
}

/** A change that is only a move on the canvas: shown apart, since it changes nothing the group said. */
export function isMoveOnly(change: { fields: readonly string[] }): boolean {
  return change.fields.every((field) => field === 'x' || field === 'y');
}
