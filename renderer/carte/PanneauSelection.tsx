import { useTranslation } from 'react-i18next';
import type { Actor, Link, MapState } from '../../shared/domain/model.js';
import { useCarte } from './carte-store.js';
import { ShapeSwatch } from './shapes.js';

interface PanneauProps {
  map: MapState;
  actorIds: string[];
  linkIds: string[];
  onDelete(): void;
}

function ActeurForm({ actor, map, onDelete }: { actor: Actor; map: MapState; onDelete(): void }) {
  const { t } = useTranslation();
  const apply = useCarte((state) => state.apply);
  return (
    <section className="panneau" aria-label={t('panneau.actor')}>
      <h2>{t('panneau.actor')}</h2>
      <label className="champ">
        <span>{t('panneau.name')}</span>
        <input
          key={`${actor.id}:${actor.label}`}
          defaultValue={actor.label}
          maxLength={200}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
          onBlur={(event) => {
            const label = event.currentTarget.value.trim();
            if (label && label !== actor.label) apply([{ type: 'actor.update', id: actor.id, patch: { label } }]);
          }}
        />
      </label>
      <fieldset className="choix">
        <legend>{t('panneau.category')}</legend>
        {map.codebook.categories.map((category) => (
          <label key={category.id} className={`option${category.id === actor.category ? ' active' : ''}`}>
            <input
              type="radio"
              name="categorie"
              value={category.id}
              checked={category.id === actor.category}
              onChange={() => apply([{ type: 'actor.update', id: actor.id, patch: { category: category.id } }])}
            />
            <ShapeSwatch shape={category.shape} color={category.color} />
            {category.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="bouton danger" onClick={onDelete}>
        {t('panneau.deleteActor')}
      </button>
    </section>
  );
}

function LienForm({ link, map, onDelete }: { link: Link; map: MapState; onDelete(): void }) {
  const { t } = useTranslation();
  const apply = useCarte((state) => state.apply);
  const name = (id: string) => map.actors.find((a) => a.id === id)?.label ?? '?';
  return (
    <section className="panneau" aria-label={t('panneau.link')}>
      <h2>{t('panneau.link')}</h2>
      <p className="entre">{t('panneau.between', { source: name(link.source), target: name(link.target) })}</p>
      <fieldset className="choix">
        <legend>{t('panneau.kind')}</legend>
        {map.codebook.linkKinds.map((kind) => (
          <label key={kind.id} className={`option${kind.id === link.kind ? ' active' : ''}`}>
            <input
              type="radio"
              name="type-lien"
              value={kind.id}
              checked={kind.id === link.kind}
              onChange={() => apply([{ type: 'link.update', id: link.id, patch: { kind: kind.id } }])}
            />
            <span className="trait" style={{ background: kind.color }} aria-hidden="true" />
            {kind.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="bouton danger" onClick={onDelete}>
        {t('panneau.deleteLink')}
      </button>
    </section>
  );
}

/** Edits the one selected actor or link; hidden when nothing (or several things) are selected. */
export function PanneauSelection({ map, actorIds, linkIds, onDelete }: PanneauProps) {
  if (actorIds.length === 1 && linkIds.length === 0) {
    const actor = map.actors.find((a) => a.id === actorIds[0]);
    return actor ? <ActeurForm actor={actor} map={map} onDelete={onDelete} /> : null;
  }
  if (linkIds.length === 1 && actorIds.length === 0) {
    const link = map.links.find((l) => l.id === linkIds[0]);
    return link ? <LienForm link={link} map={map} onDelete={onDelete} /> : null;
  }
  return null;
}
