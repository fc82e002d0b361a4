import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../shared/api/backups.js';
import { api } from '../api/client.js';
import { Alerte } from '../ui/Alerte.js';
import { formatBackupDate, formatSize } from './format.js';

interface SauvegardesDialogProps {
  onChoose(backup: BackupSummary): void;
  onCancel(): void;
}

/** The backups kept on this computer, newest first, each with its date and what it holds. */
export function SauvegardesDialog({ onChoose, onCancel }: SauvegardesDialogProps) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    api.call('backup.list', {}).then(setBackups, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialogue dialogue-large"
      aria-labelledby="sauvegardes-dialogue-titre"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="sauvegardes-dialogue-titre">{t('sauvegardes.title')}</h2>
      <p>{t('sauvegardes.intro')}</p>
      <Alerte message={error} />
      {backups === null && !error && <p>{t('common.loading')}</p>}
      {backups?.length === 0 && <p className="vide">{t('sauvegardes.empty')}</p>}
      {backups && backups.length > 0 && (
        <ul className="liste-sauvegardes">
          {backups.map((backup) => (
            <li key={backup.id} className="sauvegarde">
              <div>
                <strong>{formatBackupDate(backup.takenAt, i18n.language)}</strong>
                <span className="sauvegarde-raison"> · {t(`sauvegardes.reason.${backup.reason}`)}</span>
                <div className="sauvegarde-contenu">
                  {backup.readable
                    ? t('sauvegardes.content', {
                        count: backup.workshops,
                        actors: backup.actors,
                        size: formatSize(backup.size, i18n.language),
                      })
                    : t('sauvegardes.unreadable')}
                </div>
                {backup.titles.length > 0 && <div className="sauvegarde-titres">{backup.titles.join(' · ')}</div>}
              </div>
              <button
                type="button"
                className="bouton"
                disabled={!backup.readable}
                aria-label={t('sauvegardes.restoreOne', { date: formatBackupDate(backup.takenAt, i18n.language) })}
                onClick={() => onChoose(backup)}
              >
                {t('sauvegardes.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialogue-actions">
        <button type="button" className="bouton" onClick={onCancel}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
