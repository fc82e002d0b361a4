import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../shared/club/club-model.js';
import type { Trajectory } from '../../shared/club/trajectory.js';
import { api } from '../api/client.js';
import { formatDay } from '../ui/format-day.js';
import { BarChart } from './BarChart.js';
import { percent } from './format.js';

/**
 * Each territory diagnosed more than once: its workshops T0, T1… side by side, each against the
 * first diagnostic, and a chart of the share of T0's desired links that became real.
 */
export function Trajectoires({ range, onError }: { range: DateRange; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<Trajectory[] | null>(null);

  useEffect(() => {
    let live = true;
    api.call('club.trajectories', range).then(
      (found) => live && setList(found),
      (e: unknown) => onError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [range, onError]);

  if (!list) return <p>{t('common.loading')}</p>;
  if (list.length === 0) return <p className="vide">{t('club.trajectory.none')}</p>;
  return (
    <div className="trajectoires">
      <p>{t('club.trajectory.intro')}</p>
      {list.map((x) => (
        <section key={`${x.confirmed}|${x.name}`} className="trajectoire" aria-label={x.name}>
          <h2>
            {x.name}
            {!x.confirmed && <span className="version-details"> · {t('club.trajectory.byName')}</span>}
          </h2>
          <div className="defile">
            <table className="table-club">
              <thead>
                <tr>
                  <th scope="col">{t('club.trajectory.step')}</th>
                  <th scope="col">{t('club.date')}</th>
                  <th scope="col">{t('club.trajectory.workshop')}</th>
                  <th scope="col" className="nombre">
                    {t('club.col.actors')}
                  </th>
                  <th scope="col" className="nombre">
                    {t('club.col.existing')}
                  </th>
                  <th scope="col" className="nombre">
                    {t('club.col.desired')}
                  </th>
                  <th scope="col">{t('club.trajectory.actors')}</th>
                  <th scope="col">{t('club.trajectory.cooperations')}</th>
                  <th scope="col">{t('club.trajectory.realised')}</th>
                </tr>
              </thead>
              <tbody>
                {x.steps.map((s) => (
                  <tr key={s.workshopId} data-rang={s.rank}>
                    <th scope="row">{s.rank}</th>
                    <td className="date">{s.date ? formatDay(s.date, i18n.language) : '—'}</td>
                    <td>{s.title}</td>
                    <td className="nombre">{s.actors}</td>
                    <td className="nombre">{s.existingLinks}</td>
                    <td className="nombre">{s.desiredLinks}</td>
                    <td>{s.sinceFirst ? `+${s.sinceFirst.actorsAppeared} / −${s.sinceFirst.actorsLeft}` : '—'}</td>
                    <td>
                      {s.sinceFirst ? `+${s.sinceFirst.cooperationsBorn} / −${s.sinceFirst.cooperationsGone}` : '—'}
                    </td>
                    <td>
                      {s.sinceFirst
                        ? `${t('club.trajectory.of', { realised: s.sinceFirst.desiredRealised, desired: x.desiredAtFirst })} (${percent(s.sinceFirst.realisedShare, i18n.language)})`
                        : '—'}
                      {s.sinceFirst && s.sinceFirst.unconfirmed > 0 && (
                        <span className="version-details">
                          {' '}
                          · {t('club.trajectory.unconfirmed', { count: s.sinceFirst.unconfirmed })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {x.desiredAtFirst > 0 && (
            <BarChart
              title={t('club.trajectory.realisedChart', { name: x.name, count: x.desiredAtFirst })}
              max={1}
              bars={x.steps.slice(1).map((s) => ({
                key: s.workshopId,
                label: `${s.rank} · ${s.date ? formatDay(s.date, i18n.language) : s.title}`,
                value: s.sinceFirst?.realisedShare ?? 0,
                text: percent(s.sinceFirst?.realisedShare ?? null, i18n.language),
                received: false,
              }))}
            />
          )}
        </section>
      ))}
    </div>
  );
}
