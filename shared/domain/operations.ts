import { z } from 'zod';
import { codebookSchema } from './codebook-schema.js';
import { limits } from './limits.js';
import {
  actorSchema,
  coordinate,
  entityId,
  influenceSchema,
  linkSchema,
  noteSchema,
  zoneSchema,
} from './model-schema.js';
import { savedViewsSchema } from './saved-views-schema.js';

/** A patch must set something: a field given as undefined sets nothing. */
const nonEmpty = <T extends object>(patch: T) => Object.values(patch).some((value) => value !== undefined);
const emptyPatch = { error: 'Modification vide : rien à changer.' };

export const actorPatchSchema = actorSchema
  .omit({ id: true, x: true, y: true })
  // null clears an influence or a stance: the actor goes back to « not given » (no key).
  .extend({ influence: influenceSchema.nullable(), stance: actorSchema.shape.stance.unwrap().nullable() })
  .partial()
  .refine(nonEmpty, emptyPatch);
export const linkPatchSchema = linkSchema
  .omit({ id: true, source: true, target: true })
  .partial()
  .refine(nonEmpty, emptyPatch);

export const notePatchSchema = noteSchema.omit({ id: true }).partial().refine(nonEmpty, emptyPatch);
export const zonePatchSchema = zoneSchema.omit({ id: true }).partial().refine(nonEmpty, emptyPatch);

/**
 * Replaces the workshop's codebook. Actors and links whose category or kind disappears must be
 * reassigned (old id → new id) in the same operation, so that nothing points nowhere.
 */
export const codebookSetSchema = z.strictObject({
  type: z.literal('codebook.set'),
  codebook: codebookSchema,
  reassign: z.strictObject({
    categories: z.record(z.string().max(40), z.string().max(40)),
    linkKinds: z.record(z.string().max(40), z.string().max(40)),
  }),
});

export const actorMoveSchema = z.strictObject({ id: entityId, x: coordinate, y: coordinate });

/** Every edit of a map is one of these: small, typed, validated at the boundary. */
export const mapOpSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('actor.add'), actor: actorSchema }),
  z.strictObject({ type: z.literal('actor.update'), id: entityId, patch: actorPatchSchema }),
  z.strictObject({
    type: z.literal('actor.move'),
    moves: z.array(actorMoveSchema).min(1).max(limits.actorsPerWorkshop),
  }),
  z.strictObject({ type: z.literal('actor.remove'), id: entityId }),
  z.strictObject({ type: z.literal('link.add'), link: linkSchema }),
  z.strictObject({ type: z.literal('link.update'), id: entityId, patch: linkPatchSchema }),
  z.strictObject({ type: z.literal('link.remove'), id: entityId }),
  z.strictObject({ type: z.literal('note.add'), note: noteSchema }),
  z.strictObject({ type: z.literal('note.update'), id: entityId, patch: notePatchSchema }),
  z.strictObject({ type: z.literal('note.remove'), id: entityId }),
  z.strictObject({ type: z.literal('zone.add'), zone: zoneSchema }),
  z.strictObject({ type: z.literal('zone.update'), id: entityId, patch: zonePatchSchema }),
  z.strictObject({ type: z.literal('zone.remove'), id: entityId }),
  codebookSetSchema,
  /** Replaces the saved views (a handful, edited rarely): undo is setting the list back. */
  z.strictObject({ type: z.literal('views.set'), views: savedViewsSchema }),
]);
export type MapOp = z.infer<typeof mapOpSchema>;
export type ActorPatch = z.infer<typeof actorPatchSchema>;
export type LinkPatch = z.infer<typeof linkPatchSchema>;
export type NotePatch = z.infer<typeof notePatchSchema>;
export type ZonePatch = z.infer<typeof zonePatchSchema>;
