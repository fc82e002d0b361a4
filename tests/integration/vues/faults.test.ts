import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapState } from '../../../shared/domain/model.js';
import { newActor } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import { type FaultyLink, faultyLink } from '../../support/faulty-link.js';
import { type LocalServer, localServer } from '../../support/local-server.js';
import { type NodeView, openNodeView } from '../../support/node-view.js';

/**
 * Issue 15, the faults by name: a server restarted mid-workshop, a laptop asleep (a gap in the
 * stream), a batch whose answer was lost, a revision from the future, an event for another
 * workshop, two views adding the same actor. Each view is the renderer's own store, sync and HTTP
 * transport run in Node against the real browser-mode server and a real SQLite file.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-vues-'));
  const server = await localServer(dir);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => server.stop());
  const created = await server.core.dispatch('workshop.create', { title: 'Vues' });
  if (!created.ok) throw new Error(created.error.message);
  return { server, workshopId: (created.result as { id: string }).id };
}

async function view(server: LocalServer, workshopId: string, link?: FaultyLink): Promise<NodeView> {
  const opened = await openNodeView(link?.base ?? server.url, server.token, workshopId);
  cleanups.push(() => opened.close());
  return opened;
}

async function link(server: LocalServer): Promise<FaultyLink> {
  const made = await faultyLink(() => server.port);
  cleanups.push(() => made.close());
  return made;
}

async function coreMap(server: LocalServer, workshopId: string): Promise<{ map: MapState; revision: number }> {
  const answer = await server.core.dispatch('map.get', { workshopId });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.result as { map: MapState; revision: number };
}

/** Waits until the view has nothing unanswered and shows exactly the core's map and revision. */
async function converged(server: LocalServer, workshopId: string, ...views: NodeView[]): Promise<MapState> {
  return vi.waitFor(
    async () => {
      const core = await coreMap(server, workshopId);
      for (const { store } of views) {
        const state = store.getState();
        expect(state.unsaved()).toBe(0);
        expect(state.revision).toBe(core.revision);
        expect(state.map).toEqual(core.map);
      }
      return core.map;
    },
    { timeout: 20_000, interval: 25 },
  );
}

const add = (id: string, label: string, x = 0): MapOp => ({
  type: 'actor.add',
  actor: newActor({ id, label, category: 'commune', x, y: 0 }),
});

