import type { Facilitation, FacilitationAction, StepTimer } from './facilitation-schema.js';
import { type StepId, steps } from './steps.js';

export type { Facilitation, FacilitationAction, StepTimer } from './facilitation-schema.js';

/**
 * What the room sees and where the workshop stands: the current step, the questions the
 * facilitator rewrote, each step's timer, and the wall's mode. Stored per workshop by the core
 * (so a projector opened later, or reopened after a crash, shows the same thing) and changed
 * only through the actions below, by the pure `facilitate`.
 */

export const wallModeIds = ['suivre', 'ensemble'] as const;
export type WallMode = (typeof wallModeIds)[number];

export const initialFacilitation: Facilitation = {
  step: 'preparer',
  questions: {},
  timers: {},
  wall: { hidden: false, mode: 'ensemble', highlight: true },
};

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
