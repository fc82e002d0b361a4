import { useTranslation } from 'react-i18next';
import { engagementIds, timeIds } from '../../shared/domain/codebook.js';
import { limits } from '../../shared/domain/limits.js';
import type { Actor, MapState } from '../../shared/domain/model.js';
import type { ActorPatch } from '../../shared/domain/operations.js';
import { isPerson } from '../../shared/privacy/person.js';
import { ActionButton } from '../actions/ActionButton.js';
import { TypeStandardField } from '../club/TypeStandardField.js';
import { NotesRattachees } from '../notes/NotesRattachees.js';
import { RepresentationField } from '../tour-de-table/RepresentationField.js';
import { CheckGroup, ChoiceGroup, TextField } from '../ui/fields.js';
import { useCarte } from './carte-context.js';
import { InfluenceField } from './InfluenceField.js';
import { NomCourtField } from './NomCourtField.js';
import { ShapeSwatch } from './shapes.js';

/** Everything about one actor, in the order the group gives it: name, family, how, when. */
export function ActeurForm({ actor, map, onDelete }: { actor: Actor; map: MapState; onDelete(): void }) {
  const { t } = useTranslation();
  const apply = useCarte((state) => state.apply);
  const update = (patch: ActorPatch) => apply([{ type: 'actor.update', id: actor.id, patch }]);
  return (
    <section className="panneau" aria-label={t('panneau.actor')}>
      <h2>{t('panneau.actor')}</h2>
      <TextField
        label={t('panneau.name')}
        value={actor.label}
        maxLength={limits.label}
        onCommit={(label) => {
          if (label.trim()) update({ label: label.trim() });
        }}
      />
      <NomCourtField actor={actor} update={update} />
      <ChoiceGroup
        legend={t('panneau.category')}
        name="categorie"
        value={actor.category}
        options={map.codebook.categories.map((c) => ({
          value: c.id,
          label: c.label,
          swatch: <ShapeSwatch shape={c.shape} color={c.color} />,
        }))}
        onChange={(category) => update({ category })}
      />
      <TypeStandardField actor={actor} update={update} />
      <ChoiceGroup
        legend={t('panneau.engagement')}
        name="engagement"
        inline
        value={actor.engagement}
        options={engagementIds.map((id) => ({ value: id, label: t(`domaine.engagement.${id}`) }))}
        onChange={(engagement) => update({ engagement })}
      />
      {/* A habitant is always a person; anyone else is one when the facilitator says so. */}
      <label className="option case" title={t('panneau.personHint')}>
        <input
          type="checkbox"
          checked={isPerson(actor)}
          disabled={actor.engagement === 'habitant'}
          onChange={() => update({ person: !actor.person })}
        />
        {t('panneau.person')}
      </label>
      <CheckGroup
        legend={t('panneau.times')}
        values={actor.times}
        options={timeIds.map((id) => ({ value: id, label: t(`domaine.times.${id}`) }))}
        onChange={(times) => update({ times })}
      />
      <InfluenceField actor={actor} update={update} />
      <RepresentationField actor={actor} map={map} />
      <label className="option case" title={t('panneau.pinnedHint')}>
        <input type="checkbox" checked={actor.pinned === true} onChange={() => update({ pinned: !actor.pinned })} />⚑{' '}
        {t('panneau.pinned')}
      </label>
      <TextField
        label={t('panneau.contact')}
        value={actor.contact}
        maxLength={limits.shortText}
        onCommit={(contact) => update({ contact })}
      />
      <TextField
        label={t('panneau.actorNotes')}
        value={actor.notes}
        maxLength={limits.longText}
        multiline
        onCommit={(notes) => update({ notes })}
      />
      <NotesRattachees map={map} type="actor" id={actor.id} />
      {/* The selected actor's partners: the same action as V. */}
      <ActionButton name="map.partners" hint={t('filtres.partnersHint')}>
        ◎ {t('filtres.partners')}
      </ActionButton>
      <button type="button" className="bouton danger" onClick={onDelete}>
        {t('panneau.deleteActor')}
      </button>
    </section>
  );
}
