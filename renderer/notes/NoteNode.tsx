import type { NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../shared/domain/limits.js';
import { noteStyles } from '../../shared/domain/note-style.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import type { NoteNodeType } from '../carte/carte-nodes.js';
import { useFocusWhenShown } from '../ui/use-focus-when-shown.js';

function TextEditor({ id, initial }: { id: string; initial: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const carte = useCarteStore();

  useFocusWhenShown(field);

  function finish(commit: boolean) {
    if (done.current) return;
    done.current = true;
    const { apply, setEditing, editingNew } = carte.getState();
    const text = field.current?.value.trim() ?? '';
    if (commit && text && text !== initial) {
      apply([{ type: 'note.update', id, patch: { text } }], { merge: editingNew });
    }
    setEditing(null);
  }

  return (
    <textarea
      ref={field}
      className="note-saisie nodrag nowheel"
      aria-label={t('notes.editText')}
      defaultValue={initial}
      maxLength={limits.noteText}
      rows={4}
      onKeyDown={(event) => {
        event.stopPropagation();
        // Entrée validates as for an actor's name; Maj+Entrée starts a new line.
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(true);
        }
        if (event.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

/** A sticky note free on the canvas: its kind by sign, word and colour, its text in large type. */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<NoteNodeType>) {
  const { t } = useTranslation();
  const editing = useCarte((state) => state.editingId === id);
  const { note } = data;
  const style = noteStyles[note.kind];
  return (
    <div
      className={`note${selected ? ' selectionnee' : ''}`}
      data-kind={note.kind}
      style={{ background: style.paper, borderColor: style.color }}
    >
      <div className="note-entete" style={{ background: style.color }}>
        <span aria-hidden="true" className="note-icone">
          {style.icon}
        </span>
        {t(`domaine.noteKind.${note.kind}`)}
        {note.kind === 'piste-action' && note.votes > 0 && (
          <span className="note-voix" title={t('notes.votes', { count: note.votes })}>
            ▲ {note.votes}
          </span>
        )}
      </div>
      {editing ? <TextEditor id={id} initial={note.text} /> : <p className="note-texte">{note.text}</p>}
      {note.kind === 'piste-action' && note.priority && (
        <p className="note-priorite">{t(`notes.priority.${note.priority}`)}</p>
      )}
    </div>
  );
});
