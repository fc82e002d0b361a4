import type { Actor } from '../domain/model.js';

/**
 * An actor who is a person rather than a structure: marked « personne » in the panel, or taking
 * part as a habitant (a parent, a resident). Their name goes in an anonymised export.
 */
export function isPerson(actor: Pick<Actor, 'person' | 'engagement'>): boolean {
  return actor.person === true || actor.engagement === 'habitant';
}
