import type { MapState } from '../../shared/domain/model.js';
import { ActeurForm } from './ActeurForm.js';
import { LienForm } from './LienForm.js';

interface PanneauProps {
  map: MapState;
  actorIds: string[];
  linkIds: string[];
  onDelete(): void;
}

/** Edits the one selected actor or link; hidden when nothing (or several things) are selected. */
export function PanneauSelection({ map, actorIds, linkIds, onDelete }: PanneauProps) {
  if (actorIds.length === 1 && linkIds.length === 0) {
    const actor = map.actors.find((a) => a.id === actorIds[0]);
    return actor ? <ActeurForm key={actor.id} actor={actor} map={map} onDelete={onDelete} /> : null;
  }
  if (linkIds.length === 1 && actorIds.length === 0) {
    const link = map.links.find((l) => l.id === linkIds[0]);
    return link ? <LienForm key={link.id} link={link} map={map} onDelete={onDelete} /> : null;
  }
  return null;
}
