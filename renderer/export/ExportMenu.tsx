import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../shared/api/export-formats.js';
import { api } from '../api/client.js';
import { deliverFile } from './deliver-file.js';
import './export.css';

/** The menu's groups, in the order a facilitator looks for them after a workshop. */
const groups: { title: 'summary' | 'map' | 'data'; formats: ExportFormat[] }[] = [
  { title: 'summary', formats: ['docx', 'pdf', 'html'] },
  { title: 'map', formats: ['png', 'svg', 'poster-a1', 'poster-a0'] },
  { title: 'data', formats: ['csv-actors', 'csv-links', 'graphml', 'gexf', 'canvas', 'maillage'] },
];

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
  const root = useRef<HTMLDivElement>(null);
  const busy = status.kind === 'busy';

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  async function run(format: ExportFormat) {
    setOpen(false);
    setStatus({ kind: 'busy' });
    try {
      const file = await api.call('workshop.export', { workshopId, format });
      const saved = await deliverFile(file);
      setStatus(saved.saved ? { kind: 'done', fileName: file.fileName } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function onMenuKey(event: React.KeyboardEvent<HTMLDivElement>) {
    event.stopPropagation();
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
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
          {groups.map((group) => (
            <div key={group.title} className="export-groupe">
              <p className="export-titre">{t(`export.groups.${group.title}`)}</p>
              {group.formats.map((format) => (
                <button
                  key={format}
                  type="button"
                  role="menuitem"
                  className="export-choix"
                  onClick={() => void run(format)}
                >
                  {t(`export.formats.${format}`)}
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
