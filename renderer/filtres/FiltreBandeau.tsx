import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { isFiltering } from '../../shared/domain/view-filter.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';

/** Says on the wall that part of the map is dimmed on purpose, and how to show it all again. */
export function FiltreBandeau({ map }: { map: MapState }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const view = useCarte((state) => state.view);
  if (!isFiltering(view)) return null;
  const focus = view.focus ? map.actors.find((a) => a.id === view.focus) : undefined;
  return (
    <p className="bandeau-filtre" role="status">
      {focus ? t('filtres.focusOn', { label: focus.label }) : t('filtres.active')}{' '}
      <button type="button" className="bouton" onClick={() => carte.getState().setView({})}>
        {t('filtres.reset')}
      </button>
    </p>
  );
}
