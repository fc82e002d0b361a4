import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Layer, layerIds } from '../../shared/atelier/steps.js';
import type { MapState } from '../../shared/domain/model.js';
import { addViewOp, removeViewOp, savedFilter, updateViewOp, viewsOf } from '../../shared/domain/saved-views.js';
import { type MeasureId, measureIds } from '../../shared/measures/levels.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { ChoiceGroup } from '../ui/fields.js';
import { useShowView } from './use-show-view.js';

const noMeasure = 'aucune';

/**
 * « Vues et mesures »: what size means on the wall and here, the groups drawn or not, and the
 * saved views — shown with one click (or Page Down on the canvas), kept from the current filters,
 * focus, size and groups, marked for the summary, deleted. Every change of the list is one undo step.
 */
export function VuesPanel({ map, onClose }: { map: MapState; onClose(): void }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const filter = useCarte((s) => s.view);
  const wall = useFacilitation((s) => s.state?.wall);
  const act = useFacilitation((s) => s.act);
  const show = useShowView();
  const [name, setName] = useState('');
  const [layers, setLayers] = useState<Layer[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const views = viewsOf(map);
  const measure = wall?.measure ?? null;
  const groups = wall?.groups ?? false;

  function keep(event: FormEvent) {
    event.preventDefault();
    const added = addViewOp(map, {
      id: crypto.randomUUID(),
      name,
      filter: savedFilter(filter),
      measure,
      groups,
      layers,
    });
    if (!added.ok) {
      setRefusal(
        t(`vues.${added.reason === 'empty' ? 'emptyName' : added.reason === 'taken' ? 'takenName' : 'tooMany'}`),
      );
      return;
    }
    carte.getState().apply([added.op]);
    setName('');
    setLayers([]);
    setRefusal(null);
  }

  return (
    <section className="panneau vues" aria-label={t('vues.open')}>
      <div className="panneau-entete">
        <h2>{t('vues.open')}</h2>
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <ChoiceGroup<MeasureId | typeof noMeasure>
        legend={t('vues.measure')}
        name="mesure"
        value={measure ?? noMeasure}
        options={[
          { value: noMeasure, label: t('vues.measureNone') },
          ...measureIds.map((id) => ({ value: id, label: t(`vues.measures.${id}`) })),
        ]}
        onChange={(value) => void act({ type: 'wall', measure: value === noMeasure ? null : value })}
      />
      <label className="option case">
        <input type="checkbox" checked={groups} onChange={() => void act({ type: 'wall', groups: !groups })} />
        {t('vues.groups')}
      </label>

      <h3>{t('vues.saved')}</h3>
      {views.length === 0 ? (
        <p className="aide">{t('vues.none')}</p>
      ) : (
        <ul className="vues-liste">
          <li>
            <button
              type="button"
              className={`bouton${wall?.view ? '' : ' actif'}`}
              aria-pressed={!wall?.view}
              onClick={() => show(null)}
            >
              {t('vues.wholeMap')}
            </button>
          </li>
          {views.map((view) => {
            const onWall = wall?.view === view.id;
            return (
              <li key={view.id} className={onWall ? 'au-mur' : undefined}>
                <button
                  type="button"
                  className={`bouton${onWall ? ' actif' : ''}`}
                  aria-pressed={onWall}
                  title={t('vues.showHint')}
                  onClick={() => show(view)}
                >
                  ▶ {view.name}
                  {onWall && <span className="vue-au-mur"> · {t('vues.onWall')}</span>}
                </button>
                <label className="option case">
                  <input
                    type="checkbox"
                    checked={view.inSummary === true}
                    onChange={() =>
                      carte.getState().apply([updateViewOp(map, view.id, { inSummary: !view.inSummary })])
                    }
                  />
                  {t('vues.inSummary')}
                </label>
                <button
                  type="button"
                  className="bouton discret"
                  aria-label={t('vues.remove', { name: view.name })}
                  title={t('vues.remove', { name: view.name })}
                  onClick={() => carte.getState().apply([removeViewOp(map, view.id)])}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <form className="vues-garder" onSubmit={keep}>
        <h3>{t('vues.keep')}</h3>
        <label className="champ">
          <span>{t('vues.name')}</span>
          <input
            value={name}
            maxLength={80}
            placeholder={t('vues.namePlaceholder')}
            onChange={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <fieldset className="choix en-ligne">
          <legend>{t('vues.reveal')}</legend>
          {layerIds.map((layer) => (
            <label key={layer} className={`option${layers.includes(layer) ? ' active' : ''}`}>
              <input
                type="checkbox"
                checked={layers.includes(layer)}
                onChange={() =>
                  setLayers(layers.includes(layer) ? layers.filter((l) => l !== layer) : [...layers, layer])
                }
              />
              {t(`vues.layers.${layer}`)}
            </label>
          ))}
        </fieldset>
        {refusal && (
          <p className="erreur" role="alert">
            {refusal}
          </p>
        )}
        <button type="submit" className="bouton principal">
          {t('vues.keep')}
        </button>
      </form>
    </section>
  );
}
