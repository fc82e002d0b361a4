import { useTranslation } from 'react-i18next';
import { useCarte } from './carte-context.js';

const icons = { saved: '✓', saving: '…', offline: '⚠', failed: '✕' } as const;

/** Always says whether the last edit is on disk, in words and with an icon, never by colour alone. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useCarte((state) => state.save);
  const text =
    save.kind === 'failed' ? t('save.failed', { message: save.message }) : t(`save.${save.kind}` as 'save.saved');
  return (
    <output className={`etat-enregistrement ${save.kind}`} aria-live="polite" data-state={save.kind}>
      <span aria-hidden="true">{icons[save.kind]}</span> {text}
    </output>
  );
}
