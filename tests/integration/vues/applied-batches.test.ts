import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import type { MethodName, MethodOutput, MethodParams } from '../../../shared/api/contract.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { newActor } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';

/**
 * Issue 15: a batch sent again is applied once, even across a restart of the core; two views
 * adding the same actor at the same moment do not leave twins. Real core, real SQLite file.
 */

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(dataDir: string): Core {
  const core = createCore({ dataDir });
  cores.push(core);
  return core;
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-batches-'));
  dirs.push(dir);
  return dir;
}

async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.result as MethodOutput<M>;
}

const add = (id: string, label: string): MapOp => ({
  type: 'actor.add',
  actor: newActor({ id, label, category: 'commune', x: 0, y: 0 }),
});

describe('a batch sent again', () => {
  it('is answered with the revision it had, applied once, announced once — even after a restart', async () => {
    const dir = freshDir();
    let core = open(dir);
    const { id: workshopId } = await call(core, 'workshop.create', { title: 'Deux fois' });
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));
    const batch = { workshopId, origin: 'vue-a', batchId: 'vue-a:1', ops: [add('a1', 'Mairie')] };
    expect(await call(core, 'map.apply', batch)).toEqual({ revision: 1 });
    expect(await call(core, 'map.apply', batch)).toEqual({ revision: 1 });
    expect(events.filter((event) => event.type === 'map.changed')).toHaveLength(1);

    // The server stopped between its commit and its answer; the view sends the batch again.
    core.close();
    cores.splice(cores.indexOf(core), 1);
    core = open(dir);
    expect(await call(core, 'map.apply', batch)).toEqual({ revision: 1 });
    const { map, revision } = await call(core, 'map.get', { workshopId });
    expect(revision).toBe(1);
    expect(map.actors.map((actor) => actor.label)).toEqual(['Mairie']);
    // The next batch of the same view goes on as usual.
    expect(await call(core, 'map.apply', { ...batch, batchId: 'vue-a:2', ops: [add('a2', 'CAF')] })).toEqual({
      revision: 2,
    });
  });

  it('is forgotten with its workshop', async () => {
    const core = open(freshDir());
    const { id: workshopId } = await call(core, 'workshop.create', { title: 'Effacé' });
    await call(core, 'map.apply', { workshopId, origin: 'v', batchId: 'v:1', ops: [add('a1', 'Mairie')] });
    await call(core, 'workshop.delete', { id: workshopId });
    const { id: other } = await call(core, 'workshop.create', { title: 'Autre' });
    // Ids are per workshop: the same id in another workshop is another batch.
    expect(
      await call(core, 'map.apply', { workshopId: other, origin: 'v', batchId: 'v:1', ops: [add('a1', 'X')] }),
    ).toEqual({ revision: 1 });
  });
});

describe('twins', () => {
  it('refuses, in French, an actor another view added under the same folded name since this view last saw the map', async () => {
    const core = open(freshDir());
    const { id: workshopId } = await call(core, 'workshop.create', { title: 'Jumeaux' });
    // Both views show revision 0 when their facilitators type « Commun > … ».
    await call(core, 'map.apply', { workshopId, origin: 'a', base: 0, ops: [add('a1', 'Commun'), add('a2', 'A1')] });
    await expect(
      call(core, 'map.apply', { workshopId, origin: 'b', base: 0, ops: [add('b1', ' commun'), add('b2', 'B1')] }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^«\u00a0commun\u00a0» vient d’être ajouté depuis une autre fenêtre/),
    });
    const { map, revision } = await call(core, 'map.get', { workshopId });
    expect(revision).toBe(1);
    expect(map.actors.map((actor) => actor.label)).toEqual(['Commun', 'A1']);
  });

  it('lets a view add a namesake it had seen, one added by itself, or one whose first is renamed or gone', async () => {
    const core = open(freshDir());
    const { id: workshopId } = await call(core, 'workshop.create', { title: 'Homonymes' });
    await call(core, 'map.apply', { workshopId, origin: 'a', base: 0, ops: [add('a1', 'Nouvel acteur')] });
    // View b had received revision 1: a second « Nouvel acteur » is on purpose.
    await call(core, 'map.apply', { workshopId, origin: 'b', base: 1, ops: [add('b1', 'Nouvel acteur')] });
    // View a adds another, having seen b's.
    await call(core, 'map.apply', { workshopId, origin: 'a', base: 2, ops: [add('a2', 'Nouvel acteur')] });
    // c adds a CAF then renames it; d, which never saw it, adds a CAF.
    await call(core, 'map.apply', { workshopId, origin: 'c', base: 3, ops: [add('c1', 'CAF')] });
    await call(core, 'map.apply', {
      workshopId,
      origin: 'c',
      base: 4,
      ops: [{ type: 'actor.update', id: 'c1', patch: { label: 'CAF du Rhône' } }],
    });
    await call(core, 'map.apply', { workshopId, origin: 'd', base: 3, ops: [add('d1', 'CAF')] });
    // e adds a PMI, then removes it; f, which never saw it, adds a PMI.
    await call(core, 'map.apply', { workshopId, origin: 'e', base: 6, ops: [add('e1', 'PMI')] });
    await call(core, 'map.apply', { workshopId, origin: 'e', base: 7, ops: [{ type: 'actor.remove', id: 'e1' }] });
    await call(core, 'map.apply', { workshopId, origin: 'f', base: 6, ops: [add('f1', 'PMI')] });
    const { map } = await call(core, 'map.get', { workshopId });
    expect(map.actors.map((actor) => actor.id)).toEqual(['a1', 'b1', 'a2', 'c1', 'd1', 'f1']);
  });

  it('looks for no twin before what this core has seen (after a restart, nothing is known of the moment before)', async () => {
    const dir = freshDir();
    let core = open(dir);
    const { id: workshopId } = await call(core, 'workshop.create', { title: 'Redémarrage' });
    await call(core, 'map.apply', { workshopId, origin: 'a', base: 0, ops: [add('a1', 'Commun')] });
    core.close();
    cores.splice(cores.indexOf(core), 1);
    core = open(dir);
    await call(core, 'map.apply', { workshopId, origin: 'b', base: 0, ops: [add('b1', 'Commun')] });
    const { map } = await call(core, 'map.get', { workshopId });
    expect(map.actors).toHaveLength(2);
  });
});
