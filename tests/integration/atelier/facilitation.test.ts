import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { remainingMs, timerOf } from '../../../shared/atelier/facilitation.js';
import { newActor } from '../../../shared/domain/model.js';

/**
 * The room's state through the real core on a real SQLite file: steps, timers and the wall are
 * stored and broadcast; a step change takes a version of the map; the facilitator's viewport is
 * broadcast and never written; versions are listed, read back, renamed and deleted.
 */

const dirs: string[] = [];
const cores: Core[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-atelier-'));
  dirs.push(dir);
  return dir;
}

/** A clock the test moves by hand. */
function manualClock() {
  let t = Date.parse('2026-03-14T09:00:00.000Z');
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

function open(dataDir: string, clock = manualClock()): Core {
  const core = createCore({ dataDir, now: clock.now });
  cores.push(core);
  return core;
}

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workshopWithActor(core: Core): string {
  const { id } = core.call('workshop.create', { title: 'Bellevue' });
  core.call('map.apply', {
    workshopId: id,
    origin: 't',
    ops: [{ type: 'actor.add', actor: newActor({ id: 'a1', label: 'Collège', category: 'education', x: 0, y: 0 }) }],
  });
  return id;
}

describe('facilitation state', () => {
  it('starts at « Préparer », keeps the step, questions and timers across a restart, and broadcasts each change', () => {
    const dir = tempDir();
    const clock = manualClock();
    const core = open(dir, clock);
    const workshopId = workshopWithActor(core);
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));

    expect(core.call('facilitation.get', { workshopId }).step).toBe('preparer');
    core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'acteurs' } });
    core.call('facilitation.act', {
      workshopId,
      action: { type: 'question', step: 'acteurs', text: '  Qui agit à Bellevue\u00a0?  ' },
    });
    core.call('facilitation.act', { workshopId, action: { type: 'timer.duration', durationS: 600 } });
    core.call('facilitation.act', { workshopId, action: { type: 'timer.start' } });
    clock.advance(90_000);
    const paused = core.call('facilitation.act', { workshopId, action: { type: 'timer.pause' } });
    expect(remainingMs(timerOf(paused), Date.parse('2030-01-01T00:00:00Z'))).toBe(510_000);
    core.call('facilitation.act', { workshopId, action: { type: 'wall', hidden: true } });

    const changes = events.filter((e) => e.type === 'facilitation.changed');
    expect(changes).toHaveLength(6);
    expect(changes.at(-1)).toMatchObject({ workshopId, state: { wall: { hidden: true } } });

    core.close();
    const again = open(dir);
    const state = again.call('facilitation.get', { workshopId });
    expect(state).toMatchObject({
      step: 'acteurs',
      questions: { acteurs: 'Qui agit à Bellevue\u00a0?' },
      timers: { acteurs: { durationS: 600, startedAt: null, elapsedMs: 90_000 } },
      wall: { hidden: true, mode: 'ensemble' },
    });
  });

  it('pauses the timer of the step the room leaves', () => {
    const clock = manualClock();
    const core = open(tempDir(), clock);
    const workshopId = workshopWithActor(core);
    core.call('facilitation.act', { workshopId, action: { type: 'timer.start' } });
    clock.advance(30_000);
    const state = core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'acteurs' } });
    expect(state.timers.preparer).toEqual({ durationS: 300, startedAt: null, elapsedMs: 30_000 });
    expect(timerOf(state).startedAt).toBeNull();
  });

  it('refuses an unknown step or a workshop that does not exist, writing nothing', () => {
    const core = open(tempDir());
    const workshopId = workshopWithActor(core);
    expect(() => core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'dessert' } })).toThrow(
      ApiError,
    );
    expect(() => core.call('facilitation.get', { workshopId: 'absent' })).toThrow(/introuvable/);
    expect(core.call('facilitation.get', { workshopId }).step).toBe('preparer');
  });

  it('passes the facilitator’s view on to the wall without writing it', () => {
    const core = open(tempDir());
    const workshopId = workshopWithActor(core);
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));
    const view = { area: { x: 0, y: 0, width: 800, height: 400 }, actors: ['a1'], links: [], notes: [], focus: 'a1' };
    expect(core.call('projection.show', { workshopId, view, origin: 'o' })).toEqual({ shown: true });
    expect(events).toEqual([{ type: 'projection.view', workshopId, view, origin: 'o' }]);
  });
});

describe('versions of the map', () => {
  it('takes a version at each step change, but not twice for the same map', () => {
    const core = open(tempDir());
    const workshopId = workshopWithActor(core);
    core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'acteurs' } });
    core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'cooperations' } });
    let list = core.call('snapshot.list', { workshopId });
    expect(list.map((s) => [s.name, s.auto, s.actorCount])).toEqual([
      ['«\u00a0Préparer\u00a0» → «\u00a0Acteurs\u00a0»', true, 1],
    ]);
    core.call('map.apply', {
      workshopId,
      origin: 't',
      ops: [{ type: 'actor.update', id: 'a1', patch: { label: 'Collège Jean-Moulin' } }],
    });
    core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'qualite' } });
    list = core.call('snapshot.list', { workshopId });
    expect(list).toHaveLength(2);
    const { map } = core.call('snapshot.get', { workshopId, id: list[1]!.id });
    expect(map.actors[0]?.label).toBe('Collège Jean-Moulin');
  });

  it('keeps a named version as the map was, whatever happens to the map afterwards', () => {
    const dir = tempDir();
    const core = open(dir);
    const workshopId = workshopWithActor(core);
    const taken = core.call('snapshot.take', { workshopId, name: '  Avant la pause  ' });
    expect(taken).toMatchObject({ name: 'Avant la pause', auto: false, actorCount: 1, linkCount: 0 });
    core.call('map.apply', { workshopId, origin: 't', ops: [{ type: 'actor.remove', id: 'a1' }] });
    core.close();
    const again = open(dir);
    expect(again.call('snapshot.get', { workshopId, id: taken.id }).map.actors.map((a) => a.label)).toEqual([
      'Collège',
    ]);
    expect(again.call('snapshot.rename', { workshopId, id: taken.id, name: 'Matin' }).name).toBe('Matin');
    expect(() => again.call('snapshot.take', { workshopId, name: '   ' })).toThrow(/nom/);
    expect(again.call('snapshot.delete', { workshopId, id: taken.id })).toEqual({ deleted: true });
    expect(again.call('snapshot.list', { workshopId })).toEqual([]);
    expect(() => again.call('snapshot.get', { workshopId, id: taken.id })).toThrow(/introuvable/);
  });

  it('goes with its workshop when the workshop is deleted', () => {
    const core = open(tempDir());
    const workshopId = workshopWithActor(core);
    core.call('snapshot.take', { workshopId, name: 'v1' });
    core.call('workshop.delete', { id: workshopId });
    expect(() => core.call('snapshot.list', { workshopId })).toThrow(/introuvable/);
  });
});
