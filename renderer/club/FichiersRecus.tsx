import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritoryFigures } from '../../shared/club/club-model.js';
import { api } from '../api/client.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { type DeletionShown, SuppressionAnnulable } from '../ui/SuppressionAnnulable.js';

/**
 * The colleagues' files kept for the Club, each with « Retirer… »: confirmed, then erased like a
 * deleted workshop (database and backups) once « Annuler » is no longer offered.
 */
export function FichiersRecus({
  territories,
  undoWindowMs,
  onError,
}: {
  territories: readonly TerritoryFigures[];
  undoWindowMs: number;
  onError(message: string): void;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<TerritoryFigures | null>(null);
  const [removed, setRemoved] = useState<DeletionShown | null>(null);
  const close = useCallback(() => setRemoved(null), []);
  const received = territories.filter((x) => x.clubOnly);

  async function remove(target: TerritoryFigures) {
    setRemoving(null);
    try {
      const { eraseAt } = await api.call('club.remove', { id: target.workshopId });
      setRemoved({ id: target.workshopId, title: target.territory, eraseAt });
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  if (received.length === 0 && !removed) return null;
  return (
    <section className="fichiers-recus" aria-labelledby="fichiers-recus-titre">
      <h2 id="fichiers-recus-titre">{t('club.receivedTitle')}</h2>
      {removed && <SuppressionAnnulable key={removed.id} deletion={removed} onClose={close} />}
      <ul>
        {received.map((x) => (
          <li key={x.workshopId}>
            <span>
              {x.territory}
              {x.date ? ` · ${x.date}` : ''}
            </span>
            <button
              type="button"
              className="bouton danger"
              aria-label={t('club.removeReceivedOf', { title: x.territory })}
              onClick={() => setRemoving(x)}
            >
              {t('club.removeReceived')}
            </button>
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          title={t('club.removeTitle')}
          body={t('club.removeBody', { title: removing.territory, seconds: Math.round(undoWindowMs / 1000) })}
          confirmLabel={t('club.removeConfirm')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => void remove(removing)}
        />
      )}
    </section>
  );
}
