import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findLinkKind } from '../../shared/domain/codebook.js';
import type { Link, MapState } from '../../shared/domain/model.js';
import type { ActorMatching } from '../../shared/series/actor-matching.js';
import { rankLabel, type SeriesMember } from '../../shared/series/series.js';
import { compareSeries } from '../../shared/series/series-compare.js';
import { earlierId, seriesComparedMap } from '../../shared/series/series-map.js';
import { CarteLecture } from '../projecteur/CarteLecture.js';
import { type Difference, SectionDifferences } from '../versions/SectionDifferences.js';

/**
 * The comparison of two workshops of a series: counts, then what appeared, left or changed and
 * the wishes of the earlier one that came true, in words; beside it the later map with what left
 * put back where it stood, each element marked (shape and colour, as for versions).
 */
export function ComparaisonSuivi({
  earlier,
  later,
  before,
  after,
  matching,
  onReview,
}: {
  earlier: SeriesMember;
  later: SeriesMember;
  before: MapState;
  after: MapState;
  matching: ActorMatching;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const r0 = rankLabel(earlier.rank);
  const compared = useMemo(() => {
    const comparison = compareSeries(before, after, matching);
    return { comparison, ...seriesComparedMap(before, after, comparison) };
  }, [before, after, matching]);
  const c = compared.comparison;

  const keptName = new Map(c.actors.kept.map((p) => [p.before.id, p.after.label]));
  const nameNow = (id: string) => after.actors.find((a) => a.id === id)?.label ?? '?';
  const nameThen = (id: string) => keptName.get(id) ?? before.actors.find((a) => a.id === id)?.label ?? '?';
  const linkNow = (l: Link) =>
    `${nameNow(l.source)} — ${nameNow(l.target)} (${findLinkKind(after.codebook, l.kind).label})`;
  const linkThen = (l: Link) =>
    `${nameThen(l.source)} — ${nameThen(l.target)} (${findLinkKind(before.codebook, l.kind).label})`;

  const appeared: Difference[] = [
    ...c.actors.appeared.map((a): Difference => ({ key: a.id, kind: 'actor', name: a.label })),
    ...c.cooperations.appeared.map(
      ({ link, wished }): Difference => ({
        key: link.id,
        kind: 'link',
        name: linkNow(link),
        ...(wished ? { what: t('suivi.wished', { rank: r0 }) } : {}),
      }),
    ),
  ];
  const left: Difference[] = [
    ...c.actors.left.map((a): Difference => ({ key: earlierId(a.id), kind: 'actor', name: a.label })),
    ...c.cooperations.disappeared.map((l): Difference => ({ key: earlierId(l.id), kind: 'link', name: linkThen(l) })),
  ];
  const changed: Difference[] = c.cooperations.changed.map((x) => ({
    key: x.after.id,
    kind: 'link',
    name: linkNow(x.after),
    what: x.fields.map((f) => t(`versions.fields.${f}`)).join(', '),
  }));
  const realised: Difference[] = c.desired.realised.map((r) => ({
    key: r.desired.id,
    kind: 'link',
    name: linkNow(r.now),
  }));
  const desiredBefore = before.links.filter((l) => l.status === 'desired').length;
  const nothing = appeared.length + left.length + changed.length === 0;

  return (
    <div className="versions-comparaison">
      <div className="versions-legende">
        <span>
          <span className="pastille-difference ajoute" aria-hidden="true" /> {t('suivi.legendAppeared')}
        </span>
        <span>
          <span className="pastille-difference retire" aria-hidden="true" /> {t('suivi.legendLeft')}
        </span>
        <span>
          <span className="pastille-difference modifie" aria-hidden="true" /> {t('suivi.legendChanged')}
        </span>
        <button type="button" className="bouton compact" onClick={onReview}>
          {t('suivi.reviewPairs')}
        </button>
      </div>
      <div className="liste-differences suivi-liste">
        <ul className="suivi-chiffres">
          <li>
            {t('suivi.actors', {
              appeared: c.actors.appeared.length,
              left: c.actors.left.length,
              kept: c.actors.kept.length,
            })}
          </li>
          <li>
            {t('suivi.cooperations', {
              appeared: c.cooperations.appeared.length,
              disappeared: c.cooperations.disappeared.length,
              changed: c.cooperations.changed.length,
            })}
          </li>
          {desiredBefore > 0 && (
            <li>{t('suivi.realised', { rank: r0, realised: c.desired.realised.length, desired: desiredBefore })}</li>
          )}
        </ul>
        {c.unconfirmed > 0 && (
          <p className="alerte" role="status">
            {t('suivi.unconfirmed', { count: c.unconfirmed })}
          </p>
        )}
        {nothing && <p className="vide">{t('suivi.nothingChanged')}</p>}
        <SectionDifferences title={t('suivi.appeared')} mark="ajoute" items={appeared} />
        <SectionDifferences title={t('suivi.left')} mark="retire" items={left} />
        <SectionDifferences title={t('suivi.changed')} mark="modifie" items={changed} />
        <SectionDifferences title={t('suivi.realisedList', { rank: r0 })} mark="ajoute" items={realised} />
      </div>
      <div className="versions-carte">
        <CarteLecture
          map={compared.map}
          area={null}
          marks={compared.marks}
          label={t('suivi.comparing', { before: r0, after: rankLabel(later.rank) })}
        />
      </div>
    </div>
  );
}
