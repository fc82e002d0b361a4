import { useTranslation } from 'react-i18next';
import type { ClubOverview } from '../../shared/club/club-api.js';
import type { Counted, TerritoryFigures } from '../../shared/club/club-model.js';
import { type Bar, BarChart } from './BarChart.js';
import { percent } from './format.js';

/** « Département (ASE, PMI, service social) » → « Département »: the full name is in the tooltip. */
const shortName = (label: string) => label.replace(/\s*\(.*\)\s*$/, '');

interface Metric {
  title: string;
  value: (t: TerritoryFigures) => number;
  text: (t: TerritoryFigures) => string;
  /** Ratios share one scale (0 to 100 %), so their bars compare across charts. */
  max?: number;
}

function CountsTable({
  caption,
  columns,
  territories,
  countsOf,
}: {
  caption: string;
  columns: readonly { id: string; label: string }[];
  territories: readonly TerritoryFigures[];
  countsOf: (t: TerritoryFigures) => Counted[];
}) {
  const { t } = useTranslation();
  const used = columns.filter((c) => territories.some((x) => countsOf(x).some((k) => k.id === c.id && k.count > 0)));
  return (
    <details className="detail-club">
      <summary>{caption}</summary>
      <div className="defile">
        <table className="table-club">
          <thead>
            <tr>
              <th scope="col">{t('club.territory')}</th>
              {used.map((c) => (
                <th key={c.id} scope="col" className="nombre">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {territories.map((x) => (
              <tr key={x.workshopId}>
                <th scope="row">{x.territory}</th>
                {used.map((c) => (
                  <td key={c.id} className="nombre">
                    {countsOf(x).find((k) => k.id === c.id)?.count ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The territories side by side: one table of key figures, small charts, and the detailed counts. */
export function ChiffresCles({ overview }: { overview: ClubOverview }) {
  const { t, i18n } = useTranslation();
  const { territories } = overview;
  const pct = (value: number | null) => percent(value, i18n.language);
  const metrics: Metric[] = [
    { title: t('club.col.actors'), value: (x) => x.actors, text: (x) => String(x.actors) },
    { title: t('club.col.existing'), value: (x) => x.existingLinks, text: (x) => String(x.existingLinks) },
    {
      title: t('club.col.density'),
      value: (x) => x.density,
      text: (x) => pct(x.actors >= 2 ? x.density : null),
      max: 1,
    },
    {
      title: t('club.col.desiredShare'),
      value: (x) => x.desiredShare ?? 0,
      text: (x) => pct(x.desiredShare),
      max: 1,
    },
    { title: t('club.col.isolated'), value: (x) => x.isolated.length, text: (x) => String(x.isolated.length) },
    {
      title: t('club.col.noSchool'),
      value: (x) => x.categoriesWithoutSchoolLink.length,
      text: (x) => String(x.categoriesWithoutSchoolLink.length),
    },
  ];
  if (territories.length === 0) return <p className="vide">{t('club.noTerritory')}</p>;
  return (
    <>
      <div className="defile">
        <table className="table-club" aria-label={t('club.figuresTable')}>
          <thead>
            <tr>
              <th scope="col">{t('club.territory')}</th>
              <th scope="col">{t('club.date')}</th>
              <th scope="col" className="nombre">
                {t('club.col.actors')}
              </th>
              <th scope="col" className="nombre">
                {t('club.col.existing')}
              </th>
              <th scope="col" className="nombre">
                {t('club.col.desired')}
              </th>
              <th scope="col" className="nombre">
                {t('club.col.desiredShare')}
              </th>
              <th scope="col" className="nombre">
                {t('club.col.density')}
              </th>
              <th scope="col" className="nombre">
                {t('club.col.isolated')}
              </th>
              <th scope="col">{t('club.col.noSchool')}</th>
            </tr>
          </thead>
          <tbody>
            {territories.map((x) => (
              <tr key={x.workshopId}>
                <th scope="row">
                  {x.territory}
                  {x.clubOnly && <span className="badge-recu">{t('club.received')}</span>}
                </th>
                <td className="date">{x.date}</td>
                <td className="nombre">{x.actors}</td>
                <td className="nombre">{x.existingLinks}</td>
                <td className="nombre">{x.desiredLinks}</td>
                <td className="nombre">{pct(x.desiredShare)}</td>
                <td className="nombre">{pct(x.actors >= 2 ? x.density : null)}</td>
                <td className="nombre" title={x.isolated.join(', ')}>
                  {x.isolated.length}
                </td>
                <td className="liste" title={x.categoriesWithoutSchoolLink.join(' ; ')}>
                  {x.categoriesWithoutSchoolLink.map(shortName).join(', ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="petits-multiples">
        {metrics.map((m) => (
          <BarChart
            key={m.title}
            title={m.title}
            {...(m.max === undefined ? {} : { max: m.max })}
            bars={territories.map(
              (x): Bar => ({
                key: x.workshopId,
                label: x.territory,
                value: m.value(x),
                text: m.text(x),
                received: x.clubOnly,
              }),
            )}
          />
        ))}
      </div>
      <p className="legende-club">{t('club.chartLegend')}</p>
      <CountsTable
        caption={t('club.byCategory')}
        columns={overview.categories}
        territories={territories}
        countsOf={(x) => x.actorsByCategory}
      />
      <CountsTable
        caption={t('club.byKind')}
        columns={overview.linkKinds}
        territories={territories}
        countsOf={(x) => x.linksByKind}
      />
      <CountsTable
        caption={t('club.byQuality')}
        columns={overview.qualities}
        territories={territories}
        countsOf={(x) => x.linksByQuality}
      />
    </>
  );
}
