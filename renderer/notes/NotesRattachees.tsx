import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { noteStyles } from '../../shared/domain/note-style.js';
import { notesOn } from './attached-notes.js';
import { useNotesUi } from './notes-ui.js';

/** In an actor's or a link's form: the notes attached to it, each opened in the panel by a click. */
export function NotesRattachees({ map, type, id }: { map: MapState; type: 'actor' | 'link'; id: string }) {
  const { t } = useTranslation();
  const notes = notesOn(map.notes, type, id);
  if (notes.length === 0) return null;
  return (
    <section className="notes-rattachees" aria-label={t('notes.attached')}>
      <h3>{t('notes.attached')}</h3>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <button type="button" className="entree-note" onClick={() => useNotesUi.getState().openNote(note.id)}>
              <span className="pastille-note" style={{ background: noteStyles[note.kind].color }} aria-hidden="true">
                {noteStyles[note.kind].icon}
              </span>
              <span>
                <strong>{t(`domaine.noteKind.${note.kind}`)}</strong> — {note.text}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
