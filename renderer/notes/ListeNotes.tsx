import { useTranslation } from 'react-i18next';
import { rankPistes } from '../../shared/atelier/vote-ranking.js';
import { noteKindIds } from '../../shared/domain/codebook.js';
import type { MapState, Note } from '../../shared/domain/model.js';
import { noteStyles } from '../../shared/domain/note-style.js';
import { useNotesUi } from './notes-ui.js';
import { useFocusNote } from './use-focus-element.js';

/** Pistes d'action in the ranking the wall shows (votes, then priority); other kinds in capture order. */
function ordered(notes: Note[]): Note[] {
  return notes[0]?.kind === 'piste-action' ? rankPistes({ notes }).map((ranked) => ranked.note) : notes;
}

/** Every note of the map beside the canvas, grouped by kind; a click shows it on the map. */
export function ListeNotes({ map }: { map: MapState }) {
  const { t } = useTranslation();
  const focus = useFocusNote(map);
  const open = useNotesUi((state) => state.listOpen);
  if (!open) return null;
  const where = (note: Note) => {
    const target = note.attachedTo;
    if (!target) return t('notes.free');
    if (target.type === 'actor') {
      return t('notes.on', { name: map.actors.find((a) => a.id === target.id)?.label ?? '?' });
    }
    const link = map.links.find((l) => l.id === target.id);
    const name = (id: string | undefined) => map.actors.find((a) => a.id === id)?.label ?? '?';
    return t('notes.onLink', { source: name(link?.source), target: name(link?.target) });
  };
  const groups = noteKindIds
    .map((kind) => ({ kind, notes: ordered(map.notes.filter((n) => n.kind === kind)) }))
    .filter((group) => group.notes.length > 0);
  return (
    <aside className="liste-notes" aria-label={t('notes.listTitle')}>
      <div className="liste-notes-entete">
        <h2>{t('notes.listTitle')}</h2>
        <button
          type="button"
          className="bouton discret"
          onClick={() => useNotesUi.getState().toggleList()}
          aria-label={t('common.close')}
          title={t('notes.listHint')}
        >
          ✕
        </button>
      </div>
      {groups.length === 0 && <p className="vide">{t('notes.listEmpty')}</p>}
      {groups.map(({ kind, notes }) => (
        <section key={kind} className="groupe-notes" data-kind={kind} aria-label={t(`domaine.noteKind.${kind}`)}>
          <h3 style={{ borderColor: noteStyles[kind].color }}>
            <span className="pastille-note" style={{ background: noteStyles[kind].color }} aria-hidden="true">
              {noteStyles[kind].icon}
            </span>
            {t(`domaine.noteKind.${kind}`)} <span className="compte">({notes.length})</span>
          </h3>
          <ul>
            {notes.map((note) => (
              <li key={note.id}>
                <button type="button" className="entree-note" onClick={() => focus(note)}>
                  <span className="entree-texte">{note.text}</span>
                  <span className="entree-lieu">
                    {where(note)}
                    {note.kind === 'piste-action' && (
                      <>
                        {' · '}
                        {t('notes.votes', { count: note.votes })}
                        {note.priority && ` · ${t(`notes.priority.${note.priority}`)}`}
                        {note.owners.length > 0 &&
                          ` · ${note.owners.map((id) => map.actors.find((a) => a.id === id)?.label ?? '?').join(', ')}`}
                      </>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
