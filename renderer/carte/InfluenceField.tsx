import { useTranslation } from 'react-i18next';
import { maxInfluence, type Stance, stanceIds } from '../../shared/domain/codebook.js';
import type { Actor } from '../../shared/domain/model.js';
import type { ActorPatch } from '../../shared/domain/operations.js';
import { ChoiceGroup } from '../ui/fields.js';

const levels = Array.from({ length: maxInfluence + 1 }, (_, i) => String(i));
/** The radio value of « not said »: clearing sends null, and the actor keeps no key. */
const unknown = 'non-dite';

/**
 * Net-Map's two questions about an actor: how much it can move the workshop's question (0 to 5)
 * and where it stands on the objective. Every choice is a radio button, so the keyboard's arrows
 * go through them; « non dite » clears.
 */
export function InfluenceField({ actor, update }: { actor: Actor; update(patch: ActorPatch): void }) {
  const { t } = useTranslation();
  return (
    <div className="influence-champs">
      <div className="influence-choix">
        <ChoiceGroup
          legend={t('influence.influence')}
          name={`influence-${actor.id}`}
          inline
          value={actor.influence === undefined ? unknown : String(actor.influence)}
          options={[unknown, ...levels].map((value) => ({
            value,
            label: value === unknown ? t('influence.unknown') : value,
          }))}
          onChange={(value) => update({ influence: value === unknown ? null : Number(value) })}
        />
      </div>
      <p className="aide">{t('influence.influenceHint')}</p>
      <ChoiceGroup<Stance | typeof unknown>
        legend={t('influence.stance')}
        name={`position-${actor.id}`}
        inline
        value={actor.stance ?? unknown}
        options={[
          { value: unknown, label: t('influence.unknown') },
          ...stanceIds.map((id) => ({ value: id, label: t(`influence.stances.${id}`) })),
        ]}
        onChange={(value) => update({ stance: value === unknown ? null : value })}
      />
      <p className="aide">{t('influence.stanceHint')}</p>
    </div>
  );
}
