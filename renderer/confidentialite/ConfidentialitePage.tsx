import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyOverview } from '../../shared/privacy/privacy-api.js';
import { api } from '../api/client.js';
import { Alerte } from '../ui/Alerte.js';
import { PageHeader } from '../ui/PageHeader.js';
import { BasesAbimees } from './BasesAbimees.js';
import { Conservation } from './Conservation.js';
import { DossierDonnees } from './DossierDonnees.js';
import { DroitsPersonne } from './DroitsPersonne.js';
import './confidentialite.css';

/**
 * « Données personnelles »: the notice a data-protection officer reads — what is stored, where,
 * for how long, who can read it, how to erase — with this computer's own figures, and the tools
 * it describes (retention review, damaged files, a person's rights).
 */
export function ConfidentialitePage() {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<PrivacyOverview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setOverview(await api.call('privacy.overview', {}));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    return api.subscribe((event) => {
      if (event.type === 'workshops.changed' || event.type === 'workshops.erased') void refresh();
    });
  }, [refresh]);

  const onError = useCallback((message: string) => setError(message), []);
  const seconds = Math.round((overview?.undoWindowMs ?? 10_000) / 1000);

  return (
    <main className="page confidentialite">
      <PageHeader
        back={t('confidentialite.back')}
        title={t('confidentialite.title')}
        tagline={t('confidentialite.intro')}
      />
      <Alerte message={error} />
      <section aria-labelledby="conf-stored">
        <h2 id="conf-stored">{t('confidentialite.stored.title')}</h2>
        <p>{t('confidentialite.stored.body')}</p>
        {overview && (
          <p>
            {t('confidentialite.stored.counts', {
              own: t('confidentialite.stored.own', { count: overview.workshops.own }),
              club: t('confidentialite.stored.club', { count: overview.workshops.club }),
            })}
          </p>
        )}
      </section>
      {overview && <DossierDonnees overview={overview} />}
      {overview && <Conservation overview={overview} onChange={refresh} onError={onError} />}
      <section aria-labelledby="conf-who">
        <h2 id="conf-who">{t('confidentialite.who.title')}</h2>
        <p>{t('confidentialite.who.body')}</p>
      </section>
      <section aria-labelledby="conf-erase">
        <h2 id="conf-erase">{t('confidentialite.erase.title')}</h2>
        <p>{t('confidentialite.erase.body', { seconds })}</p>
      </section>
      {overview && <BasesAbimees damaged={overview.damaged} onChange={refresh} onError={onError} />}
      <DroitsPersonne onError={onError} />
      <section aria-labelledby="conf-share">
        <h2 id="conf-share">{t('confidentialite.share.title')}</h2>
        <p>{t('confidentialite.share.body')}</p>
      </section>
    </main>
  );
}
