import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question before anything destructive; Échap or « Annuler » leaves everything as it was. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialogue"
      aria-labelledby="dialogue-titre"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="dialogue-titre">{title}</h2>
      <p>{body}</p>
      <div className="dialogue-actions">
        {/* showModal() focuses the first button: « Annuler », the safe answer. */}
        <button type="button" className="bouton" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="bouton danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
