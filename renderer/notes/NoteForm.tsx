import { useTranslation } from 'react-i18next';
import { findLinkKind, noteKindIds, priorityIds } from '../../shared/domain/codebook.js';
import { limits } from '../../shared/domain/limits.js';
import type { MapState, Note, NoteAttachment } from '../../shared/domain/model.js';
import { placeNear } from '../../shared/domain/note-place.js';
import { noteStyles } from '../../shared/domain/note-style.js';
import type { NotePatch } from '../../shared/domain/operations.js';
import { useCarte } from '../carte/carte-context.js';
import { CheckGroup, ChoiceGroup, TextField } from '../ui/fields.js';

const noPriority = 'aucune';

function attachmentValue(attachment: NoteAttachment): string {
  return attachment ? `${attachment.type}:${attachment.id}` : '';
}

function attachmentOf(value: string): NoteAttachment {
  const [type, id] = value.split(':');
  if ((type === 'actor' || type === 'link') && id) return { type, id };
  return null;
}

/** Everything about one note: its kind, its text, what it is about, and for a piste d'action who carries it. */
export function NoteForm({
  note,
  map,
  onDelete,
  onBack,
}: {
  note: Note;
  map: MapState;
  onDelete(): void;
  onBack?(): void;
}) {
  const { t } = useTranslation();
  const apply = useCarte((state) => state.apply);
  const update = (patch: NotePatch) => apply([{ type: 'note.update', id: note.id, patch }]);
  const name = (id: string) => map.actors.find((a) => a.id === id)?.label ?? '?';
  const sortedActors = [...map.actors].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  return (
    <section className="panneau" aria-label={t('notes.panel')}>
      {onBack && (
        <button type="button" className="bouton discret retour" onClick={onBack}>
          ← {t('notes.back')}
        </button>
      )}
      <h2>{t('notes.panel')}</h2>
      <ChoiceGroup
        legend={t('notes.kind')}
        name="type-note"
        value={note.kind}
        options={noteKindIds.map((kind) => ({
          value: kind,
          label: t(`domaine.noteKind.${kind}`),
          swatch: (
            <span className="pastille-note" style={{ background: noteStyles[kind].color }} aria-hidden="true">
              {noteStyles[kind].icon}
            </span>
          ),
        }))}
        onChange={(kind) => update({ kind })}
      />
      <TextField
        label={t('notes.text')}
        value={note.text}
        maxLength={limits.noteText}
        multiline
        onCommit={(text) => {
          if (text.trim()) update({ text: text.trim() });
        }}
      />
      <label className="champ">
        <span>{t('notes.attach')}</span>
        <select
          value={attachmentValue(note.attachedTo)}
          onChange={(event) => {
            const attachedTo = attachmentOf(event.currentTarget.value);
            // Placed beside its element, the note reappears there when detached or when the element goes.
            const at = placeNear(map, attachedTo ?? note.attachedTo, { x: note.x, y: note.y });
            update({ attachedTo, x: at.x, y: at.y });
          }}
        >
          <option value="">{t('notes.attachFree')}</option>
          <optgroup label={t('notes.attachActors')}>
            {sortedActors.map((actor) => (
              <option key={actor.id} value={`actor:${actor.id}`}>
                {actor.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('notes.attachLinks')}>
            {map.links.map((link) => (
              <option key={link.id} value={`link:${link.id}`}>
                {name(link.source)} — {name(link.target)} ({findLinkKind(map.codebook, link.kind).label})
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {note.kind === 'piste-action' && (
        <>
          <fieldset className="choix en-ligne voix">
            <legend>{t('notes.votesLabel')}</legend>
            <button
              type="button"
              className="bouton"
              onClick={() => update({ votes: note.votes - 1 })}
              disabled={note.votes === 0}
              aria-label={t('notes.voteDown')}
              title={t('notes.voteDown')}
            >
              −
            </button>
            <output className="voix-total" aria-live="polite">
              {t('notes.votes', { count: note.votes })}
            </output>
            <button
              type="button"
              className="bouton"
              onClick={() => update({ votes: note.votes + 1 })}
              aria-label={t('notes.voteUp')}
              title={t('notes.voteUp')}
            >
              +
            </button>
          </fieldset>
          <ChoiceGroup
            legend={t('notes.priorityLabel')}
            name="priorite"
            inline
            value={note.priority ?? noPriority}
            options={[noPriority, ...priorityIds].map((id) => ({ value: id, label: t(`notes.priorityShort.${id}`) }))}
            onChange={(priority) =>
              update({ priority: priority === noPriority ? null : (priority as (typeof priorityIds)[number]) })
            }
          />
          {sortedActors.length === 0 ? (
            <p className="aide">{t('notes.ownersNone')}</p>
          ) : (
            <div className="porteurs">
              <CheckGroup
                legend={t('notes.owners')}
                values={note.owners}
                options={sortedActors.map((actor) => ({ value: actor.id, label: actor.label }))}
                onChange={(owners) => update({ owners })}
              />
            </div>
          )}
        </>
      )}
      <button type="button" className="bouton danger" onClick={onDelete}>
        {t('notes.delete')}
      </button>
    </section>
  );
}
