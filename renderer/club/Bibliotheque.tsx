import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClubPractices } from '../../shared/club/club-api.js';
import type { DateRange } from '../../shared/club/club-model.js';
import type { Practice } from '../../shared/club/practices.js';
import { standardTypeLabel, standardTypes } from '../../shared/domain/standard-types.js';
import { api } from '../api/client.js';
import { navigate } from '../app/route.js';
import { requestFocus } from './focus-request.js';

function open(practice: Practice) {
  if (practice.focus) requestFocus(practice.workshopId, practice.focus);
  navigate({ page: 'carte', workshopId: practice.workshopId });
}

/** Every pratique inspirante of the network: searched with accents folded, filtered, opened on its map. */
export function Bibliotheque({ range, onError }: { range: DateRange; onError(message: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [workshopId, setWorkshopId] = useState('');
  const [standardType, setStandardType] = useState('');
  const [tag, setTag] = useState('');
  const [found, setFound] = useState<ClubPractices | null>(null);

  useEffect(() => {
    const query = {
      ...range,
      ...(text.trim() ? { text } : {}),
      ...(workshopId ? { workshopId } : {}),
      ...(standardType ? { standardType } : {}),
      ...(tag ? { tag } : {}),
    };
    api.call('club.practices', query).then(setFound, (e: Error) => onError(e.message));
  }, [range, text, workshopId, standardType, tag, onError]);

  return (
    <section aria-labelledby="bibliotheque" className="bibliotheque">
      <h2 id="bibliotheque">{t('club.libraryTitle')}</h2>
      <div className="ligne-champs">
        <label className="champ recherche">
          <span>{t('club.search')}</span>
          <input
            type="search"
            value={text}
            maxLength={200}
            placeholder={t('club.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="champ">
          <span>{t('club.territory')}</span>
          <select value={workshopId} onChange={(e) => setWorkshopId(e.target.value)}>
            <option value="">{t('club.all')}</option>
            {found?.territories.map((x) => (
              <option key={x.workshopId} value={x.workshopId}>
                {x.date ? `${x.territory} (${x.date})` : x.territory}
              </option>
            ))}
          </select>
        </label>
        <label className="champ">
          <span>{t('club.standardTypeInvolved')}</span>
          <select value={standardType} onChange={(e) => setStandardType(e.target.value)}>
            <option value="">{t('club.all')}</option>
            {standardTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.label}
              </option>
            ))}
          </select>
        </label>
        <label className="champ">
          <span>{t('club.tag')}</span>
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('club.all')}</option>
            {found?.tags.map((x) => (
              <option key={x} value={x}>
                #{x}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="aide">{t('club.tagHelp')}</p>
      {found && (
        <p aria-live="polite" className="compte">
          {t('club.practicesCount', { count: found.practices.length, total: found.total })}
        </p>
      )}
      <ul className="pratiques">
        {found?.practices.map((p) => (
          <li key={`${p.workshopId}/${p.noteId}`} className="pratique">
            <p className="texte">{p.text}</p>
            <p className="meta">
              <strong>{p.territory}</strong>
              {p.date && ` · ${p.date}`}
              {p.clubOnly && <span className="badge-recu">{t('club.received')}</span>}
              {p.actors.length > 0 &&
                ` · ${p.actors
                  .map((a) => (a.standardType ? `${a.label} (${standardTypeLabel(a.standardType)})` : a.label))
                  .join(', ')}`}
            </p>
            <button type="button" className="bouton" onClick={() => open(p)}>
              {t('club.openOnMap')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
