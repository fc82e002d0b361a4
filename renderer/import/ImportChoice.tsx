import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maillageExtension } from '../../shared/exchange/maillage-schema.js';
import { baseName } from './read-file.js';

export interface CsvChoice {
  actors: File;
  links: File | null;
  /** The tour de table prepared in a spreadsheet (Nom, Structure, Rôle, Présence). */
  participants: File | null;
  title: string;
}

interface ImportChoiceProps {
  busy: boolean;
  onMaillage(file: File): void;
  onCsv(choice: CsvChoice): void;
}

/** The two ways in: a workshop file from Maillage, or a prepared list of actors (and links). */
export function ImportChoice({ busy, onMaillage, onCsv }: ImportChoiceProps) {
  const { t } = useTranslation();
  const maillageInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [actors, setActors] = useState<File | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = (name: string) => {
      const file = form.get(name) as File | null;
      return file && file.size > 0 ? file : null;
    };
    if (actors) onCsv({ actors, links: chosen('links'), participants: chosen('participants'), title: title.trim() });
  }

  return (
    <div className="import-choix">
      <section aria-labelledby="import-maillage">
        <h3 id="import-maillage">{t('import.maillageHeading')}</h3>
        <p className="aide">{t('import.maillageHelp')}</p>
        <input
          ref={maillageInput}
          type="file"
          accept={`${maillageExtension},application/json`}
          className="visuellement-cache"
          // Reached through the visible button below: hidden from keyboard and screen readers.
          aria-hidden="true"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onMaillage(file);
          }}
        />
        <button type="button" className="bouton" disabled={busy} onClick={() => maillageInput.current?.click()}>
          {t('import.maillageChoose')}
        </button>
      </section>
      <form aria-labelledby="import-csv" onSubmit={submit}>
        <h3 id="import-csv">{t('import.csvHeading')}</h3>
        <p className="aide">{t('import.csvHelp')}</p>
        <label className="champ">
          <span>{t('import.actorsFile')}</span>
          <input
            name="actors"
            type="file"
            accept=".csv,.txt,text/csv"
            required
            onChange={(event) => {
              const file = event.currentTarget.files?.[0] ?? null;
              setActors(file);
              if (file && title === '') setTitle(baseName(file.name));
            }}
          />
        </label>
        <label className="champ">
          <span>{t('import.linksFile')}</span>
          <input name="links" type="file" accept=".csv,.txt,text/csv" />
        </label>
        <label className="champ">
          <span>{t('import.participantsFile')}</span>
          <input name="participants" type="file" accept=".csv,.txt,text/csv" />
        </label>
        <label className="champ">
          <span>{t('import.workshopTitle')}</span>
          <input name="title" value={title} maxLength={200} onChange={(event) => setTitle(event.currentTarget.value)} />
        </label>
        <button type="submit" className="bouton principal" disabled={busy || !actors}>
          {t('import.previewButton')}
        </button>
      </form>
    </div>
  );
}
