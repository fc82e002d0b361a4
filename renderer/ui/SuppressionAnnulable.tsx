import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useNow } from '../etapes/use-now.js';

/** A deletion just confirmed: what was deleted, and when the core erases it for good. */
export interface DeletionShown {
  id: string;
  title: string;
  eraseAt: string;
}

/** How long « effacé » stays on screen once the erasure is done. */
const doneShownMs = 6000;

/**
 * « Atelier supprimé — Annuler » while the core waits before erasing (about 10 s, counted down),
 * then « effacé de la base et des sauvegardes » once the core says so. « Annuler » is focused, so
 * that the keyboard reaches it at once; a failed undo (too late) says why.
 */
export function SuppressionAnnulable({ deletion, onClose }: { deletion: DeletionShown; onClose(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'waiting' | 'undoing' | 'erased'>('waiting');
  const [error, setError] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const now = useNow(state === 'waiting', 250);
  const seconds = Math.max(0, Math.ceil((Date.parse(deletion.eraseAt) - now) / 1000));

  useEffect(() => {
    undoButton.current?.focus();
    return api.subscribe((event) => {
      if (event.type === 'workshops.erased' && event.workshopIds.includes(deletion.id)) setState('erased');
    });
  }, [deletion.id]);

  useEffect(() => {
    if (state !== 'erased') return;
    const timer = window.setTimeout(onClose, doneShownMs);
    return () => window.clearTimeout(timer);
  }, [state, onClose]);

  async function undo() {
    setState('undoing');
    try {
      await api.call('workshop.undoDelete', { id: deletion.id });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState('erased');
    }
  }

  return (
    <div className="suppression-annulable" role="status" aria-live="polite">
      {state === 'erased' ? (
        <p>{error ?? t('suppression.erased', { title: deletion.title })}</p>
      ) : (
        <>
          <p>{t('suppression.deleted', { title: deletion.title, seconds })}</p>
          <button
            ref={undoButton}
            type="button"
            className="bouton principal"
            disabled={state === 'undoing'}
            onClick={() => void undo()}
          >
            {t('suppression.undo')}
          </button>
        </>
      )}
    </div>
  );
}
