import { useTranslation } from 'react-i18next';
import type { DataFile, PrivacyOverview } from '../../shared/privacy/privacy-api.js';
import { formatBackupDate, formatSize } from '../sauvegardes/format.js';

/** Only the owner may read, write or enter: 0600 for a file, 0700 for a folder. */
const privateMode = (file: Pick<DataFile, 'mode' | 'folder'>) => file.mode === (file.folder ? '0700' : '0600');

/** Where the data lives on this computer, file by file, with who may read each. */
export function DossierDonnees({ overview }: { overview: PrivacyOverview }) {
  const { t, i18n } = useTranslation();
  const access = (file: Pick<DataFile, 'mode' | 'folder'>) =>
    file.mode === null
      ? t('confidentialite.where.aclAccess')
      : privateMode(file)
        ? t('confidentialite.where.ownerOnly', { mode: file.mode })
        : t('confidentialite.where.otherMode', { mode: file.mode });
  const { backups } = overview;
  return (
    <>
      <section aria-labelledby="conf-where">
        <h2 id="conf-where">{t('confidentialite.where.title')}</h2>
        <p>{t('confidentialite.where.body', { dir: overview.dataDir })}</p>
        <table className="table-donnees">
          <caption>
            {t('confidentialite.where.folder', { access: access({ mode: overview.folderMode, folder: true }) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('confidentialite.where.name')}</th>
              <th scope="col" className="nombre">
                {t('confidentialite.where.size')}
              </th>
              <th scope="col">{t('confidentialite.where.access')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.files.map((file) => (
              <tr key={file.name}>
                <th scope="row">
                  {file.name}
                  {file.folder ? '/' : ''}
                </th>
                <td className="nombre">{formatSize(file.size, i18n.language)}</td>
                <td className={file.mode === null || privateMode(file) ? '' : 'alerte-texte'}>{access(file)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note-windows">{t('confidentialite.where.windows')}</p>
      </section>
      <section aria-labelledby="conf-how-long">
        <h2 id="conf-how-long">{t('confidentialite.howLong.title')}</h2>
        <p>{t('confidentialite.howLong.body', { recent: backups.recent, days: backups.days })}</p>
        <p>
          {backups.count === 0 || !backups.oldest || !backups.newest
            ? t('confidentialite.howLong.noBackup')
            : t('confidentialite.howLong.backups', {
                count: backups.count,
                oldest: formatBackupDate(backups.oldest, i18n.language),
                newest: formatBackupDate(backups.newest, i18n.language),
              })}
        </p>
      </section>
    </>
  );
}
