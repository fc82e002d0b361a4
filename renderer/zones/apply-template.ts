import { type MapTemplate, templateOps } from '../../shared/domain/templates.js';
import { api, origin } from '../api/client.js';

/** Lays a template's zones on a new workshop's map: its first operations, before anyone edits it. */
export async function applyTemplate(workshopId: string, template: MapTemplate): Promise<void> {
  const ops = templateOps(template, () => crypto.randomUUID());
  if (ops.length > 0) await api.call('map.apply', { workshopId, ops, origin });
}
