import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuiviDialog } from './SuiviDialog.js';

/** « Suivi du territoire » in the editor's top bar, and its dialog. */
export function SuiviBouton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="bouton" onClick={() => setOpen(true)} title={t('suivi.openHint')}>
        ⟳ {t('suivi.open')}
      </button>
      {open && <SuiviDialog workshopId={workshopId} onClose={() => setOpen(false)} />}
    </>
  );
}
