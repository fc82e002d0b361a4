import { useTranslation } from 'react-i18next';
import { rankPistes } from '../../shared/atelier/vote-ranking.js';
import type { MapState } from '../../shared/domain/model.js';

const dotsShown = 12;

/** The pistes d'action by votes, for the wall: place, text, and the votes as dots and a number. */
export function Classement({ map }: { map: MapState }) {
  const { t } = useTranslation();
  const ranked = rankPistes(map).slice(0, 8);
  return (
    <section className="classement" aria-label={t('projection.ranking')}>
      <h2>{t('projection.ranking')}</h2>
      {ranked.length === 0 && <p>{t('projection.noPistes')}</p>}
      <ol>
        {ranked.map(({ note, place }) => (
          <li key={note.id} data-votes={note.votes}>
            <span className="classement-place">{place}</span>
            <span className="classement-texte">{note.text}</span>
            <span className="classement-voix">
              <span aria-hidden="true" className="classement-points">
                {'●'.repeat(Math.min(note.votes, dotsShown))}
                {note.votes > dotsShown ? '+' : ''}
              </span>
              <strong>{note.votes}</strong>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
