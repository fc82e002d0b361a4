import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/api/contract.js';
import type { WorkshopSummary } from '../../shared/domain/model.js';
import type { MapTemplate } from '../../shared/domain/templates.js';
import { api } from '../api/client.js';
import { navigate } from '../app/route.js';
import { ImportButton } from '../import/ImportButton.js';
import { RestaurerSauvegarde } from '../sauvegardes/RestaurerSauvegarde.js';
import { Alerte } from '../ui/Alerte.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { type DeletionShown, SuppressionAnnulable } from '../ui/SuppressionAnnulable.js';
import { applyTemplate } from '../zones/apply-template.js';
import { type AtelierFields, AtelierForm } from './AtelierForm.js';
import { AtelierRow } from './AtelierRow.js';

/** The workshops stored on this computer: create, open, rename, duplicate, delete. */
export function AteliersPage({ info }: { info: AppInfo | null }) {
  const { t } = useTranslation();
  const [workshops, setWorkshops] = useState<WorkshopSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WorkshopSummary | null>(null);
  const [deleted, setDeleted] = useState<DeletionShown | null>(null);
  const [review, setReview] = useState<{ count: number; months: number } | null>(null);
  const closeDeleted = useCallback(() => setDeleted(null), []);

  const refresh = useCallback(async () => {
    try {
      setWorkshops(await api.call('workshop.list', {}));
      const privacy = await api.call('privacy.overview', {});
      setReview(
        privacy.retentionMonths && privacy.due.length > 0
          ? { count: privacy.due.length, months: privacy.retentionMonths }
          : null,
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    return api.subscribe((event) => {
      if (event.type === 'workshops.changed') void refresh();
    });
  }, [refresh]);

  /** Runs an action; its French error, if any, is shown above the list. */
  async function attempt(action: () => Promise<unknown>): Promise<void> {
    setError(null);
    try {
      await action();
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    }
  }

  async function create(fields: AtelierFields, template: MapTemplate) {
    await attempt(async () => {
      const workshop = await api.call('workshop.create', fields);
      await applyTemplate(workshop.id, template);
      navigate({ page: 'carte', workshopId: workshop.id });
    }).catch(() => undefined);
  }

  return (
    <main className="page ateliers">
      <header className="entete">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="accroche">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      {info?.notices.map((notice) => (
        <Alerte key={notice.path} message={notice.message} />
      ))}
      <Alerte message={error} />
      {review && (
        <p className="alerte">
          <a href="#/confidentialite">{t('confidentialite.dueBanner', review)}</a>
        </p>
      )}
      {deleted && <SuppressionAnnulable key={deleted.id} deletion={deleted} onClose={closeDeleted} />}
      <AtelierForm onCreate={create} />
      <div className="import-entree">
        <ImportButton />
        <a className="bouton" href="#/club" title={t('club.entryHint')}>
          {t('club.entry')}
        </a>
        <a className="bouton" href="#/confidentialite" title={t('confidentialite.entryHint')}>
          {t('confidentialite.entry')}
        </a>
      </div>
      <section aria-labelledby="liste-ateliers">
        <h2 id="liste-ateliers">{t('ateliers.listLabel')}</h2>
        {workshops === null ? (
          <p>{t('common.loading')}</p>
        ) : workshops.length === 0 ? (
          <p className="vide">{t('ateliers.empty')}</p>
        ) : (
          <ul className="liste-ateliers">
            {workshops.map((workshop) => (
              <AtelierRow
                key={workshop.id}
                workshop={workshop}
                onRename={(title) => attempt(() => api.call('workshop.update', { id: workshop.id, patch: { title } }))}
                onDuplicate={() =>
                  attempt(() => api.call('workshop.duplicate', { id: workshop.id })).catch(() => undefined)
                }
                onDelete={() => setDeleting(workshop)}
              />
            ))}
          </ul>
        )}
      </section>
      <RestaurerSauvegarde readOnly={info?.readOnly ?? false} />
      {info && <p className="pied">{t('app.dataDir', { dir: info.dataDir })}</p>}
      {deleting && (
        <ConfirmDialog
          title={t('ateliers.deleteTitle')}
          body={t('ateliers.deleteBody', {
            title: deleting.title,
            actors: deleting.actorCount,
            links: deleting.linkCount,
            seconds: Math.round((info?.undoWindowMs ?? 10_000) / 1000),
          })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const target = deleting;
            setDeleting(null);
            void attempt(async () => {
              const { eraseAt } = await api.call('workshop.delete', { id: target.id });
              setDeleted({ id: target.id, title: target.title, eraseAt });
            }).catch(() => undefined);
          }}
        />
      )}
    </main>
  );
}
