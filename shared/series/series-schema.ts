import { z } from 'zod';
import { limits } from '../domain/limits.js';
import { entityId } from '../domain/model-schema.js';

/** Input schemas of the series.* methods (declared in shared/api/contract.ts). */

export const seriesName = z
  .string()
  .trim()
  .min(1, { error: 'Donnez un nom au suivi du territoire.' })
  .max(limits.label, { error: `Le nom est trop long (${limits.label} caractères au plus).` });

export const pairDecisionSchema = z.strictObject({ before: entityId, after: entityId, same: z.boolean() });

export const seriesSetInput = z.strictObject({
  workshopId: entityId,
  name: seriesName,
  /** Every workshop of the series once confirmed, this one included. */
  memberIds: z.array(entityId).min(1).max(limits.participants),
});

export const seriesPairInput = z.strictObject({ workshopId: entityId, referenceId: entityId });

export const seriesDecideInput = seriesPairInput.extend({
  decisions: z.array(pairDecisionSchema).max(limits.actorsPerWorkshop),
});
