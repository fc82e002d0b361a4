import { useTranslation } from 'react-i18next';
import type { Actor } from '../../shared/domain/model.js';
import type { CanvasDisplay } from './canvas-display.js';

/**
 * The legend's sentences for what is not a category or a kind: the influence towers (when an
 * actor has one), what the actors' size means (when a measure sizes them), the groups' outlines.
 */
export function LegendeLecture({ actors, display }: { actors: readonly Actor[]; display: CanvasDisplay }) {
  const { t } = useTranslation();
  const towers = actors.some((a) => a.influence !== undefined);
  const { measure } = display;
  if (!towers && !measure && display.groups.length === 0) return null;
  return (
    <div className="legende-groupe legende-lecture">
      <h2>{t('legende.reading')}</h2>
      <ul>
        {towers && (
          <li>
            <span className="legende-tour" aria-hidden="true">
              <span className="plein" />
              <span className="plein" />
              <span />
            </span>
            {t('mesures.tower')}
          </li>
        )}
        {measure && (
          <li>
            <span className="legende-taille" aria-hidden="true">
              <span />
              <span />
            </span>
            {t(`mesures.${measure.id}`, { max: measure.max })}
          </li>
        )}
        {display.groups.length > 0 && (
          <li>
            <span className="legende-groupes" aria-hidden="true" />
            {t('mesures.groups')}
          </li>
        )}
      </ul>
    </div>
  );
}
