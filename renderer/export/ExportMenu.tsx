import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../shared/api/export-formats.js';
import { api } from '../api/client.js';
import { deliverFile } from './deliver-file.js';
import './export.css';

/** One entry of the menu: a format, and for the colleague's file, anonymised whatever the box says. */
interface Entry {
  format: ExportFormat;
  label: string;
  forColleague?: true;
}

const entry = (format: ExportFormat): Entry => ({ format, label: `export.formats.${format}` });

/** The menu's groups, in the order a facilitator looks for them after a workshop. */
const groups: { title: 'summary' | 'map' | 'data' | 'share'; entries: Entry[] }[] = [
  { title: 'summary', entries: (['docx', 'pdf', 'html'] as const).map(entry) },
  { title: 'map', entries: (['png', 'svg', 'poster-a1', 'poster-a0'] as const).map(entry) },
  {
    title: 'data',
    entries: (['csv-actors', 'csv-links', 'graphml', 'gexf', 'canvas', 'maillage'] as const).map(entry),
  },
  // A file meant for a colleague or the Club is anonymised by default: names never travel by accident.
  { title: 'share', entries: [{ format: 'maillage', label: 'export.forColleague', forColleague: true }] },
];

const itemSelector = '[role="menuitem"], [role="menuitemcheckbox"]';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string };

/**
 * « Exporter » in the editor's top bar: the summary, the map picture and the data files. The
 * export runs in the core; while it does, « Export en cours… » is shown (the PDF takes a few
 * seconds), then the file is saved (desktop) or downloaded (browser).
 */
export function ExportMenu({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [anonymised, setAnonymised] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const busy = status.kind === 'busy';

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    root.current?.querySelector<HTMLButtonElement>(itemSelector)?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  async function run(format: ExportFormat, anonymise: boolean) {
    setOpen(false);
    setStatus({ kind: 'busy' });
    try {
      const file = await api.call('workshop.export', { workshopId, format, anonymise });
      const saved = await deliverFile(file);
      setStatus(saved.saved ? { kind: 'done', fileName: file.fileName } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function onMenuKey(event: React.KeyboardEvent<HTMLDivElement>) {
    event.stopPropagation();
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>(itemSelector) ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.export-bouton')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  }

  return (
    <div className="export" ref={root}>
      <button
        type="button"
        className="bouton export-bouton"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen((value) => !value)}
        title={t('export.hint')}
      >
        ⇩ {t('export.button')}
      </button>
      {open && (
        <div className="export-menu" role="menu" aria-label={t('export.button')} onKeyDown={onMenuKey}>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={anonymised}
            className="export-choix export-anonymiser"
            onClick={() => setAnonymised((value) => !value)}
          >
            <span aria-hidden="true">{anonymised ? '☑' : '☐'}</span> {t('export.anonymise')}
            <span className="export-aide">{t('export.anonymiseHint')}</span>
          </button>
          {groups.map((group) => (
            <div key={group.title} className="export-groupe">
              <p className="export-titre">{t(`export.groups.${group.title}`)}</p>
              {group.entries.map((item) => (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  className="export-choix"
                  onClick={() => void run(item.format, anonymised || item.forColleague === true)}
                >
                  {t(item.label)}
                  {(anonymised || item.forColleague) && (
                    <span className="export-marque">{t('export.anonymisedMark')}</span>
                  )}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
      <span className={`export-etat ${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'busy' && t('export.busy')}
        {status.kind === 'done' && t('export.done', { file: status.fileName })}
        {status.kind === 'failed' && t('export.failed', { message: status.message })}
      </span>
    </div>
  );
}
