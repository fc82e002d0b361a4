import { z } from 'zod';
import { type StepId, stepIds, steps } from './steps.js';

/**
 * What the room sees and where the workshop stands: the current step, the questions the
 * facilitator rewrote, each step's timer, and the wall's mode. Stored per workshop by the core
 * (so a projector opened later, or reopened after a crash, shows the same thing) and changed
 * only through the actions below, by the pure `facilitate`.
 */

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

export const wallModeIds = ['suivre', 'ensemble'] as const;
export type WallMode = (typeof wallModeIds)[number];

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
  }),
});
export type Facilitation = z.infer<typeof facilitationSchema>;

export const initialFacilitation: Facilitation = {
  step: 'preparer',
  questions: {},
  timers: {},
  wall: { hidden: false, mode: 'ensemble', highlight: true },
};

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
  }),
]);
export type FacilitationAction = z.infer<typeof facilitationActionSchema>;

export function timerOf(state: Facilitation, step: StepId = state.step): StepTimer {
  return state.timers[step] ?? { durationS: steps[step].minutes * 60, startedAt: null, elapsedMs: 0 };
}

/** Time spent on a timer at `now`, counting the running stretch. */
export function elapsedMs(timer: StepTimer, now: number): number {
  return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Milliseconds left (negative once the time is over: the wall says by how much). */
export function remainingMs(timer: StepTimer, now: number): number {
  return timer.durationS * 1000 - elapsedMs(timer, now);
}

function paused(timer: StepTimer, now: number): StepTimer {
  return timer.startedAt === null ? timer : { ...timer, startedAt: null, elapsedMs: elapsedMs(timer, now) };
}

function withTimer(state: Facilitation, step: StepId, timer: StepTimer): Facilitation {
  return { ...state, timers: { ...state.timers, [step]: timer } };
}

/** The next state after one action of the facilitator; `now` in ms since 1970. */
export function facilitate(state: Facilitation, action: FacilitationAction, now: number): Facilitation {
  const timer = timerOf(state);
  switch (action.type) {
    case 'step': {
      if (action.step === state.step) return state;
      // The wall never counts down a step the room has left.
      const left = timer.startedAt === null ? state : withTimer(state, state.step, paused(timer, now));
      return { ...left, step: action.step };
    }
    case 'question': {
      const { [action.step]: _old, ...others } = state.questions;
      return { ...state, questions: action.text ? { ...others, [action.step]: action.text } : others };
    }
    case 'timer.start':
      return timer.startedAt === null ? withTimer(state, state.step, { ...timer, startedAt: now }) : state;
    case 'timer.pause':
      return withTimer(state, state.step, paused(timer, now));
    case 'timer.reset':
      return withTimer(state, state.step, { ...timer, startedAt: null, elapsedMs: 0 });
    case 'timer.duration':
      return withTimer(state, state.step, { ...timer, durationS: action.durationS });
    case 'wall': {
      const { type: _type, ...patch } = action;
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      return { ...state, wall: { ...state.wall, ...defined } };
    }
  }
}
