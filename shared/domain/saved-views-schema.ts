import { z } from 'zod';
import { layerIds } from '../atelier/steps.js';
import { measureIds } from '../measures/levels.js';
import { limits } from './limits.js';
import { entityId } from './model-schema.js';
import { wellFormed } from './text.js';
import { viewFilterSchema } from './view-filter-schema.js';

const maxSavedViews = limits.savedViews;

/**
 * A saved view (« vue », Kumu's perspectives): a named set of filters and focus, a measure that
 * sizes the actors, the groups drawn or not, and layers revealed before their step (« Les liens
 * souhaités » shows the desired links even at « Coopérations »). Kept with the workshop's map.
 */
export const savedViewSchema = z.strictObject({
  id: entityId,
  name: z
    .string()
    .trim()
    .min(1, { error: 'Une vue a besoin d’un nom.' })
    .max(80, { error: 'Le nom de la vue est trop long (80 caractères au plus).' })
    .transform(wellFormed),
  filter: viewFilterSchema,
  measure: z.enum(measureIds).nullable(),
  groups: z.boolean(),
  layers: z.array(z.enum(layerIds)).max(layerIds.length),
  /** Given a page of its own in the summary (optional: a view saved without it has none). */
  inSummary: z.boolean().optional(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewsSchema = z
  .array(savedViewSchema)
  .max(maxSavedViews, { error: `Un atelier garde ${maxSavedViews} vues au plus.` });
