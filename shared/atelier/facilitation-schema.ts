import { z } from 'zod';
import { entityId } from '../domain/model-schema.js';
import { measureIds } from '../measures/levels.js';
import { wallModeIds } from './facilitation.js';
import { stepIds } from './steps.js';

/** How the facilitation state and its actions are checked where they come in (the core). */

export const stepIdSchema = z.enum(stepIds, { error: 'Étape inconnue.' });

/** A countdown: running since `startedAt` (ms since 1970) on top of `elapsedMs` already spent. */
export const timerSchema = z.strictObject({
  durationS: z
    .number()
    .int()
    .min(10)
    .max(4 * 3600),
  startedAt: z.number().int().min(0).nullable(),
  elapsedMs: z.number().int().min(0),
});
export type StepTimer = z.infer<typeof timerSchema>;

const question = z.string().trim().max(300, { error: 'Question trop longue (300 caractères au plus).' });

export const facilitationSchema = z.strictObject({
  step: stepIdSchema,
  /** Questions rewritten for this workshop; a step absent here shows the default question. */
  questions: z.partialRecord(stepIdSchema, question),
  timers: z.partialRecord(stepIdSchema, timerSchema),
  wall: z.strictObject({
    /** « Masquer »: the wall shows a neutral screen while the facilitator prepares. */
    hidden: z.boolean(),
    /** Follow the facilitator's viewport, or always show the whole map. */
    mode: z.enum(wallModeIds),
    /** Show the facilitator's selection and focused actor on the wall. */
    highlight: z.boolean(),
    /**
     * The saved view the wall shows (its filters dim, its layers show), null for the whole map;
     * the measure that sizes the actors; the groups drawn as hulls. Optional: states stored
     * before them read as none.
     */
    view: entityId.nullable().optional(),
    measure: z.enum(measureIds).nullable().optional(),
    groups: z.boolean().optional(),
  }),
});
export type Facilitation = z.infer<typeof facilitationSchema>;

export const facilitationActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('step'), step: stepIdSchema }),
  /** An empty text brings the default question back. */
  z.strictObject({ type: z.literal('question'), step: stepIdSchema, text: question }),
  z.strictObject({ type: z.literal('timer.start') }),
  z.strictObject({ type: z.literal('timer.pause') }),
  z.strictObject({ type: z.literal('timer.reset') }),
  z.strictObject({ type: z.literal('timer.duration'), durationS: timerSchema.shape.durationS }),
  z.strictObject({
    type: z.literal('wall'),
    hidden: z.boolean().optional(),
    mode: z.enum(wallModeIds).optional(),
    highlight: z.boolean().optional(),
    view: entityId.nullable().optional(),
    measure: z.enum(measureIds).nullable().optional(),
    groups: z.boolean().optional(),
  }),
]);
export type FacilitationAction = z.infer<typeof facilitationActionSchema>;
