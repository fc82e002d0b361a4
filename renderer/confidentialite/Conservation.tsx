import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PrivacyOverview, type RetentionDue, retentionChoices } from '../../shared/privacy/privacy-api.js';
import { api } from '../api/client.js';
import { navigate } from '../app/route.js';
import { formatBackupDate } from '../sauvegardes/format.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { type DeletionShown, SuppressionAnnulable } from '../ui/SuppressionAnnulable.js';

/**
 * The retention setting and the workshops it lists for review: each is opened, kept (not listed
 * again before the duration passes anew) or deleted by the facilitator — never by Maillage.
 */
export function Conservation({
  overview,
  onChange,
  onError,
}: {
  overview: PrivacyOverview;
  onChange(): Promise<void>;
  onError(message: string): void;
}) {
  const { t, i18n } = useTranslation();
  const [deleting, setDeleting] = useState<RetentionDue | null>(null);
  const [deleted, setDeleted] = useState<DeletionShown | null>(null);
  const closeDeleted = useCallback(() => setDeleted(null), []);
  const months = overview.retentionMonths;

  async function attempt(action: () => Promise<unknown>) {
    try {
      await action();
      await onChange();
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  async function remove(workshop: RetentionDue) {
    setDeleting(null);
    await attempt(async () => {
      const { eraseAt } = workshop.clubOnly
        ? await api.call('club.remove', { id: workshop.id })
        : await api.call('workshop.delete', { id: workshop.id });
      setDeleted({ id: workshop.id, title: workshop.title, eraseAt });
    });
  }

  return (
    <section aria-labelledby="conf-retention" id="conservation">
      <h2 id="conf-retention">{t('confidentialite.retention.title')}</h2>
      <label className="champ retention">
        <span>{t('confidentialite.retention.legend')}</span>
        <select
          value={months ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            const chosen = retentionChoices.find((choice) => String(choice) === value) ?? null;
            void attempt(() => api.call('privacy.setRetention', { months: chosen }));
          }}
        >
          <option value="">{t('confidentialite.retention.off')}</option>
          {retentionChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t('confidentialite.retention.months', { count: choice })}
            </option>
          ))}
        </select>
      </label>
      <p>{t('confidentialite.retention.explain')}</p>
      {deleted && <SuppressionAnnulable key={deleted.id} deletion={deleted} onClose={closeDeleted} />}
      {months !== null &&
        (overview.due.length === 0 ? (
          <p className="vide">{t('confidentialite.retention.none')}</p>
        ) : (
          <>
            <h3>{t('confidentialite.retention.due', { count: overview.due.length })}</h3>
            <ul className="liste-conf">
              {overview.due.map((w) => (
                <li key={w.id}>
                  <span>
                    <strong>{w.title}</strong>
                    {w.territory ? ` · ${w.territory}` : ''}
                    {w.clubOnly ? ` · ${t('confidentialite.retention.club')}` : ''} —{' '}
                    {t('confidentialite.retention.since', { date: formatBackupDate(w.since, i18n.language) })}
                  </span>
                  <span className="actions-conf">
                    {!w.clubOnly && (
                      <button
                        type="button"
                        className="bouton"
                        onClick={() => navigate({ page: 'carte', workshopId: w.id })}
                      >
                        {t('ateliers.open')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="bouton"
                      title={t('confidentialite.retention.keepHint', { count: months })}
                      onClick={() => void attempt(() => api.call('privacy.keepWorkshop', { id: w.id }))}
                    >
                      {t('confidentialite.retention.keep')}
                    </button>
                    <button type="button" className="bouton danger" onClick={() => setDeleting(w)}>
                      {t('confidentialite.retention.remove')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </>
        ))}
      {deleting && (
        <ConfirmDialog
          title={t('ateliers.deleteTitle')}
          body={t('confidentialite.retention.deleteBody', {
            title: deleting.title,
            seconds: Math.round(overview.undoWindowMs / 1000),
          })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </section>
  );
}
