import { useTranslation } from 'react-i18next';
import { useSalle } from './salle-store.js';

/**
 * « Salle » in the workshop strip, with the count of proposals waiting. A component of its own:
 * a new proposal re-renders this button, not the whole strip.
 */
export function BoutonSalle({ pressed, onClick }: { pressed: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const waiting = useSalle((s) => s.state?.pending.length ?? 0);
  const roomOpen = useSalle((s) => Boolean(s.state?.status));
  return (
    <button
      type="button"
      className={`bouton compact${pressed || roomOpen ? ' actif' : ''}`}
      aria-pressed={pressed}
      onClick={onClick}
      title={t('salle.openHint')}
      aria-label={t('salle.open')}
    >
      ⌁ <span className="etiquette-large">{t('salle.open')}</span>
      {waiting > 0 && <span className="compte compte-fixe">{waiting > 99 ? '99+' : waiting}</span>}
    </button>
  );
}
