import type { MapState } from '../../shared/domain/model.js';
import { NoteForm } from '../notes/NoteForm.js';
import { useNotesUi } from '../notes/notes-ui.js';
import { ZoneForm } from '../zones/ZoneForm.js';
import { ActeurForm } from './ActeurForm.js';
import { useCarteStore } from './carte-context.js';
import { LienForm } from './LienForm.js';

interface PanneauProps {
  map: MapState;
  actorIds: string[];
  linkIds: string[];
  noteIds: string[];
  zoneIds: string[];
  onDelete(): void;
}

/**
 * Edits the one selected actor, link, note or zone; hidden when nothing (or several things) are
 * selected. A note attached to the selected actor or link can be opened over its form.
 */
export function PanneauSelection({ map, actorIds, linkIds, noteIds, zoneIds, onDelete }: PanneauProps) {
  const carte = useCarteStore();
  const openNoteId = useNotesUi((state) => state.openNoteId);
  const single = actorIds.length + linkIds.length + noteIds.length + zoneIds.length === 1;
  const openNote = map.notes.find((n) => n.id === openNoteId);
  if (single && openNote?.attachedTo && [...actorIds, ...linkIds].includes(openNote.attachedTo.id)) {
    const back = () => useNotesUi.getState().openNote(null);
    const remove = () => {
      back();
      carte.getState().apply([{ type: 'note.remove', id: openNote.id }]);
    };
    return <NoteForm key={openNote.id} note={openNote} map={map} onDelete={remove} onBack={back} />;
  }
  if (single && noteIds.length === 1) {
    const note = map.notes.find((n) => n.id === noteIds[0]);
    return note ? <NoteForm key={note.id} note={note} map={map} onDelete={onDelete} /> : null;
  }
  if (single && zoneIds.length === 1) {
    const zone = map.zones.find((z) => z.id === zoneIds[0]);
    return zone ? <ZoneForm key={zone.id} zone={zone} map={map} onDelete={onDelete} /> : null;
  }
  if (!single) return null;
  if (actorIds.length === 1 && linkIds.length === 0) {
    const actor = map.actors.find((a) => a.id === actorIds[0]);
    return actor ? <ActeurForm key={actor.id} actor={actor} map={map} onDelete={onDelete} /> : null;
  }
  if (linkIds.length === 1 && actorIds.length === 0) {
    const link = map.links.find((l) => l.id === linkIds[0]);
    return link ? <LienForm key={link.id} link={link} map={map} onDelete={onDelete} /> : null;
  }
  return null;
}
