import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type NoteKind, noteKindIds } from '../../shared/domain/codebook.js';
import { noteStyles } from '../../shared/domain/note-style.js';

/** « + Note »: which kind? One click or one digit key, as for the kind of a link. */
export function NoteKindChooser({ onChoose, onClose }: { onChoose(kind: NoteKind): void; onClose(): void }) {
  const { t } = useTranslation();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
        return;
      }
      const kind = noteKindIds[Number(event.key) - 1];
      if (kind) {
        event.preventDefault();
        onChoose(kind);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChoose, onClose]);

  return (
    <div className="choix-type choix-note" role="dialog" aria-label={t('notes.chooserTitle')}>
      <h2>{t('notes.chooserTitle')}</h2>
      <ol>
        {noteKindIds.map((kind, index) => (
          <li key={kind}>
            <button
              type="button"
              className="bouton-type"
              onClick={() => onChoose(kind)}
              // biome-ignore lint/a11y/noAutofocus: the chooser opens because the user asked for a note; the keyboard must land in it
              autoFocus={index === 0}
            >
              <kbd>{index + 1}</kbd>
              <span className="pastille-note" style={{ background: noteStyles[kind].color }} aria-hidden="true">
                {noteStyles[kind].icon}
              </span>
              {t(`domaine.noteKind.${kind}`)}
            </button>
          </li>
        ))}
      </ol>
      <p className="aide">{t('notes.chooserHint', { count: noteKindIds.length })}</p>
    </div>
  );
}
