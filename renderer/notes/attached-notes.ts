import type { Note } from '../../shared/domain/model.js';

const cache = new WeakMap<readonly Note[], Map<string, Note[]>>();

/**
 * The notes attached to each actor and link, computed once per version of the notes list (the
 * store replaces the array on every change), so that each actor's badge costs a lookup.
 */
function byElement(notes: readonly Note[]): Map<string, Note[]> {
  let index = cache.get(notes);
  if (!index) {
    index = new Map();
    for (const note of notes) {
      if (!note.attachedTo) continue;
      const key = `${note.attachedTo.type}:${note.attachedTo.id}`;
      const list = index.get(key);
      if (list) list.push(note);
      else index.set(key, [note]);
    }
    cache.set(notes, index);
  }
  return index;
}

const none: readonly Note[] = [];

export function notesOn(notes: readonly Note[] | undefined, type: 'actor' | 'link', id: string): readonly Note[] {
  return notes ? (byElement(notes).get(`${type}:${id}`) ?? none) : none;
}
