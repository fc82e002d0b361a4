import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook } from '../../shared/domain/codebook.js';
import type { Actor, Link } from '../../shared/domain/model.js';
import { type CanvasDisplay, noDisplay } from '../vues/canvas-display.js';
import { LegendeLecture } from '../vues/LegendeLecture.js';
import { ShapeSwatch } from './shapes.js';

/** « Protection sociale (CAF, MSA, CPAM) » → « Protection sociale »: the wall needs the gist. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '') || label;
}

interface LegendeProps {
  codebook: Codebook;
  actors: readonly Actor[];
  links: readonly Link[];
  /** The measure and groups shown, for the sentences that say what size and outlines mean. */
  display?: CanvasDisplay;
}

/**
 * The legend stays on the map: shape and colour of each category, colour and name of each kind,
 * the line styles. Like a printed map's key it lists what the map shows, in a strip under the
 * canvas: it never hides part of the map, and fitting the view needs no allowance for it.
 */
export const Legende = memo(function Legende({ codebook, actors, links, display = noDisplay }: LegendeProps) {
  const { t } = useTranslation();
  const usedCategories = new Set(actors.map((a) => a.category));
  const usedKinds = new Set(links.map((l) => l.kind));
  const categories = codebook.categories.filter((c) => usedCategories.has(c.id));
  const kinds = codebook.linkKinds.filter((k) => usedKinds.has(k.id));
  const desired = links.some((l) => l.status === 'desired');
  if (categories.length === 0) return null;
  return (
    <aside className="legende" aria-label={t('legende.title')}>
      <div className="legende-groupe">
        <h2>{t('legende.categories')}</h2>
        <ul>
          {categories.map((category) => (
            <li key={category.id}>
              <ShapeSwatch shape={category.shape} color={category.color} />
              {shortLabel(category.label)}
            </li>
          ))}
        </ul>
      </div>
      {kinds.length > 0 && (
        <div className="legende-groupe">
          <h2>{t('legende.links')}</h2>
          <ul>
            {kinds.map((kind) => (
              <li key={kind.id}>
                <span className="trait" style={{ background: kind.color }} aria-hidden="true" />
                {kind.label}
              </li>
            ))}
            {desired && (
              <li>
                <span className="trait tirets" aria-hidden="true" />
                {t('legende.desired')}
              </li>
            )}
          </ul>
        </div>
      )}
      <LegendeLecture actors={actors} display={display} />
    </aside>
  );
});
