import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationAnswer, MissingCooperation } from '../../shared/club/club-api.js';
import type { ActorGroup, DateRange } from '../../shared/club/club-model.js';
import { api } from '../api/client.js';
import { GroupSelect } from './GroupSelect.js';

/** « Dans combien de territoires… ? » and « les coopérations les plus souvent manquantes ». */
export function Questions({
  range,
  categories,
  onError,
}: {
  range: DateRange;
  categories: readonly { id: string; label: string }[];
  onError(message: string): void;
}) {
  const { t } = useTranslation();
  const [a, setA] = useState<ActorGroup>({ by: 'type', id: 'caf' });
  const [b, setB] = useState<ActorGroup>({ by: 'category', id: 'education' });
  const [answer, setAnswer] = useState<CooperationAnswer | null>(null);
  const [by, setBy] = useState<'type' | 'category'>('type');
  const [missing, setMissing] = useState<MissingCooperation[] | null>(null);

  useEffect(() => {
    api.call('club.cooperation', { ...range, a, b }).then(setAnswer, (e: Error) => onError(e.message));
  }, [range, a, b, onError]);
  useEffect(() => {
    api.call('club.missing', { ...range, by }).then(setMissing, (e: Error) => onError(e.message));
  }, [range, by, onError]);

  return (
    <div className="questions">
      <section aria-labelledby="q-cooperation">
        <h2 id="q-cooperation">{t('club.cooperationTitle')}</h2>
        <div className="ligne-champs">
          <GroupSelect label={t('club.groupA')} value={a} categories={categories} onChange={setA} />
          <GroupSelect label={t('club.groupB')} value={b} categories={categories} onChange={setB} />
        </div>
        {answer && (
          <div aria-live="polite">
            <p className="reponse">
              {t('club.cooperationAnswer', { count: answer.territories.length, asked: answer.asked })}
              {answer.absent > 0 && ` ${t('club.cooperationAbsent', { count: answer.absent })}`}
            </p>
            <ul className="liste-territoires">
              {answer.territories.map((x) => (
                <li key={x.workshopId}>
                  <strong>✓ {x.territory}</strong> — {x.pairs.join(' ; ')}
                </li>
              ))}
              {answer.without.map((x) => (
                <li key={x.workshopId}>
                  <strong>✗ {x.territory}</strong> — {t('club.noCooperation')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="q-manques">
        <h2 id="q-manques">{t('club.missingTitle')}</h2>
        <fieldset className="choix-en-ligne">
          <legend>{t('club.missingBy')}</legend>
          {(['type', 'category'] as const).map((value) => (
            <label key={value} className={`option${by === value ? ' active' : ''}`}>
              <input type="radio" name="manques-par" checked={by === value} onChange={() => setBy(value)} />
              {t(`club.by.${value}`)}
            </label>
          ))}
        </fieldset>
        {missing && missing.length === 0 && <p className="vide">{t('club.noMissing')}</p>}
        {missing && missing.length > 0 && (
          <table className="table-club">
            <thead>
              <tr>
                <th scope="col">{t('club.missingBetween')}</th>
                <th scope="col" className="nombre">
                  {t('club.col.territories')}
                </th>
                <th scope="col" className="nombre">
                  {t('club.col.desired')}
                </th>
                <th scope="col">{t('club.territory')}</th>
              </tr>
            </thead>
            <tbody>
              {missing.slice(0, 15).map((m) => (
                <tr key={m.sides.join('|')}>
                  <th scope="row">
                    {m.sides[0]} ↔ {m.sides[1]}
                  </th>
                  <td className="nombre">{m.territories.length}</td>
                  <td className="nombre">{m.links}</td>
                  <td className="liste">{m.territories.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
