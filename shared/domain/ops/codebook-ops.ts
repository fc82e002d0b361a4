import type { Codebook } from '../codebook.js';
import type { MapState } from '../model.js';
import { OpError } from '../op-error.js';

export interface Reassignment {
  categories: Record<string, string>;
  linkKinds: Record<string, string>;
}

function uniqueIds(items: readonly { id: string }[], what: string): Set<string> {
  const ids = new Set(items.map((item) => item.id));
  if (ids.size !== items.length) throw new OpError('invalid', `Deux ${what} portent le même identifiant.`);
  return ids;
}

function target(map: Readonly<Record<string, string>>, id: string): string {
  return Object.hasOwn(map, id) ? map[id]! : id;
}

/**
 * Replaces the codebook and moves actors and links off the categories and kinds that go.
 * Refused when anything would be left pointing at a code the new codebook lacks.
 */
export function setCodebook(map: MapState, codebook: Codebook, reassign: Reassignment): MapState {
  const categories = uniqueIds(codebook.categories, 'catégories');
  const kinds = uniqueIds(codebook.linkKinds, 'types de coopération');
  const actors = map.actors.map((actor) => {
    const category = target(reassign.categories, actor.category);
    if (!categories.has(category)) {
      throw new OpError(
        'invalid',
        `« ${actor.label} » resterait sans catégorie : choisissez où reclasser ses acteurs.`,
      );
    }
    return category === actor.category ? actor : { ...actor, category };
  });
  const links = map.links.map((link) => {
    const kind = target(reassign.linkKinds, link.kind);
    if (!kinds.has(kind)) {
      throw new OpError('invalid', 'Des liens resteraient sans type de coopération : choisissez où les reclasser.');
    }
    return kind === link.kind ? link : { ...link, kind };
  });
  return { ...map, codebook, actors, links };
}
