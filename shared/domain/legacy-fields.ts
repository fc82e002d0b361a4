/**
 * Fields that older versions wrote and this one no longer keeps: `present` on an actor, replaced
 * by the tour de table (shared/domain/participants.ts, migration 11). Versions of a map kept before
 * it, and fragments copied from an older window, still carry it; they are read without it, so that
 * restoring such a version does not try to set a field that no longer exists.
 */
export function withoutLegacyActorFields<T extends object>(actor: T): T {
  if (!Object.hasOwn(actor, 'present')) return actor;
  const { present: _legacy, ...rest } = actor as T & { present?: unknown };
  return rest as T;
}

export function withoutLegacyFields<M extends { actors: readonly object[] }>(map: M): M {
  return map.actors.some((a) => Object.hasOwn(a, 'present'))
    ? { ...map, actors: map.actors.map(withoutLegacyActorFields) }
    : map;
}
