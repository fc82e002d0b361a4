import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MapTemplate, mapTemplateIds } from '../../shared/domain/templates.js';
import { ChoiceGroup } from '../ui/fields.js';

export interface AtelierFields {
  title: string;
  territory: string;
  date: string;
  facilitator: string;
}

/** The four things one needs to start a workshop; the rest can wait. */
export function AtelierForm({ onCreate }: { onCreate(fields: AtelierFields, template: MapTemplate): Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [template, setTemplate] = useState<MapTemplate>('libre');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    setBusy(true);
    try {
      await onCreate(
        {
          title: text('title'),
          territory: text('territory'),
          date: text('date'),
          facilitator: text('facilitator'),
        },
        template,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="carte-formulaire" onSubmit={(event) => void submit(event)} aria-labelledby="nouvel-atelier">
      <h2 id="nouvel-atelier">{t('ateliers.new')}</h2>
      <div className="champs">
        <label className="champ large">
          <span>{t('ateliers.fieldTitle')} *</span>
          <input name="title" required maxLength={200} placeholder={t('ateliers.titlePlaceholder')} />
        </label>
        <label className="champ">
          <span>{t('ateliers.fieldTerritory')}</span>
          <input name="territory" maxLength={300} placeholder={t('ateliers.territoryPlaceholder')} />
        </label>
        <label className="champ">
          <span>{t('ateliers.fieldDate')}</span>
          <input name="date" type="date" />
        </label>
        <label className="champ">
          <span>{t('ateliers.fieldFacilitator')}</span>
          <input name="facilitator" maxLength={300} placeholder={t('ateliers.facilitatorPlaceholder')} />
        </label>
      </div>
      <ChoiceGroup<MapTemplate>
        legend={t('modeles.label')}
        name="modele"
        inline
        value={template}
        options={mapTemplateIds.map((id) => ({ value: id, label: t(`modeles.${id}`) }))}
        onChange={setTemplate}
      />
      <button type="submit" className="bouton principal" disabled={busy}>
        {t('ateliers.create')}
      </button>
    </form>
  );
}
