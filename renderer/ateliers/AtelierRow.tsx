import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../shared/domain/model.js';
import { navigate } from '../app/route.js';
import { formatDay } from '../ui/format-day.js';

interface RowProps {
  workshop: WorkshopSummary;
  onRename(title: string): Promise<void>;
  onDuplicate(): Promise<void>;
  onDelete(): void;
}

/** One workshop in the list, with what one does to it. */
export function AtelierRow({ workshop, onRename, onDuplicate, onDelete }: RowProps) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);

  return (
    <li className="atelier" data-workshop-id={workshop.id}>
      <div className="atelier-infos">
        {renaming ? (
          <form
            className="renommer"
            onSubmit={(event) => {
              event.preventDefault();
              const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
              if (title)
                onRename(title).then(
                  () => setRenaming(false),
                  () => undefined,
                );
            }}
          >
            <input
              name="title"
              aria-label={t('ateliers.renameLabel')}
              defaultValue={workshop.title}
              maxLength={200}
              required
              // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRenaming(false);
              }}
            />
            <button type="submit" className="bouton principal">
              {t('common.save')}
            </button>
            <button type="button" className="bouton" onClick={() => setRenaming(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <h3>
            <a href={`#/atelier/${workshop.id}`}>{workshop.title}</a>
          </h3>
        )}
        <p className="atelier-details">
          {[
            workshop.territory,
            workshop.date ? formatDay(workshop.date, i18n.language) : t('ateliers.noDate'),
            workshop.facilitator,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="atelier-details">
          {t('ateliers.counts', { actors: workshop.actorCount, links: workshop.linkCount })} ·{' '}
          {t('ateliers.updated', { date: formatDay(workshop.updatedAt, i18n.language) })}
        </p>
      </div>
      <div className="atelier-actions">
        <button
          type="button"
          className="bouton principal"
          onClick={() => navigate({ page: 'carte', workshopId: workshop.id })}
        >
          {t('ateliers.open')}
        </button>
        <button type="button" className="bouton" onClick={() => setRenaming(true)}>
          {t('ateliers.rename')}
        </button>
        <button type="button" className="bouton" onClick={() => void onDuplicate()}>
          {t('ateliers.duplicate')}
        </button>
        <button type="button" className="bouton danger" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
