import type { Actor } from '../../shared/domain/model.js';

/**
 * Actor id → name, for the moderation list's rows. The map's actors change at every move of the
 * canvas, their names rarely: the previous object is answered while every name is the same, so
 * that hundreds of memoised rows are not drawn again because the facilitator moved an actor.
 */
export function actorLabels(
  actors: readonly Pick<Actor, 'id' | 'label'>[],
  previous?: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  if (previous && previous.size === actors.length && actors.every((a) => previous.get(a.id) === a.label)) {
    return previous;
  }
  return new Map(actors.map((a) => [a.id, a.label]));
}
