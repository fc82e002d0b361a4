import { z } from 'zod';
import { entityId } from '../domain/model-schema.js';
import { viewFilterSchema } from '../domain/view-filter-schema.js';

/**
 * What the facilitator is looking at, sent to the wall as it changes (never stored): the part of
 * the map in view, in map coordinates (so a wall of another size shows the same region), the
 * selection and the focused actor.
 */
export const wallViewSchema = z.strictObject({
  area: z
    .strictObject({
      x: z.number().finite(),
      y: z.number().finite(),
      width: z.number().finite().positive(),
      height: z.number().finite().positive(),
    })
    .nullable(),
  actors: z.array(entityId).max(2000),
  links: z.array(entityId).max(4000),
  notes: z.array(entityId).max(2000),
  focus: entityId.nullable(),
  /**
   * The facilitator's filters (engagement, representation, categories…), which the wall dims as the
   * editor does; absent when none. Optional, so a view sent by an older window stays valid.
   */
  filter: viewFilterSchema.omit({ focus: true }).optional(),
});
export type WallView = z.infer<typeof wallViewSchema>;
