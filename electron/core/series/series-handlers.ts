import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { referenceOf, type SeriesWorkshop, seriesKey, seriesOf } from '../../../shared/series/series.js';
import type { SeriesReference } from '../../../shared/synthese/series-chapter.js';
import { notFound } from '../errors.js';
import type { EventHub } from '../event-hub.js';
import type { MapService } from '../map/map-service.js';
import { SeriesStore } from './series-store.js';

type SeriesMethod = 'series.get' | 'series.set' | 'series.leave' | 'series.decisions' | 'series.decide';
export type SeriesHandlers = { [M in SeriesMethod & MethodName]: (input: MethodInput<M>) => MethodOutput<M> };

export interface SeriesDeps {
  db: Database;
  events: EventHub;
}

function own(workshops: readonly SeriesWorkshop[], id: string): SeriesWorkshop {
  const found = workshops.find((w) => w.id === id);
  if (!found) throw notFound('Atelier');
  return found;
}

/**
 * A territory followed over time: which workshops form its series (confirmed by the
 * facilitator, proposed from the territory's name), and their answers about pairs of actors
 * between two workshops of a series. The rules are pure (shared/series).
 */
export function createSeriesHandlers({ db, events }: SeriesDeps): SeriesHandlers {
  const store = new SeriesStore(db);
  const view = (workshopId: string) => {
    const proposal = seriesOf(store.workshops(), workshopId);
    if (!proposal) throw notFound('Atelier');
    return proposal;
  };
  const sameSeries = (workshopId: string, referenceId: string) => {
    const all = store.workshops();
    const a = own(all, workshopId);
    const b = own(all, referenceId);
    if (a.id === b.id || a.series === null || b.series === null || seriesKey(a.series) !== seriesKey(b.series)) {
      throw new ApiError({
        code: 'validation',
        message:
          'Ces deux ateliers ne sont pas dans le même suivi de territoire : confirmez d’abord la série dans « Suivi du territoire ». Rien n’a été enregistré.',
      });
    }
  };

  return {
    'series.get': ({ workshopId }) => view(workshopId),
    'series.set': ({ workshopId, name, memberIds }) => {
      const all = store.workshops();
      own(all, workshopId);
      if (!memberIds.includes(workshopId)) {
        throw new ApiError({
          code: 'validation',
          message: 'L’atelier ouvert doit faire partie de la série qu’il confirme. Rien n’a été enregistré.',
        });
      }
      for (const id of memberIds) own(all, id);
      store.setMembers(name, memberIds);
      events.publish({ type: 'workshops.changed' });
      return view(workshopId);
    },
    'series.leave': ({ workshopId }) => {
      own(store.workshops(), workshopId);
      store.setSeries(workshopId, null);
      events.publish({ type: 'workshops.changed' });
      return view(workshopId);
    },
    'series.decisions': ({ workshopId, referenceId }) => {
      sameSeries(workshopId, referenceId);
      return store.decisions(workshopId, referenceId);
    },
    'series.decide': ({ workshopId, referenceId, decisions }) => {
      sameSeries(workshopId, referenceId);
      store.setDecisions(workshopId, referenceId, decisions);
      return store.decisions(workshopId, referenceId);
    },
  };
}

/**
 * What the summary of a later workshop of a series (T1, T2…) is written against: its series'
 * first diagnostic, its map and the facilitator's answers. Undefined for T0 or outside a series.
 */
export function seriesReferenceFor(db: Database, maps: MapService, workshopId: string): SeriesReference | undefined {
  const store = new SeriesStore(db);
  const all = store.workshops();
  const found = referenceOf(all, workshopId);
  const name = all.find((w) => w.id === workshopId)?.series;
  if (!found || !name) return undefined;
  const { reference, current } = found;
  return {
    name,
    reference: { title: reference.title, date: reference.date, rank: 0, map: maps.get(reference.id).map },
    rank: current.rank,
    decisions: store.decisions(workshopId, reference.id),
  };
}
