import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonErased, PersonFindings } from '../../shared/privacy/privacy-api.js';
import { api } from '../api/client.js';
import { deliverFile } from '../export/deliver-file.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';

/**
 * A person's rights, answered from here: find where they are named (every workshop, version,
 * Club file), export it for them, erase it everywhere (backups included).
 */
export function DroitsPersonne({ onError }: { onError(message: string): void }) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<PersonFindings | null>(null);
  const [erased, setErased] = useState<(PersonErased & { text: string }) | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    try {
      return await action();
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('texte') ?? '').trim();
    setErased(null);
    const found = await run(() => api.call('privacy.findPerson', { text }));
    if (found) setFindings(found);
  }

  async function erase(text: string) {
    setConfirming(false);
    const result = await run(() => api.call('privacy.erasePerson', { text }));
    if (!result) return;
    setErased({ ...result, text });
    const after = await run(() => api.call('privacy.findPerson', { text }));
    if (after) setFindings(after);
  }

  return (
    <section aria-labelledby="conf-person">
      <h2 id="conf-person">{t('confidentialite.person.title')}</h2>
      <p>{t('confidentialite.person.body')}</p>
      <form className="recherche-personne" onSubmit={(event) => void search(event)}>
        <label className="champ">
          <span>{t('confidentialite.person.label')}</span>
          <input name="texte" required minLength={2} maxLength={200} autoComplete="off" />
        </label>
        <button type="submit" className="bouton principal" disabled={busy}>
          {t('confidentialite.person.search')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {erased && (
          <p className="info">
            {t('confidentialite.person.erased', {
              text: erased.text,
              places: erased.places,
              workshops: erased.workshops,
              backups: erased.backupsRewritten + erased.backupsRemoved,
            })}
          </p>
        )}
        {findings &&
          (findings.total === 0 ? (
            <p>{t('confidentialite.person.none', { text: findings.text })}</p>
          ) : (
            <p>{t('confidentialite.person.found', { count: findings.total, workshops: findings.workshops.length })}</p>
          ))}
      </div>
      {findings && findings.total > 0 && (
        <>
          <ul className="resultats-personne">
            {findings.workshops.map((w) => (
              <li key={w.id}>
                <strong>{w.title}</strong>
                {w.territory ? ` · ${w.territory}` : ''}
                <ul>
                  {w.places.map((place, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: places have no id; the list is redrawn whole
                    <li key={i}>
                      <span className="lieu">{place.where}</span> — {place.text}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <div className="actions-conf">
            <button
              type="button"
              className="bouton"
              disabled={busy}
              onClick={() =>
                void run(async () => deliverFile(await api.call('privacy.exportPerson', { text: findings.text })))
              }
            >
              {t('confidentialite.person.export')}
            </button>
            <button type="button" className="bouton danger" disabled={busy} onClick={() => setConfirming(true)}>
              {t('confidentialite.person.erase')}
            </button>
          </div>
        </>
      )}
      {confirming && findings && (
        <ConfirmDialog
          title={t('confidentialite.person.confirmTitle', { text: findings.text })}
          body={t('confidentialite.person.confirmBody', { count: findings.total })}
          confirmLabel={t('confidentialite.person.eraseConfirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void erase(findings.text)}
        />
      )}
    </section>
  );
}
