import type { MapState } from '../model.js';
import { OpError } from '../op-error.js';

export function indexOfId<T extends { id: string }>(items: readonly T[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

const names = { actors: 'Acteur', links: 'Lien', notes: 'Note', zones: 'Zone' } as const;

/** The index of an element that must exist, or an OpError naming what is missing. */
function listOf(map: MapState, list: keyof typeof names): readonly { id: string }[] {
  return map[list];
}

export function requireIndex(map: MapState, list: keyof typeof names, id: string): number {
  const index = indexOfId(listOf(map, list), id);
  if (index < 0) throw new OpError('not_found', `${names[list]} introuvable (${id}) : il a peut-être été supprimé.`);
  return index;
}

export function requireNew(map: MapState, list: keyof typeof names, id: string): void {
  if (indexOfId(listOf(map, list), id) >= 0) {
    throw new OpError('conflict', `${names[list]} déjà présent avec l’identifiant ${id}.`);
  }
}

export function requireRoom(count: number, max: number, what: string): void {
  if (count >= max) throw new OpError('invalid', `Un atelier compte au plus ${max} ${what}.`);
}

/**
 * The fields a patch sets. A field given as undefined (possible over IPC, whose structured
 * clone keeps it) means "unchanged", exactly as the database writer reads it.
 */
export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}
