import { limits } from '../limits.js';
import type { MapState, Note } from '../model.js';
import type { NotePatch } from '../operations.js';
import { definedFields, replaceAt, requireIndex, requireNew, requireRoom } from './lookup.js';

function checkReferences(map: MapState, note: Partial<Note>): void {
  if (note.attachedTo) requireIndex(map, note.attachedTo.type === 'actor' ? 'actors' : 'links', note.attachedTo.id);
  for (const owner of note.owners ?? []) requireIndex(map, 'actors', owner);
}

export function addNote(map: MapState, note: Note): MapState {
  requireNew(map, 'notes', note.id);
  requireRoom(map.notes.length, limits.notesPerWorkshop, 'notes');
  checkReferences(map, note);
  return { ...map, notes: [...map.notes, note] };
}

export function updateNote(map: MapState, id: string, patch: NotePatch): MapState {
  const index = requireIndex(map, 'notes', id);
  const fields = definedFields(patch);
  checkReferences(map, fields);
  return { ...map, notes: replaceAt(map.notes, index, { ...map.notes[index]!, ...fields }) };
}

export function removeNote(map: MapState, id: string): MapState {
  requireIndex(map, 'notes', id);
  return { ...map, notes: map.notes.filter((n) => n.id !== id) };
}
