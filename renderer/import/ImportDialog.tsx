import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodParams } from '../../shared/api/contract.js';
import type { ImportPreview } from '../../shared/exchange/csv-import.js';
import type { CodeChoice } from '../../shared/exchange/import-input.js';
import { api } from '../api/client.js';
import { Alerte } from '../ui/Alerte.js';
import { type CsvChoice, ImportChoice } from './ImportChoice.js';
import { type Choices, ImportPreviewView } from './ImportPreviewView.js';
import { base64Of } from './read-file.js';

type CsvPayload = MethodParams<'import.preview'>;
type Step = { kind: 'choose' } | { kind: 'preview'; payload: CsvPayload; preview: ImportPreview };

interface ImportDialogProps {
  onClose(): void;
  /** The new workshop is written: open it. */
  onImported(workshopId: string): void;
}

/**
 * « Importer »: a `.maillage` file becomes a new workshop at once; a CSV list is first shown
 * in a preview (what will be created, unknown categories to map, rows to correct) and written
 * only on « Importer ». « Annuler » or Échap writes nothing.
 */
export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [categoryChoices, setCategoryChoices] = useState<Choices>({});
  const [kindChoices, setKindChoices] = useState<Choices>({});

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const importMaillage = (file: File) =>
    run(async () => {
      const workshop = await api.call('import.maillage', { text: await file.text() });
      onImported(workshop.id);
    });

  const previewCsv = ({ actors, links, participants, title }: CsvChoice) =>
    run(async () => {
      const payload: CsvPayload = {
        actors: { name: actors.name, base64: await base64Of(actors) },
        ...(links ? { links: { name: links.name, base64: await base64Of(links) } } : {}),
        ...(participants ? { participants: { name: participants.name, base64: await base64Of(participants) } } : {}),
        ...(title ? { title } : {}),
      };
      const preview = await api.call('import.preview', payload);
      setCategoryChoices({});
      setKindChoices({});
      setStep({ kind: 'preview', payload, preview });
    });

  const commit = (payload: CsvPayload) =>
    run(async () => {
      const workshop = await api.call('import.commit', {
        ...payload,
        mappings: { categories: categoryChoices, linkKinds: kindChoices },
      });
      onImported(workshop.id);
    });

  const choose = (set: typeof setCategoryChoices) => (key: string, choice: CodeChoice) =>
    set((previous) => ({ ...previous, [key]: choice }));

  return (
    <dialog
      ref={dialog}
      className="dialogue import-dialogue"
      aria-labelledby="import-titre"
      aria-busy={busy}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="import-titre">{step.kind === 'choose' ? t('import.title') : t('import.previewTitle')}</h2>
      <Alerte message={error} />
      {busy && <p aria-live="polite">{t('import.working')}</p>}
      {step.kind === 'choose' ? (
        <ImportChoice busy={busy} onMaillage={(file) => void importMaillage(file)} onCsv={(c) => void previewCsv(c)} />
      ) : (
        <ImportPreviewView
          preview={step.preview}
          categoryChoices={categoryChoices}
          kindChoices={kindChoices}
          onChooseCategory={choose(setCategoryChoices)}
          onChooseKind={choose(setKindChoices)}
        />
      )}
      <div className="dialogue-actions">
        {step.kind === 'preview' && (
          <button type="button" className="bouton discret" disabled={busy} onClick={() => setStep({ kind: 'choose' })}>
            {t('import.back')}
          </button>
        )}
        <button type="button" className="bouton" disabled={busy} onClick={onClose}>
          {t('common.cancel')}
        </button>
        {step.kind === 'preview' && (
          <button
            type="button"
            className="bouton principal"
            disabled={busy || !step.preview.canImport}
            onClick={() => void commit(step.payload)}
          >
            {t('import.confirm')}
          </button>
        )}
      </div>
    </dialog>
  );
}
