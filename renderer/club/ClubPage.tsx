import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/api/contract.js';
import type { ClubOverview } from '../../shared/club/club-api.js';
import type { DateRange } from '../../shared/club/club-model.js';
import { api } from '../api/client.js';
import { deliverFile } from '../export/deliver-file.js';
import { Alerte } from '../ui/Alerte.js';
import { PageHeader } from '../ui/PageHeader.js';
import { Bibliotheque } from './Bibliotheque.js';
import { ChiffresCles } from './ChiffresCles.js';
import { FichiersRecus } from './FichiersRecus.js';
import { Questions } from './Questions.js';
import { Trajectoires } from './Trajectoires.js';
import './club.css';

type Tab = 'chiffres' | 'trajectoires' | 'questions' | 'pratiques';
const tabs: Tab[] = ['chiffres', 'trajectoires', 'questions', 'pratiques'];

/**
 * The Club des cités éducatives: every workshop on this computer and those received from
 * colleagues, compared on the same figures; questions across territories; the library of
 * pratiques inspirantes; the digest to share.
 */
export function ClubPage({ info }: { info: AppInfo | null }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const range = useMemo<DateRange>(() => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }), [from, to]);
  const [overview, setOverview] = useState<ClubOverview | null>(null);
  const [tab, setTab] = useState<Tab>('chiffres');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const onError = useCallback((message: string) => setError(message), []);

  const refresh = useCallback(async () => {
    try {
      setOverview(await api.call('club.overview', range));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [range]);

  useEffect(() => {
    void refresh();
    return api.subscribe((event) => {
      if (event.type === 'workshops.changed') void refresh();
    });
  }, [refresh]);

  async function run(action: () => Promise<string | null>) {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      setNotice(await action());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function receive(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    await run(async () => {
      const received = await api.call('club.importMaillage', { text: await file.text() });
      await refresh();
      return t('club.receivedNotice', { territory: received.territory });
    });
    if (fileInput.current) fileInput.current.value = '';
  }

  const exportAs = (format: 'docx' | 'pdf' | 'csv') =>
    run(async () => {
      await deliverFile(await api.call('club.export', { ...range, format }));
      return null;
    });

  return (
    <main className="page club">
      <PageHeader back={t('club.back')} title={t('club.title')} tagline={t('club.tagline')} />
      <Alerte message={error} />
      {notice && (
        <p className="info" role="status">
          {notice}
        </p>
      )}
      <div className="barre-club">
        <fieldset className="periode">
          <legend>{t('club.period')}</legend>
          <label className="champ">
            <span>{t('club.from')}</span>
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="champ">
            <span>{t('club.to')}</span>
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          {overview && (
            <p className="compte">{t('club.shown', { count: overview.territories.length, total: overview.total })}</p>
          )}
        </fieldset>
        <div className="actions-club">
          <button type="button" className="bouton" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('club.receive')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".maillage,application/json"
            hidden
            aria-label={t('club.receive')}
            onChange={(e) => void receive(e.target.files)}
          />
          <button type="button" className="bouton" disabled={busy} onClick={() => void exportAs('docx')}>
            {t('club.exportDocx')}
          </button>
          <button type="button" className="bouton" disabled={busy} onClick={() => void exportAs('pdf')}>
            {t('club.exportPdf')}
          </button>
          <button type="button" className="bouton" disabled={busy} onClick={() => void exportAs('csv')}>
            {t('club.exportCsv')}
          </button>
        </div>
      </div>
      {overview && (
        <FichiersRecus
          territories={overview.territories}
          undoWindowMs={info?.undoWindowMs ?? 10_000}
          onError={onError}
        />
      )}
      <div role="tablist" aria-label={t('club.title')} className="onglets">
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`onglet-${id}`}
            aria-selected={tab === id}
            aria-controls={`panneau-${id}`}
            className={`onglet${tab === id ? ' actif' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`club.tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panneau-${tab}`} aria-labelledby={`onglet-${tab}`} className="panneau-club">
        {tab === 'chiffres' && overview && <ChiffresCles overview={overview} />}
        {tab === 'trajectoires' && <Trajectoires range={range} onError={onError} />}
        {tab === 'questions' && overview && (
          <Questions range={range} categories={overview.categories} onError={onError} />
        )}
        {tab === 'pratiques' && <Bibliotheque range={range} onError={onError} />}
      </div>
    </main>
  );
}
