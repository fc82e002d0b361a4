import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/route.js';
import { ImportDialog } from './ImportDialog.js';
import './import.css';

/** « Importer… » on the workshop list: opens the import dialog; an imported workshop opens at once. */
export function ImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="bouton" title={t('import.openHint')} onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && (
        <ImportDialog
          onClose={() => setOpen(false)}
          onImported={(workshopId) => {
            setOpen(false);
            navigate({ page: 'carte', workshopId });
          }}
        />
      )}
    </>
  );
}
