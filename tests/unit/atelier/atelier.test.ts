import { describe, expect, it } from 'vitest';
import { clockText } from '../../../renderer/etapes/clock-text.js';
import {
  type Facilitation,
  facilitate,
  initialFacilitation,
  remainingMs,
  timerOf,
} from '../../../shared/atelier/facilitation.js';
import { mapWithLayers } from '../../../shared/atelier/layers.js';
import { layersAt, type stepIds } from '../../../shared/atelier/steps.js';
import { rankPistes } from '../../../shared/atelier/vote-ranking.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { type MapState, newActor, newLink, newNote } from '../../../shared/domain/model.js';

const map: MapState = {
  codebook: defaultCodebook(),
  actors: [
    newActor({ id: 'a', label: 'Collège', category: 'education', x: 0, y: 0 }),
    newActor({ id: 'b', label: 'CMP', category: 'sante', x: 300, y: 0 }),
  ],
  links: [
    newLink({ id: 'l1', source: 'a', target: 'b', kind: 'information', quality: 'difficile' }),
    newLink({ id: 'l2', source: 'a', target: 'b', kind: 'orientation', status: 'desired' }),
  ],
  notes: [
    newNote({ id: 'n1', kind: 'frein', text: 'Pas de temps commun', x: 0, y: 200 }),
    newNote({ id: 'n2', kind: 'piste-action', text: 'Permanence', x: 0, y: 300, votes: 2 }),
    newNote({
      id: 'n3',
      kind: 'constat',
      text: 'Sur le lien souhaité',
      x: 0,
      y: 0,
      attachedTo: { type: 'link', id: 'l2' },
    }),
    newNote({ id: 'n4', kind: 'piste-action', text: 'Référent', x: 0, y: 400, votes: 5 }),
    newNote({ id: 'n5', kind: 'piste-action', text: 'Forum', x: 0, y: 500, votes: 2, priority: 'haute' }),
  ],
  zones: [],
};

describe('what each step shows on the wall', () => {
  it('reveals quality at « Qualité », desired links at « Manques », pistes at « Pistes d’action »', () => {
    const at = (step: (typeof stepIds)[number]) => mapWithLayers(map, layersAt(step));
    const early = at('cooperations');
    expect(early.links.map((l) => [l.id, l.quality])).toEqual([['l1', null]]);
    expect(early.notes.map((n) => n.id)).toEqual([]);
    const quality = at('qualite');
    expect(quality.links.map((l) => l.quality)).toEqual(['difficile']);
    expect(quality.notes.map((n) => n.id)).toEqual(['n1']);
    expect(at('manques').notes.map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(at('pistes')).toBe(map);
    expect(at('synthese')).toBe(map);
  });
});

describe('the room’s state', () => {
  it('counts a timer down across pauses and says by how much it ran over', () => {
    let state: Facilitation = facilitate(initialFacilitation, { type: 'timer.duration', durationS: 60 }, 0);
    state = facilitate(state, { type: 'timer.start' }, 1_000);
    state = facilitate(state, { type: 'timer.start' }, 5_000);
    expect(timerOf(state).startedAt).toBe(1_000);
    state = facilitate(state, { type: 'timer.pause' }, 21_000);
    expect(remainingMs(timerOf(state), 999_999)).toBe(40_000);
    state = facilitate(state, { type: 'timer.start' }, 30_000);
    expect(remainingMs(timerOf(state), 80_000)).toBe(-10_000);
    expect(clockText(remainingMs(timerOf(state), 80_000))).toBe('+0:10');
    expect(clockText(40_000)).toBe('0:40');
    expect(clockText(59_001)).toBe('1:00');
    state = facilitate(state, { type: 'timer.reset' }, 90_000);
    expect(timerOf(state)).toEqual({ durationS: 60, startedAt: null, elapsedMs: 0 });
  });

  it('keeps each step’s own timer and question; an empty question brings the default back', () => {
    let state = facilitate(initialFacilitation, { type: 'question', step: 'manques', text: 'Qui manque ?' }, 0);
    state = facilitate(state, { type: 'step', step: 'manques' }, 0);
    expect(timerOf(state).durationS).toBe(20 * 60);
    expect(state.questions.manques).toBe('Qui manque ?');
    state = facilitate(state, { type: 'question', step: 'manques', text: '' }, 0);
    expect(state.questions).toEqual({});
    expect(facilitate(state, { type: 'step', step: 'manques' }, 0)).toBe(state);
    expect(facilitate(state, { type: 'wall', hidden: true }, 0).wall).toEqual({ ...state.wall, hidden: true });
  });
});

describe('the ranking of the pistes d’action', () => {
  it('ranks by votes, then priority, then capture order; ties share a place', () => {
    expect(rankPistes(map).map(({ note, place }) => [note.id, place])).toEqual([
      ['n4', 1],
      ['n5', 2],
      ['n2', 2],
    ]);
  });
});
