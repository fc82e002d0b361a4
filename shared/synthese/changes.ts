import type { MapState } from '../domain/model.js';
import { countOf, formatDate, listSome, nbsp, quote } from './french.js';
import type { ChangesSinceFirst } from './model.js';

/** A named version of the map, as the summary needs it (the snapshot feature provides them). */
export interface VersionOfMap {
  name: string;
  takenAt: string;
  map: MapState;
}

const listed = 8;

/**
 * What changed between the first named version and the map today: actors and links that
 * appeared or went (by id: a duplicate workshop keeps its ids), desired links now real.
 */
export function changesSince(first: VersionOfMap, current: MapState): ChangesSinceFirst {
  const before = new Map(first.map.actors.map((a) => [a.id, a.label]));
  const now = new Map(current.actors.map((a) => [a.id, a.label]));
  const actorsAdded = current.actors.filter((a) => !before.has(a.id)).map((a) => a.label);
  const actorsRemoved = first.map.actors.filter((a) => !now.has(a.id)).map((a) => a.label);
  const linksBefore = new Map(first.map.links.map((l) => [l.id, l]));
  const linksNow = new Map(current.links.map((l) => [l.id, l]));
  const linksAdded = current.links.filter((l) => !linksBefore.has(l.id)).length;
  const linksRemoved = first.map.links.filter((l) => !linksNow.has(l.id)).length;
  const desiredNowExisting = first.map.links.filter(
    (l) => l.status === 'desired' && linksNow.get(l.id)?.status === 'existing',
  ).length;

  const sentences: string[] = [];
  if (actorsAdded.length > 0) {
    sentences.push(
      `${countOf(actorsAdded.length, 'acteur est apparu', 'acteurs sont apparus')}${nbsp}: ${listSome(actorsAdded, listed)}.`,
    );
  }
  if (actorsRemoved.length > 0) {
    sentences.push(
      `${countOf(actorsRemoved.length, 'acteur a été retiré', 'acteurs ont été retirés')}${nbsp}: ${listSome(actorsRemoved, listed)}.`,
    );
  }
  if (linksAdded > 0 || linksRemoved > 0) {
    sentences.push(
      `${countOf(linksAdded, 'lien ajouté', 'liens ajoutés')}, ${countOf(linksRemoved, 'lien retiré', 'liens retirés')}.`,
    );
  }
  if (desiredNowExisting > 0) {
    sentences.push(`${countOf(desiredNowExisting, 'lien souhaité existe', 'liens souhaités existent')} désormais.`);
  }
  if (sentences.length === 0) sentences.push('Rien n’a changé depuis cette version.');
  const date = formatDate(first.takenAt);
  return {
    title: `Ce qui a changé depuis la version ${quote(first.name)}${date ? ` du ${date}` : ''}`,
    versionName: first.name,
    takenAt: first.takenAt,
    sentences,
    actorsAdded,
    actorsRemoved,
    linksAdded,
    linksRemoved,
    desiredNowExisting,
  };
}
