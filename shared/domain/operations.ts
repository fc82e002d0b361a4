import { z } from 'zod';
import { limits } from './limits.js';
import { actorSchema, coordinate, entityId, linkSchema } from './model.js';

const nonEmpty = <T extends object>(patch: T) => Object.keys(patch).length > 0;
const emptyPatch = { error: 'Modification vide : rien à changer.' };

export const actorPatchSchema = actorSchema.omit({ id: true, x: true, y: true }).partial().refine(nonEmpty, emptyPatch);
export const linkPatchSchema = linkSchema
  .omit({ id: true, source: true, target: true })
  .partial()
  .refine(nonEmpty, emptyPatch);

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
]);
export type MapOp = z.infer<typeof mapOpSchema>;
export type ActorPatch = z.infer<typeof actorPatchSchema>;
export type LinkPatch = z.infer<typeof linkPatchSchema>;