describe('views kept in step with the core', () => {
  it('two views editing at once converge, each edit once, in the core’s order', async () => {
    const { server, workshopId } = await setup();
    const a = await view(server, workshopId);
    const b = await view(server, workshopId);
    a.store.getState().apply([add('a1', 'Mairie')]);
    b.store.getState().apply([add('b1', 'CAF', 300)]);
    a.store.getState().apply([{ type: 'actor.update', id: 'a1', patch: { label: 'Mairie de Bellevue' } }]);
    b.store.getState().apply([{ type: 'actor.move', moves: [{ id: 'b1', x: 320, y: 40 }] }]);
    const map = await converged(server, workshopId, a, b);
    expect(map.actors.map((actor) => actor.label).sort()).toEqual(['CAF', 'Mairie de Bellevue']);
  });

  it('server restarted mid-workshop: what was typed meanwhile is sent after, in order, once', async () => {
    const { server, workshopId } = await setup();
    const a = await view(server, workshopId);
    const wall = await view(server, workshopId);
    a.store.getState().apply([add('a0', 'Avant')]);
    await converged(server, workshopId, a, wall);
    await server.stop();
    a.store.getState().apply([add('x', 'Collège')]);
    await vi.waitFor(() => expect(a.store.getState().save.kind).toBe('offline'), { timeout: 20_000 });
    a.store.getState().apply([add('y', 'PMI', 200)]);
    a.store.getState().apply([{ type: 'actor.update', id: 'x', patch: { label: 'Collège Jean-Moulin' } }]);
    // A new launch: same folder, same port, a new token.
    const oldToken = server.token;
    await server.start();
    expect(server.token).not.toBe(oldToken);
    const map = await converged(server, workshopId, a, wall);
    expect(map.actors.map((actor) => actor.label)).toEqual(['Avant', 'Collège Jean-Moulin', 'PMI']);
  });

  it('a batch whose answer was lost is sent again and applied once', async () => {
    const { server, workshopId } = await setup();
    const net = await link(server);
    const a = await view(server, workshopId, net);
    // The answer is held on the way back; the connection breaks once the core has committed.
    net.delay.answer = 60_000;
    a.store.getState().apply([add('a1', 'Centre social')]);
    await vi.waitFor(async () => expect((await coreMap(server, workshopId)).revision).toBe(1), { timeout: 20_000 });
    // Typed meanwhile: it waits behind the batch in flight, and must not be lost with it.
    a.store.getState().apply([{ type: 'actor.update', id: 'a1', patch: { label: 'Centre social Agora' } }]);
    net.cut();
    net.delay.answer = 0;
    net.restore();
    const map = await converged(server, workshopId, a);
    expect(map.actors.map((actor) => actor.label)).toEqual(['Centre social Agora']);
    // Two batches, two revisions: the first was not applied a second time (nor refused).
    expect((await coreMap(server, workshopId)).revision).toBe(2);
    expect(a.store.getState().save.kind).toBe('saved');
  });

  it('laptop asleep: the events missed while the stream was down are caught up when it reopens', async () => {
    const { server, workshopId } = await setup();
    const net = await link(server);
    const editor = await view(server, workshopId);
    const asleep = await view(server, workshopId, net);
    net.cut();
    editor.store.getState().apply([add('a1', 'Ludothèque')]);
    editor.store.getState().apply([add('a2', 'Médiathèque', 200)]);
    await converged(server, workshopId, editor);
    expect(asleep.store.getState().map?.actors).toEqual([]);
    net.restore();
    await converged(server, workshopId, editor, asleep);
  });

  it('a revision from the future makes the view read the core’s map, not take the event’s word for it', async () => {
    const { server, workshopId } = await setup();
    const a = await view(server, workshopId);
    a.store.getState().apply([add('a1', 'Mairie')]);
    await converged(server, workshopId, a);
    a.store.getState().receive({
      type: 'map.changed',
      workshopId,
      revision: 42,
      ops: [add('ghost', 'Fantôme')],
      origin: 'ailleurs',
    });
    const map = await converged(server, workshopId, a);
    expect(map.actors.map((actor) => actor.id)).toEqual(['a1']);
  });

  it('an event for another workshop changes nothing', async () => {
    const { server, workshopId } = await setup();
    const a = await view(server, workshopId);
    const before = a.store.getState();
    a.store.getState().receive({
      type: 'map.changed',
      workshopId: 'un-autre-atelier',
      revision: before.revision + 1,
      ops: [add('ghost', 'Fantôme')],
      origin: 'ailleurs',
    });
    expect(a.store.getState().map).toBe(before.map);
    expect(a.store.getState().revision).toBe(before.revision);
    await converged(server, workshopId, a);
  });

  it('two views adding the same actor at once: the second is refused, reloads and says so', async () => {
    const { server, workshopId } = await setup();
    const net = await link(server);
    const a = await view(server, workshopId);
    const b = await view(server, workshopId, net);
    // Both typed on the same map (revision 0); B's batch reaches the core second, whatever the
    // machine's speed: its network is cut until the core holds A's.
    net.cut();
    b.store.getState().apply([add('b1', 'Commun'), add('b2', 'B1', 200)]);
    await vi.waitFor(() => expect(b.store.getState().save.kind).toBe('offline'), { timeout: 20_000 });
    a.store.getState().apply([add('a1', 'commun'), add('a2', 'A1', 400)]);
    await vi.waitFor(async () => expect((await coreMap(server, workshopId)).revision).toBe(1), { timeout: 20_000 });
    net.restore();
    const map = await converged(server, workshopId, a, b);
    expect(map.actors.map((actor) => actor.label)).toEqual(['commun', 'A1']);
    expect(b.store.getState().save).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/^«\u00a0Commun\u00a0» vient d’être ajouté depuis une autre fenêtre/),
    });
  });

  it('a queue belongs to its workshop: leaving lets it finish, then closes; reopened meanwhile, the view stays', async () => {
    const { server, workshopId } = await setup();
    const net = await link(server);
    const a = await view(server, workshopId, net);
    net.cut();
    a.store.getState().apply([add('a1', 'Collège')]);
    await vi.waitFor(() => expect(a.store.getState().save.kind).toBe('offline'), { timeout: 20_000 });
    // The editor page goes away while its edit waits: the edit is still sent once the network is back.
    const left = a.store.getState().leave();
    net.restore();
    await left;
    expect((await coreMap(server, workshopId)).map.actors.map((actor) => actor.label)).toEqual(['Collège']);
    expect(a.store.getState().workshop).toBeNull();
    expect(a.store.getState().map).toBeNull();
    // Left and opened again at once (React's strict mode does this): the late close spares the new view.
    await a.store.getState().open(workshopId);
    const again = a.store.getState().leave();
    await a.store.getState().open(workshopId);
    await again;
    await converged(server, workshopId, a);
    expect(a.store.getState().workshop?.id).toBe(workshopId);
  });

  it('another workshop opened while one’s edit waits: nothing of the first, status or edit, reaches it', async () => {
    const { server, workshopId } = await setup();
    const other = await server.core.dispatch('workshop.create', { title: 'Suivant' });
    if (!other.ok) throw new Error(other.error.message);
    const next = (other.result as { id: string }).id;
    const net = await link(server);
    const a = await view(server, workshopId, net);
    net.cut();
    a.store.getState().apply([add('a1', 'Collège')]);
    await vi.waitFor(() => expect(a.store.getState().save.kind).toBe('offline'), { timeout: 20_000 });
    const seen: string[] = [];
    const opening = a.store.getState().open(next);
    const unsubscribe = a.store.subscribe((state, previous) => {
      if (state.save !== previous.save) seen.push(state.save.kind);
    });
    try {
      expect(a.store.getState().save.kind).toBe('saved');
      net.restore();
      await opening;
      a.store.getState().apply([add('b1', 'Mairie')]);
      const map = await converged(server, next, a);
      expect(map.actors.map((actor) => actor.label)).toEqual(['Mairie']);
      expect(a.store.getState().workshop?.id).toBe(next);
      // The next workshop's own save, and nothing of the first's retrying or failing.
      expect(seen).toContain('saving');
      expect(seen.filter((kind) => kind !== 'saving' && kind !== 'saved')).toEqual([]);
      expect(a.store.getState().save.kind).toBe('saved');
      expect((await coreMap(server, workshopId)).map.actors).toEqual([]);
    } finally {
      unsubscribe();
    }
  });
});
