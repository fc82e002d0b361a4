import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';

const opened: Core[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-lecteur-'));
  dirs.push(dir);
  return dir;
}

function open(options: Parameters<typeof createCore>[0]): Core {
  const core = createCore(options);
  opened.push(core);
  return core;
}

describe('a reader beside the running app (command line list and export)', () => {
  it('reads what the writer committed while the writer holds the folder, and writes nothing', async () => {
    const dir = dataDir();
    const writer = open({ dataDir: dir });
    const workshop = writer.call('workshop.create', { title: 'Atelier ouvert dans l’application' });
    // The second writer is refused (one writer per folder); a reader is not.
    expect(() => createCore({ dataDir: dir })).toThrow(/déjà ouvertes/);
    const reader = open({ dataDir: dir, reader: true });
    expect(reader.call('workshop.list', {}).map((w) => w.title)).toEqual(['Atelier ouvert dans l’application']);

    // What the writer commits afterwards is seen too.
    writer.call('workshop.update', { id: workshop.id, patch: { territory: 'Nord' } });
    expect(reader.call('workshop.list', {})[0]?.territory).toBe('Nord');
    const exported = await reader.dispatch('workshop.export', { workshopId: workshop.id, format: 'graphml' });
    expect(exported.ok).toBe(true);

    const refused = reader.dispatch('workshop.create', { title: 'Interdit' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(writer.call('workshop.list', {})).toHaveLength(1);
  });

  it('says in French when there is nothing to read, and creates nothing', () => {
    const dir = join(dataDir(), 'absent');
    expect(() => createCore({ dataDir: dir, reader: true })).toThrow(/Aucune donnée Maillage/);
    expect(existsSync(dir)).toBe(false);
  });
});
