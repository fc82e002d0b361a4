import { limits } from '../limits.js';
import type { MapState, Zone } from '../model.js';
import type { ZonePatch } from '../operations.js';
import { definedFields, replaceAt, requireIndex, requireNew, requireRoom } from './lookup.js';

export function addZone(map: MapState, zone: Zone): MapState {
  requireNew(map, 'zones', zone.id);
  requireRoom(map.zones.length, limits.zonesPerWorkshop, 'zones');
  return { ...map, zones: [...map.zones, zone] };
}

export function updateZone(map: MapState, id: string, patch: ZonePatch): MapState {
  const index = requireIndex(map, 'zones', id);
  return { ...map, zones: replaceAt(map.zones, index, { ...map.zones[index]!, ...definedFields(patch) }) };
}

export function removeZone(map: MapState, id: string): MapState {
  requireIndex(map, 'zones', id);
  return { ...map, zones: map.zones.filter((z) => z.id !== id) };
}
