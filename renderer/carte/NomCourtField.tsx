import { useTranslation } from 'react-i18next';
import { limits } from '../../shared/domain/limits.js';
import type { Actor } from '../../shared/domain/model.js';
import type { ActorPatch } from '../../shared/domain/operations.js';
import { suggestShortLabel } from '../../shared/domain/short-label.js';
import { TextField } from '../ui/fields.js';

/**
 * The actor's « nom court » (the sigle the wall shows when space is short), with a suggestion
 * read from its name while none is set — a button, never applied without a click.
 */
export function NomCourtField({ actor, update }: { actor: Actor; update(patch: ActorPatch): void }) {
  const { t } = useTranslation();
  const current = actor.shortLabel ?? '';
  const suggestion = current ? undefined : suggestShortLabel(actor.label);
  return (
    <div className="nom-court">
      <TextField
        label={t('panneau.shortLabel')}
        value={current}
        maxLength={limits.shortLabel}
        onCommit={(shortLabel) => update({ shortLabel: shortLabel.trim() })}
      />
      <p className="aide">{t('panneau.shortLabelHint')}</p>
      {suggestion && (
        <button type="button" className="bouton discret suggestion" onClick={() => update({ shortLabel: suggestion })}>
          {t('panneau.suggestShortLabel', { short: suggestion })}
        </button>
      )}
    </div>
  );
}
