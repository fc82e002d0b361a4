import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rankPistes } from '../../shared/atelier/vote-ranking.js';
import type { MapState, Note } from '../../shared/domain/model.js';
import { useCarteStore } from '../carte/carte-context.js';
import type { CarteStore } from '../carte/carte-store.js';

function vote(carte: CarteStore, note: Note, delta: 1 | -1): void {
  const votes = Math.max(0, note.votes + delta);
  if (votes === note.votes) return;
  // A vote is an ordinary edit of the note: saved, sent to the wall, and undone by Ctrl+Z.
  carte.getState().apply([{ type: 'note.update', id: note.id, patch: { votes } }]);
}

/**
 * Counting the dots during « Pistes d'action »: each proposal with − and +, ranked live (the wall
 * shows the same ranking). Keyboard: ↑ ↓ choose a proposal, + or Entrée add a vote, − takes one
 * back; the chosen row stays chosen while the ranking moves.
 */
export function PanneauVotes({ map, onClose }: { map: MapState; onClose: () => void }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const ranked = rankPistes(map);
  const list = useRef<HTMLOListElement>(null);

  function onKey(event: React.KeyboardEvent<HTMLLIElement>, note: Note) {
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('li[tabindex]') ?? [])];
    const index = rows.indexOf(event.currentTarget);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      rows[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else if (event.key === '+' || event.key === '=' || event.key === 'Enter') {
      event.preventDefault();
      vote(carte, note, 1);
    } else if (event.key === '-' || event.key === '−') {
      event.preventDefault();
      vote(carte, note, -1);
    } else if (event.key === 'Escape') {
      onClose();
    } else return;
    // Keys used here never reach the canvas (+ would zoom, Suppr would delete).
    event.stopPropagation();
  }

  return (
    <aside className="panneau-votes" aria-label={t('votes.title')}>
      <div className="panneau-votes-entete">
        <h2>{t('votes.title')}</h2>
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <p className="aide">{t('votes.help')}</p>
      {ranked.length === 0 && <p className="vide">{t('votes.empty')}</p>}
      <ol ref={list}>
        {ranked.map(({ note, place }) => (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a row is chosen with the arrows, then voted on with + and −
          <li key={note.id} tabIndex={0} onKeyDown={(event) => onKey(event, note)} data-note-id={note.id}>
            <span className="vote-place">{place}</span>
            <span className="vote-texte">{note.text}</span>
            <button
              type="button"
              className="bouton compact"
              onClick={() => vote(carte, note, -1)}
              disabled={note.votes === 0}
              aria-label={t('votes.remove', { text: note.text })}
              tabIndex={-1}
            >
              −
            </button>
            <output className="vote-total">{note.votes}</output>
            <button
              type="button"
              className="bouton compact"
              onClick={() => vote(carte, note, 1)}
              aria-label={t('votes.add', { text: note.text })}
              tabIndex={-1}
            >
              +
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
