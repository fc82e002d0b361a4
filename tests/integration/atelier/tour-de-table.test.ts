import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { newActor, type Participant } from '../../../shared/domain/model.js';
import { readMaillageFile } from '../../../shared/exchange/maillage-read.js';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(dataDir = mkdtempSync(join(tmpdir(), 'maillage-tour-'))): Core {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const core = createCore({ dataDir });
  cores.push(core);
  return core;
}

const tour: Participant[] = [
  { name: 'Léa Martin', structure: 'Collège Barbusse', role: 'CPE', actorId: 'college', attendance: 'present' },
  { name: 'Awa Diallo', structure: 'CAF', role: 'Conseillère', attendance: 'excuse' },
  { name: '', structure: 'Mission locale', role: '', attendance: 'present' },
];

describe('le tour de table dans le cœur, sur une vraie base', () => {
  it('s’enregistre avec l’atelier, se relit après un redémarrage et prévient les autres vues', () => {
    const core = open();
    const workshop = core.call('workshop.create', { title: 'Bellevue' });
    core.call('map.apply', {
      workshopId: workshop.id,
      origin: 'test',
      ops: [
        {
          type: 'actor.add',
          actor: newActor({ id: 'college', label: 'Collège Barbusse', category: 'education', x: 0, y: 0 }),
        },
        {
          type: 'actor.add',
          actor: newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 300, y: 0 }),
        },
      ],
    });
    const events: CoreEvent[] = [];
    core.subscribe((event) => events.push(event));
    const updated = core.call('workshop.update', {
      id: workshop.id,
      patch: { participants: tour, objective: 'Mieux orienter les familles.' },
    });
    expect(updated.participants).toEqual(tour);
    expect(events).toContainEqual({ type: 'workshop.changed', workshop: updated });
    const dataDir = core.dataDir;
    core.close();
    cores.splice(cores.indexOf(core), 1);
    const again = open(dataDir);
    expect(again.call('map.get', { workshopId: workshop.id }).workshop).toMatchObject({
      participants: tour,
      objective: 'Mieux orienter les familles.',
    });
    // The .maillage file carries it, and reads back the same.
    const file = again.call('workshop.exportMaillage', { id: workshop.id });
    const read = readMaillageFile(file.text);
    expect(read.ok && read.file.workshop.participants).toEqual(tour);
  });

  it('refuse un participant sans nom ni structure, une présence inconnue, un identifiant hostile : rien d’écrit', () => {
    const core = open();
    const workshop = core.call('workshop.create', { title: 'Bellevue', participants: tour });
    for (const participants of [
      [{ name: '', structure: '', role: '' }],
      [{ name: 'Léa', structure: '', role: '', attendance: 'malade' }],
      [{ name: 'Léa', structure: '', role: '', actorId: '../../etc' }],
      // An own `__proto__` key, as JSON from a hostile caller carries it.
      [JSON.parse('{"name":"Léa","structure":"","role":"","__proto__":{"x":1}}')],
    ]) {
      const answer = core.dispatch('workshop.update', { id: workshop.id, patch: { participants } });
      expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(core.call('map.get', { workshopId: workshop.id }).workshop.participants).toEqual(tour);
  });
});
