import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupRestored, BackupSummary } from '../../shared/api/backups.js';
import { api } from '../api/client.js';
import { Alerte } from '../ui/Alerte.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { formatBackupDate } from './format.js';
import { SauvegardesDialog } from './SauvegardesDialog.js';

/**
 * « Restaurer une sauvegarde » on the workshop list: choose a backup, confirm, restore. The
 * list of workshops reloads by itself (the core announces the change to every view).
 */
export function RestaurerSauvegarde({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [done, setDone] = useState<BackupRestored | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function restore(backup: BackupSummary) {
    setError(null);
    try {
      setDone(await api.call('backup.restore', { id: backup.id }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="sauvegardes" aria-labelledby="sauvegardes-titre">
      <h2 id="sauvegardes-titre" className="visuellement-cache">
        {t('sauvegardes.title')}
      </h2>
      <button
        type="button"
        className="bouton"
        disabled={readOnly}
        title={readOnly ? t('sauvegardes.readOnly') : t('sauvegardes.hint')}
        onClick={() => {
          setDone(null);
          setError(null);
          setChoosing(true);
        }}
      >
        {t('sauvegardes.open')}
      </button>
      {done && (
        <p className="succes" role="status">
          {t('sauvegardes.done', { date: formatBackupDate(done.restored.takenAt, i18n.language) })}
        </p>
      )}
      <Alerte message={error} />
      {choosing && (
        <SauvegardesDialog
          onCancel={() => setChoosing(false)}
          onChoose={(backup) => {
            setChoosing(false);
            setChosen(backup);
          }}
        />
      )}
      {chosen && (
        <ConfirmDialog
          title={t('sauvegardes.confirmTitle')}
          body={t('sauvegardes.confirmBody', {
            date: formatBackupDate(chosen.takenAt, i18n.language),
            count: chosen.workshops,
          })}
          confirmLabel={t('sauvegardes.restore')}
          onCancel={() => setChosen(null)}
          onConfirm={() => {
            const backup = chosen;
            setChosen(null);
            void restore(backup);
          }}
        />
      )}
    </section>
  );
}
