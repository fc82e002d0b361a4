import { describe, expect, it } from 'vitest';
import { facilitate, initialFacilitation } from '../../../shared/atelier/facilitation.js';
import { facilitationSchema } from '../../../shared/atelier/facilitation-schema.js';
import { nextView, previousView, showViewAction, wallDisplayOf } from '../../../shared/atelier/wall-display.js';
import type { SavedView } from '../../../shared/domain/saved-views.js';

const view = (id: string, fields: Partial<SavedView> = {}): SavedView => ({
  id,
  name: `Vue ${id}`,
  filter: {},
  measure: null,
  groups: false,
  layers: [],
  ...fields,
});
const desired = view('souhaites', { filter: { statuses: ['desired'] }, layers: ['souhaites'], measure: 'influence' });
const caf = view('caf', { filter: { focus: 'caf' }, groups: true });
const views = [desired, caf];

describe('the wall’s view, measure and groups', () => {
  it('a state stored before views existed still reads, and shows the whole map', () => {
    const stored = {
      step: 'acteurs',
      questions: {},
      timers: {},
      wall: { hidden: false, mode: 'suivre', highlight: true },
    };
    const state = facilitationSchema.parse(stored);
    expect(wallDisplayOf(state, { views })).toMatchObject({ view: null, measure: null, groups: false });
  });

  it('showing a view brings its measure and groups, and reveals its layers before their step', () => {
    const state = facilitate({ ...initialFacilitation, step: 'cooperations' }, showViewAction(desired), 0);
    expect(state.wall).toMatchObject({ view: 'souhaites', measure: 'influence', groups: false });
    const display = wallDisplayOf(state, { views });
    expect(display.view).toBe(desired);
    expect([...display.layers]).toEqual(['souhaites']);
    // Back to the whole map: the measure chosen stays until another is chosen.
    const whole = facilitate(state, showViewAction(null), 0);
    expect(wallDisplayOf(whole, { views })).toMatchObject({ view: null, measure: 'influence' });
    expect([...wallDisplayOf(whole, { views }).layers]).toEqual([]);
  });

  it('a view deleted since it was shown gives the whole map', () => {
    const state = facilitate(initialFacilitation, showViewAction(caf), 0);
    expect(wallDisplayOf(state, { views: [desired] }).view).toBeNull();
    expect(wallDisplayOf(state, {}).view).toBeNull();
  });

  it('one key goes through the views, then back to the whole map; the other way too', () => {
    expect(nextView(views, null)).toBe(desired);
    expect(nextView(views, 'souhaites')).toBe(caf);
    expect(nextView(views, 'caf')).toBeNull();
    expect(nextView(views, 'supprimee')).toBe(desired);
    expect(nextView([], null)).toBeNull();
    expect(previousView(views, null)).toBe(caf);
    expect(previousView(views, 'caf')).toBe(desired);
    expect(previousView(views, 'souhaites')).toBeNull();
  });
});
