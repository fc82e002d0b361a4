// A person erased while an editor is open elsewhere (another tab in browser mode): « Annuler »
// in that editor must not put their name back. The view is the renderer's own store, sync and
// HTTP transport run in Node against the real browser-mode server and a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { newActor } from '../../../shared/domain/model.js';
import { localServer } from '../../support/local-server.js';
import { openNodeView } from '../../support/node-view.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('leaves nothing to undo in an open editor once a person is erased, so undo cannot bring the name back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-erased-view-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const server = await localServer(dir);
  cleanups.push(() => server.stop());
  const { id } = server.core.call('workshop.create', { title: 'Atelier du quartier' });
  const view = await openNodeView(server.url, server.token, id);
  cleanups.push(() => view.close());

  // In the editor: the actor is added, then renamed. Undo would give it back its first name.
  view.store
    .getState()
    .apply([
      { type: 'actor.add', actor: newActor({ id: 'p', label: 'Mme Ostrowska', category: 'commune', x: 0, y: 0 }) },
    ]);
  view.store.getState().apply([{ type: 'actor.update', id: 'p', patch: { label: 'Maëlys Ostrowska' } }]);
  await view.store.getState().settled();

  server.core.call('privacy.erasePerson', { text: 'Ostrowska' });
  await vi.waitFor(() => expect(view.store.getState().map?.actors[0]?.label).toBe('Personne effacée'), {
    timeout: 20_000,
    interval: 25,
  });

  view.store.getState().undo();
  await view.store.getState().settled();
  const { map } = server.core.call('map.get', { workshopId: id });
  expect(JSON.stringify(map)).not.toContain('Ostrowska');
  expect(JSON.stringify(view.store.getState().map)).not.toContain('Ostrowska');
});
