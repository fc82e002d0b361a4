import { useTranslation } from 'react-i18next';
import type { Actor } from '../../shared/domain/model.js';
import type { ActorPatch } from '../../shared/domain/operations.js';
import { guessStandardType, standardTypeOf, standardTypes } from '../../shared/domain/standard-types.js';

/**
 * The actor's type in the network's shared list, with a suggestion read from its name when no
 * type is set — offered as a button, never applied without the facilitator's click.
 */
export function TypeStandardField({ actor, update }: { actor: Actor; update(patch: ActorPatch): void }) {
  const { t } = useTranslation();
  const current = actor.standardType ?? '';
  const guess = current ? undefined : guessStandardType(actor.label);
  const unknown = current !== '' && !standardTypeOf(current);
  return (
    <div className="type-standard">
      <label className="champ">
        <span>{t('club.standardType')}</span>
        <select value={current} onChange={(e) => update({ standardType: e.target.value })}>
          <option value="">{t('club.noStandardType')}</option>
          {unknown && <option value={current}>{current}</option>}
          {standardTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
      {guess && (
        <button type="button" className="bouton discret suggestion" onClick={() => update({ standardType: guess.id })}>
          {t('club.suggestType', { type: guess.label })}
        </button>
      )}
    </div>
  );
}
