import { freeSpot as freeSpotFor } from '../domain/free-spot.js';

/** The room a new actor takes, with the margin that keeps names and links readable. */
const actorSize = { width: 180, height: 64 };
const margin = 40;

interface Positioned {
  x: number;
  y: number;
}

/**
 * The nearest free place for a new actor around a point (its centre), so that actors typed one
 * after the other do not pile up; returns the top-left corner, as actors are stored.
 */
export function freeSpot(actors: readonly Positioned[], around: Positioned): Positioned {
  const taken = actors.map((actor) => ({ x: actor.x, y: actor.y, ...actorSize }));
  const centre = freeSpotFor(around, actorSize, taken, margin);
  return { x: Math.round(centre.x - actorSize.width / 2), y: Math.round(centre.y - actorSize.height / 2) };
}
