import { findLinkKind } from '../domain/codebook.js';
import type { Link, MapState } from '../domain/model.js';
import { matchActors, type PairDecision } from '../series/actor-matching.js';
import { rankLabel } from '../series/series.js';
import { type ComparedLinkField, compareSeries } from '../series/series-compare.js';
import { countOf, formatDate, formatMonth, formatPercent, listSome, nbsp, nnbsp, quote } from './french.js';
import { intensityLabels, notGiven, qualityLabels } from './labels.js';

/** The first diagnostic of the series, against which a later workshop's summary is written. */
export interface SeriesReference {
  /** The series' name (« Grigny »). */
  name: string;
  reference: { title: string; date: string; rank: number; map: MapState };
  /** This workshop's rank in the series (1 for T1…). */
  rank: number;
  /** The facilitator's answers about pairs of actors (matchActors). */
  decisions: readonly PairDecision[];
}

export interface SeriesLinkRow {
  source: string;
  target: string;
  kind: string;
  /** « souhaitée en mars 2026 », the change in words, or what the wish became. */
  detail: string;
}

/** « Depuis le diagnostic de mars 2026 »: how the territory changed since its first diagnostic. */
export interface SeriesChapter {
  title: string;
  /** « T1 », « T0 ». */
  rank: string;
  referenceRank: string;
  sentences: string[];
  actorsAppeared: string[];
  actorsLeft: string[];
  cooperationsAppeared: SeriesLinkRow[];
  cooperationsDisappeared: SeriesLinkRow[];
  cooperationsChanged: SeriesLinkRow[];
  desiredRealised: SeriesLinkRow[];
  /** Desired links of the first diagnostic, and how many of them exist now. */
  desiredBefore: number;
  desiredRealisedCount: number;
  /** Likely pairs of actors the facilitator has not confirmed: counted as appeared and left. */
  unconfirmed: number;
}

/** « de mars 2026 » from an ISO date; « « Titre » » when the date was left empty. */
export function diagnosticOf(reference: { title: string; date: string }): string {
  const month = formatMonth(reference.date);
  if (month) return `${/^[aeiouy]/.test(month) ? 'd’' : 'de '}${month}`;
  return quote(reference.title);
}

const listed = 8;
const fieldNames: Record<ComparedLinkField, string> = { kind: 'type', intensity: 'intensité', quality: 'qualité' };

