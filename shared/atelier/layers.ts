import type { MapState, Note } from '../domain/model.js';
import type { Layer } from './steps.js';

/** Notes that speak of quality: shown with the « Qualité » layer. */
const qualityNoteKinds: ReadonlySet<Note['kind']> = new Set(['point-appui', 'frein']);

/**
 * The map as the wall shows it at a step: what belongs to a layer not yet revealed is left out
 * (desired links before « Manques », quality marks before « Qualité », pistes d'action before
 * « Pistes d'action »). Pure: the map itself never changes; unchanged lists stay the same arrays.
 */
export function mapWithLayers(map: MapState, layers: ReadonlySet<Layer>): MapState {
  const showQuality = layers.has('qualite');
  const showDesired = layers.has('souhaites');
  const showPistes = layers.has('pistes');
  if (showQuality && showDesired && showPistes) return map;
  let links = showDesired ? map.links : map.links.filter((l) => l.status !== 'desired');
  if (!showQuality && links.some((l) => l.quality !== null)) {
    links = links.map((l) => (l.quality === null ? l : { ...l, quality: null }));
  }
  const kept = new Set(links.map((l) => l.id));
  const notes = map.notes.filter(
    (n) =>
      (showQuality || !qualityNoteKinds.has(n.kind)) &&
      (showPistes || n.kind !== 'piste-action') &&
      (n.attachedTo?.type !== 'link' || kept.has(n.attachedTo.id)),
  );
  return {
    ...map,
    links: links.length === map.links.length && links.every((l, i) => l === map.links[i]) ? map.links : links,
    notes: notes.length === map.notes.length ? map.notes : notes,
  };
}
