import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { newLink } from '../../shared/domain/model.js';
import { useCarte, useCarteStore } from './carte-context.js';

/** After a connection is drawn: which kind of cooperation? One click or one digit key. */
export function KindPicker() {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const pending = useCarte((state) => state.pendingLink);
  const kinds = useCarte((state) => state.map?.codebook.linkKinds);

  useEffect(() => {
    if (!pending || !kinds) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') carte.getState().setPendingLink(null);
      const index = Number(event.key) - 1;
      const kind = kinds?.[index];
      if (kind) choose(kind.id);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!pending || !kinds) return null;

  function choose(kind: string) {
    const state = carte.getState();
    const link = state.pendingLink;
    if (!link) return;
    state.setPendingLink(null);
    state.apply([
      { type: 'link.add', link: newLink({ id: crypto.randomUUID(), source: link.source, target: link.target, kind }) },
    ]);
  }

  return (
    <div
      className="choix-type"
      role="dialog"
      aria-label={t('kindPicker.title')}
      style={{ left: pending.x, top: pending.y }}
    >
      <h2>{t('kindPicker.title')}</h2>
      <ol>
        {kinds.map((kind, index) => (
          <li key={kind.id}>
            <button
              type="button"
              className="bouton-type"
              onClick={() => choose(kind.id)}
              // biome-ignore lint/a11y/noAutofocus: the picker opens because the user just drew a link; the keyboard must land in it
              autoFocus={index === 0}
            >
              <kbd>{index + 1}</kbd>
              <span className="trait" style={{ background: kind.color }} aria-hidden="true" />
              {kind.label}
            </button>
          </li>
        ))}
      </ol>
      <p className="aide">{t('kindPicker.hint', { count: kinds.length })}</p>
    </div>
  );
}