/** Builds the chapter from the two maps and the facilitator's answers: pure, the same in every format. */
export function seriesChapter(series: SeriesReference, current: MapState): SeriesChapter {
  const before = series.reference.map;
  const matching = matchActors(before, current, series.decisions);
  const c = compareSeries(before, current, matching);
  const when = diagnosticOf(series.reference);
  const nowName = new Map(current.actors.map((a) => [a.id, a.label]));
  const thenName = new Map(before.actors.map((a) => [a.id, a.label]));
  const keptName = new Map(c.actors.kept.map((p) => [p.before.id, p.after.label]));
  // An earlier link is named with today's names of its actors, or the name it had for one who left.
  const earlierEnd = (id: string) => keptName.get(id) ?? thenName.get(id) ?? '?';
  const kindOf = (map: MapState, link: Link) => findLinkKind(map.codebook, link.kind).label;
  const quality = (q: Link['quality']) => (q ? qualityLabels[q] : notGiven);
  const shownValue = (map: MapState, link: Link, field: ComparedLinkField) =>
    field === 'kind'
      ? kindOf(map, link)
      : field === 'intensity'
        ? intensityLabels[link.intensity]
        : quality(link.quality);

  const byFrench = (a: SeriesLinkRow, b: SeriesLinkRow) =>
    a.source.localeCompare(b.source, 'fr') || a.target.localeCompare(b.target, 'fr');
  const nowRow = (link: Link, detail: string): SeriesLinkRow => ({
    source: nowName.get(link.source) ?? '?',
    target: nowName.get(link.target) ?? '?',
    kind: kindOf(current, link),
    detail,
  });
  const thenRow = (link: Link, detail: string): SeriesLinkRow => ({
    source: earlierEnd(link.source),
    target: earlierEnd(link.target),
    kind: kindOf(before, link),
    detail,
  });

  const actorsAppeared = c.actors.appeared.map((a) => a.label).sort((a, b) => a.localeCompare(b, 'fr'));
  const actorsLeft = c.actors.left.map((a) => a.label).sort((a, b) => a.localeCompare(b, 'fr'));
  const cooperationsAppeared = c.cooperations.appeared
    .map(({ link, wished }) => nowRow(link, wished ? `souhaitée en ${rankLabel(series.reference.rank)}` : ''))
    .sort(byFrench);
  const cooperationsDisappeared = c.cooperations.disappeared.map((l) => thenRow(l, '')).sort(byFrench);
  const cooperationsChanged = c.cooperations.changed
    .map((change) =>
      nowRow(
        change.after,
        change.fields
          .map(
            (f) =>
              `${fieldNames[f]}${nbsp}: ${shownValue(before, change.before, f)} → ${shownValue(current, change.after, f)}`,
          )
          .join(`${nnbsp}; `),
      ),
    )
    .sort(byFrench);
  const desiredRealised = c.desired.realised
    .map(({ desired, now }) =>
      nowRow(now, `souhaité en ${rankLabel(series.reference.rank)}${nbsp}: ${kindOf(before, desired)}`),
    )
    .sort(byFrench);
  const desiredBefore = before.links.filter((l) => l.status === 'desired').length;

  const sentences: string[] = [
    `Cet atelier est le ${rankLabel(series.rank)} du suivi de ${quote(series.name)}${nnbsp}; il est comparé au diagnostic ${rankLabel(series.reference.rank)}, ${quote(series.reference.title)}${series.reference.date ? ` du ${formatDate(series.reference.date)}` : ''}.`,
  ];
  if (actorsAppeared.length > 0) {
    sentences.push(
      `${countOf(actorsAppeared.length, 'acteur est apparu', 'acteurs sont apparus')}${nbsp}: ${listSome(actorsAppeared, listed)}.`,
    );
  }
  if (actorsLeft.length > 0) {
    sentences.push(
      `${countOf(actorsLeft.length, 'acteur n’est plus sur la carte', 'acteurs ne sont plus sur la carte')}${nbsp}: ${listSome(actorsLeft, listed)}.`,
    );
  }
  sentences.push(`${countOf(c.actors.kept.length, 'acteur était déjà là', 'acteurs étaient déjà là')}.`);
  const wished = c.cooperations.appeared.filter((a) => a.wished).length;
  sentences.push(
    `${countOf(c.cooperations.appeared.length, 'coopération est née', 'coopérations sont nées')}${wished > 0 ? `, dont ${countOf(wished, 'souhaitée', 'souhaitées')} lors du diagnostic ${when}` : ''}${nnbsp}; ${countOf(c.cooperations.disappeared.length, 'a disparu', 'ont disparu')}${nnbsp}; ${countOf(c.cooperations.changed.length, 'a changé', 'ont changé')} de type, d’intensité ou de qualité.`,
  );
  const realisedCount = c.desired.realised.length;
  if (desiredBefore === 1) {
    sentences.push(
      `Le lien souhaité lors du diagnostic ${when} ${realisedCount === 1 ? 'existe désormais' : 'n’existe pas encore'}.`,
    );
  } else if (desiredBefore > 1) {
    sentences.push(
      `Des ${countOf(desiredBefore, 'lien souhaité', 'liens souhaités')} lors du diagnostic ${when}, ${countOf(realisedCount, 'existe', 'existent')} désormais (${formatPercent(realisedCount / desiredBefore)}).`,
    );
  } else sentences.push(`Aucun lien souhaité n’avait été dessiné lors du diagnostic ${when}.`);
  if (c.desired.added.length > 0) {
    sentences.push(
      `${countOf(c.desired.added.length, 'nouveau lien souhaité a été dessiné', 'nouveaux liens souhaités ont été dessinés')}.`,
    );
  }
  if (c.unconfirmed > 0) {
    sentences.push(
      `${countOf(c.unconfirmed, 'rapprochement d’acteurs n’a pas été confirmé', 'rapprochements d’acteurs n’ont pas été confirmés')}${nbsp}: ces acteurs sont comptés comme apparus et partis. Confirmez-les dans ${quote('Suivi du territoire')} pour les compter comme les mêmes.`,
    );
  }

  return {
    title: `Depuis le diagnostic ${when}`,
    rank: rankLabel(series.rank),
    referenceRank: rankLabel(series.reference.rank),
    sentences,
    actorsAppeared,
    actorsLeft,
    cooperationsAppeared,
    cooperationsDisappeared,
    cooperationsChanged,
    desiredRealised,
    desiredBefore,
    desiredRealisedCount: realisedCount,
    unconfirmed: c.unconfirmed,
  };
}

/** The chapter's lists as titled tables, empty ones left out: what every format writes under its sentences. */
export function seriesChapterTables(chapter: SeriesChapter): { title: string; headers: string[]; rows: string[][] }[] {
  const links = (rows: readonly SeriesLinkRow[], detail?: string) => ({
    headers: ['Entre', 'Et', 'Type', ...(detail ? [detail] : [])],
    rows: rows.map((r) => [r.source, r.target, r.kind, ...(detail ? [r.detail] : [])]),
  });
  return [
    {
      title: `Acteurs apparus depuis le ${chapter.referenceRank}`,
      headers: ['Acteur'],
      rows: chapter.actorsAppeared.map((a) => [a]),
    },
    {
      title: `Acteurs du ${chapter.referenceRank} qui ne sont plus sur la carte`,
      headers: ['Acteur'],
      rows: chapter.actorsLeft.map((a) => [a]),
    },
    { title: 'Coopérations nées', ...links(chapter.cooperationsAppeared, 'Remarque') },
    { title: 'Coopérations disparues', ...links(chapter.cooperationsDisappeared) },
    { title: 'Coopérations qui ont changé', ...links(chapter.cooperationsChanged, 'Ce qui a changé') },
    { title: 'Liens souhaités devenus réels', ...links(chapter.desiredRealised, 'Ce qui était souhaité') },
  ].filter((t) => t.rows.length > 0);
}
