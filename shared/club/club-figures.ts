import { qualityIds } from '../domain/codebook.js';
import { keyFiguresOf } from '../synthese/key-figures.js';
import { notGiven, qualityLabels } from '../synthese/labels.js';
import type { ClubFigures, ClubWorkshop, Counted, DateRange, TerritoryFigures } from './club-model.js';

/**
 * The workshops whose date lies within the range (bounds included). A workshop without a date
 * cannot be placed in time: it is kept when no bound is set, left out otherwise.
 */
export function withinDates<T extends { date: string }>(workshops: readonly T[], range: DateRange): T[] {
  const { from, to } = range;
  if (!from && !to) return [...workshops];
  return workshops.filter((w) => w.date !== '' && (!from || w.date >= from) && (!to || w.date <= to));
}

/** Territories in French order, then by date: the order of every table and chart of the Club. */
export function byTerritory<T extends { territory: string; title: string; date: string }>(a: T, b: T): number {
  return (
    (a.territory || a.title).localeCompare(b.territory || b.title, 'fr') ||
    a.date.localeCompare(b.date) ||
    a.title.localeCompare(b.title, 'fr')
  );
}

/** The name a territory goes by in the Club: its territory, or the workshop's title. */
export function territoryName(w: { territory: string; title: string }): string {
  return w.territory.trim() || w.title;
}

function unionOf(lists: readonly { id: string; label: string }[][]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

function countBy(ids: readonly string[], columns: readonly { id: string; label: string }[]): Counted[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return columns.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 }));
}

const noQuality = 'non-renseignee';

/**
 * The key figures of every territory on the same columns. Density, isolated actors and the
 * categories without a link to schools come from the summary's keyFiguresOf (graphology), so the
 * Club and each workshop's synthèse can never disagree.
 */
export function clubFigures(workshops: readonly ClubWorkshop[], range: DateRange = {}): ClubFigures {
  const kept = withinDates(workshops, range).sort(byTerritory);
  const categories = unionOf(kept.map((w) => w.map.codebook.categories));
  const linkKinds = unionOf(kept.map((w) => w.map.codebook.linkKinds));
  const qualities = [
    ...qualityIds.map((id) => ({ id: id as string, label: qualityLabels[id] })),
    { id: noQuality, label: notGiven },
  ];
  const territories = kept.map((w): TerritoryFigures => {
    const { map } = w;
    const key = keyFiguresOf(map);
    const existing = map.links.filter((l) => l.status === 'existing');
    const desired = map.links.length - existing.length;
    return {
      workshopId: w.id,
      title: w.title,
      territory: territoryName(w),
      date: w.date,
      clubOnly: w.clubOnly,
      actors: map.actors.length,
      actorsByCategory: countBy(
        map.actors.map((a) => a.category),
        categories,
      ),
      existingLinks: existing.length,
      desiredLinks: desired,
      linksByKind: countBy(
        existing.map((l) => l.kind),
        linkKinds,
      ),
      linksByQuality: countBy(
        existing.map((l) => l.quality ?? noQuality),
        qualities,
      ),
      density: key.density,
      desiredShare: map.links.length > 0 ? desired / map.links.length : null,
      categoriesWithoutSchoolLink: key.categoriesWithoutSchoolLink,
      isolated: key.isolated,
    };
  });
  return { territories, categories, linkKinds, qualities };
}
