import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DamagedFile } from '../../shared/privacy/privacy-api.js';
import { api } from '../api/client.js';
import { formatBackupDate, formatSize } from '../sauvegardes/format.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';

/** Damaged databases moved aside at start: kept for support, deleted here when no longer needed. */
export function BasesAbimees({
  damaged,
  onChange,
  onError,
}: {
  damaged: readonly DamagedFile[];
  onChange(): Promise<void>;
  onError(message: string): void;
}) {
  const { t, i18n } = useTranslation();
  const [removing, setRemoving] = useState<DamagedFile | null>(null);

  async function remove(file: DamagedFile) {
    setRemoving(null);
    try {
      await api.call('privacy.removeDamaged', { name: file.name });
      await onChange();
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-labelledby="conf-damaged">
      <h2 id="conf-damaged">{t('confidentialite.damaged.title')}</h2>
      <p>{t('confidentialite.damaged.body')}</p>
      {damaged.length === 0 ? (
        <p className="vide">{t('confidentialite.damaged.none')}</p>
      ) : (
        <ul className="liste-conf">
          {damaged.map((file) => (
            <li key={file.name}>
              <span>
                {t('confidentialite.damaged.item', {
                  name: file.name,
                  size: formatSize(file.size, i18n.language),
                  date: file.movedAt ? formatBackupDate(file.movedAt, i18n.language) : '?',
                })}
              </span>
              <button type="button" className="bouton danger" onClick={() => setRemoving(file)}>
                {t('confidentialite.damaged.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          title={t('confidentialite.damaged.confirmTitle')}
          body={t('confidentialite.damaged.confirmBody', { name: removing.name })}
          confirmLabel={t('common.delete')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => void remove(removing)}
        />
      )}
    </section>
  );
}
