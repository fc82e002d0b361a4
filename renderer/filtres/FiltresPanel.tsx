import { useTranslation } from 'react-i18next';
import { engagementIds, linkStatusIds, qualityIds } from '../../shared/domain/codebook.js';
import type { MapState } from '../../shared/domain/model.js';
import { representationIds, type ViewFilter } from '../../shared/domain/view-filter.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { shortLabel } from '../carte/Legende.js';
import { ShapeSwatch } from '../carte/shapes.js';

type Dimension = 'categories' | 'kinds' | 'qualities' | 'statuses' | 'engagements' | 'representation';

interface Option {
  value: string;
  label: string;
  swatch?: React.ReactNode;
}

function Group({
  legend,
  dimension,
  options,
  view,
}: {
  legend: string;
  dimension: Dimension;
  options: Option[];
  view: ViewFilter;
}) {
  const carte = useCarteStore();
  const all = options.map((o) => o.value);
  const shown = view[dimension] ?? all;
  function toggle(value: string) {
    const next = shown.includes(value) ? shown.filter((v) => v !== value) : [...shown, value];
    // Everything ticked again means no filter on this dimension.
    const kept = all.every((v) => next.includes(v)) ? undefined : all.filter((v) => next.includes(v));
    carte.getState().setView({ ...view, [dimension]: kept });
  }
  return (
    <fieldset className="choix">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={`option${shown.includes(option.value) ? ' active' : ''}`}>
          <input type="checkbox" checked={shown.includes(option.value)} onChange={() => toggle(option.value)} />
          {option.swatch}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Which parts of the map stay bright: by category, kind, quality and status of links. */
export function FiltresPanel({ map, onClose }: { map: MapState; onClose(): void }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const view = useCarte((state) => state.view);
  return (
    <section className="panneau filtres" aria-label={t('filtres.title')}>
      <div className="panneau-entete">
        <h2>{t('filtres.title')}</h2>
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <p className="aide">{t('filtres.help')}</p>
      <button type="button" className="bouton" onClick={() => carte.getState().setView({})}>
        {t('filtres.reset')}
      </button>
      <Group
        legend={t('filtres.categories')}
        dimension="categories"
        view={view}
        options={map.codebook.categories.map((c) => ({
          value: c.id,
          label: shortLabel(c.label),
          swatch: <ShapeSwatch shape={c.shape} color={c.color} />,
        }))}
      />
      <Group
        legend={t('filtres.engagements')}
        dimension="engagements"
        view={view}
        options={[...engagementIds, 'aucun' as const].map((id) => ({
          value: id,
          label: id === 'aucun' ? t('filtres.noEngagement') : t(`domaine.engagement.${id}`),
        }))}
      />
      <Group
        legend={t('filtres.representation')}
        dimension="representation"
        view={view}
        options={representationIds.map((id) => ({ value: id, label: t(`filtres.${id}`) }))}
      />
      <Group
        legend={t('filtres.kinds')}
        dimension="kinds"
        view={view}
        options={map.codebook.linkKinds.map((k) => ({
          value: k.id,
          label: k.label,
          swatch: <span className="trait" style={{ background: k.color }} aria-hidden="true" />,
        }))}
      />
      <Group
        legend={t('filtres.qualities')}
        dimension="qualities"
        view={view}
        options={['aucune', ...qualityIds].map((id) => ({ value: id, label: t(`domaine.quality.${id}`) }))}
      />
      <Group
        legend={t('filtres.statuses')}
        dimension="statuses"
        view={view}
        options={linkStatusIds.map((id) => ({ value: id, label: t(`domaine.status.${id}`) }))}
      />
    </section>
  );
}
