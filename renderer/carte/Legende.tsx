import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { ShapeSwatch } from './shapes.js';

/**
 * The legend stays on the map: shape and colour of each category, colour and name of each kind.
 * Like a printed map's key it lists what the map shows, so it stays small on the wall; an empty
 * map lists the whole codebook.
 */
export function Legende({ map }: { map: MapState }) {
  const { t } = useTranslation();
  const { codebook } = map;
  const usedCategories = new Set(map.actors.map((a) => a.category));
  const usedKinds = new Set(map.links.map((l) => l.kind));
  const categories =
    usedCategories.size > 0 ? codebook.categories.filter((c) => usedCategories.has(c.id)) : codebook.categories;
  const kinds = usedKinds.size > 0 ? codebook.linkKinds.filter((k) => usedKinds.has(k.id)) : codebook.linkKinds;
  return (
    <Panel position="bottom-left" className="legende" aria-label={t('legende.title')}>
      <h2>{t('legende.categories')}</h2>
      <ul>
        {categories.map((category) => (
          <li key={category.id}>
            <ShapeSwatch shape={category.shape} color={category.color} />
            {category.label}
          </li>
        ))}
      </ul>
      <h2>{t('legende.links')}</h2>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.id}>
            <span className="trait" style={{ background: kind.color }} aria-hidden="true" />
            {kind.label}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
