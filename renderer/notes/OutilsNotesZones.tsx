import { useStoreApi } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { NoteKind } from '../../shared/domain/codebook.js';
import { type MapState, newNote } from '../../shared/domain/model.js';
import { ActionButton } from '../actions/ActionButton.js';
import { useAction } from '../actions/context.js';
import { useCarteStore } from '../carte/carte-context.js';
import type { CarteNode } from '../carte/carte-nodes.js';
import type { LienEdgeType } from '../carte/flow-sync.js';
import { CodebookDialog } from '../codebook/CodebookDialog.js';
import { newZoneAt } from '../zones/new-zone.js';
import { NoteKindChooser } from './NoteKindChooser.js';
import { useNotesUi } from './notes-ui.js';
import { useNoteSpot, useViewCentre } from './use-note-spot.js';

/**
 * The toolbar's notes, zones and codebook buttons, with their keys: P a note (then 1–6 for its
 * kind), Maj+P the list of notes, Z a zone. Letters without Ctrl, never typed into a field.
 */
export function OutilsNotesZones({ map }: { map: MapState }) {
  const { t } = useTranslation();
  const store = useStoreApi<CarteNode, LienEdgeType>();
  const carte = useCarteStore();
  const noteSpot = useNoteSpot();
  const choosing = useNotesUi((state) => state.choosing);
  const listOpen = useNotesUi((state) => state.listOpen);
  const [codebookOpen, setCodebookOpen] = useState(false);

  const viewCentre = useViewCentre();

  const addNote = useCallback(
    (kind: NoteKind) => {
      useNotesUi.getState().setChoosing(false);
      const { x, y } = noteSpot();
      const id = crypto.randomUUID();
      const text = `${t(`domaine.noteKind.${kind}`)}…`;
      carte.getState().apply([{ type: 'note.add', note: newNote({ id, kind, text, x, y }) }]);
      store.getState().unselectNodesAndEdges();
      carte.getState().setEditing(id, true);
    },
    [carte, noteSpot, store, t],
  );

  const addZone = useCallback(() => {
    const zone = newZoneAt(viewCentre(map.zones.length), map.zones.length, t('zones.newLabel'));
    carte.getState().apply([{ type: 'zone.add', zone }]);
    store.getState().unselectNodesAndEdges();
    carte.getState().setEditing(zone.id, true);
  }, [carte, map.zones.length, store, t, viewCentre]);

  const closeChooser = useCallback(() => useNotesUi.getState().setChoosing(false), []);

  // The keys, the rail and the desktop app's Affichage menu all run these.
  // The rail's button opens and closes the chooser; a key or the menu opens it.
  useAction('map.addNote', (source) =>
    useNotesUi.getState().setChoosing(source === 'rail' ? !useNotesUi.getState().choosing : true),
  );
  useAction('map.addZone', addZone);
  useAction('map.notesList', () => useNotesUi.getState().toggleList());
  useAction('map.codebook', () => setCodebookOpen(true));

  return (
    <>
      <ActionButton name="map.addNote" hint={t('notes.addHint')} expanded={choosing} showKey>
        + {t('notes.add')}
      </ActionButton>
      <ActionButton name="map.addZone" hint={t('zones.addHint')} showKey>
        + {t('zones.add')}
      </ActionButton>
      <ActionButton
        name="map.notesList"
        className={`bouton${listOpen ? ' actif' : ''}`}
        pressed={listOpen}
        ariaLabel={`${t('notes.list')} (${map.notes.length})`}
        hint={t('notes.listHint')}
      >
        ✎ {t('notes.list')} ({map.notes.length})
      </ActionButton>
      <ActionButton name="map.codebook" ariaLabel={t('codebook.open')} hint={t('codebook.openHint')}>
        ◆ {t('codebook.open')}
      </ActionButton>
      {/* In the body, not in the tool rail: the rail's button styles must not reach them. */}
      {choosing && createPortal(<NoteKindChooser onChoose={addNote} onClose={closeChooser} />, document.body)}
      {codebookOpen && createPortal(<CodebookDialog map={map} onClose={() => setCodebookOpen(false)} />, document.body)}
    </>
  );
}
