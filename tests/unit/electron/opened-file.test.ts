import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { maillageFileIn, openMaillageFile } from '../../../electron/main/opened-file.js';

const files = {
  size: async (path: string) => statSync(path).size,
  read: (path: string) => readFile(path, 'utf8'),
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function temporaryCore(): { core: Core; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-ouvrir-'));
  const core = createCore({ dataDir: join(dir, 'donnees') });
  cleanups.push(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { core, dir };
}

describe('a .maillage file handed over by the operating system', () => {
  it('is found among the arguments, whatever came before it', () => {
    expect(maillageFileIn(['/opt/Maillage/maillage', '--no-sandbox', 'C:\\Ateliers\\Nord.MAILLAGE'])).toBe(
      'C:\\Ateliers\\Nord.MAILLAGE',
    );
    expect(maillageFileIn(['/opt/Maillage/maillage', '.'])).toBeUndefined();
  });

  it('takes the last such argument, never a switch, nor a name that only contains .maillage', () => {
    expect(maillageFileIn(['maillage', 'premier.maillage', 'second.maillage'])).toBe('second.maillage');
    expect(maillageFileIn(['maillage', 'a.maillage', '--ouvrir=b.maillage'])).toBe('a.maillage');
    for (const arg of ['copie.maillage.bak', 'atelier-maillage', 'atelierxmaillage']) {
      expect(maillageFileIn(['maillage', arg])).toBeUndefined();
    }
  });

  it('becomes a new workshop with its map, through the same import as the button', async () => {
    const { core, dir } = temporaryCore();
    const source = core.call('workshop.create', { title: 'Atelier reçu', territory: 'Nord' });
    await core.dispatch('map.apply', {
      workshopId: source.id,
      origin: 'test',
      ops: [
        {
          type: 'actor.add',
          actor: {
            id: 'a',
            label: 'CAF',
            category: 'protection-sociale',
            engagement: null,
            times: [],
            contact: '',
            notes: '',
            x: 0,
            y: 0,
          },
        },
      ],
    });
    const exported = await core.dispatch('workshop.exportMaillage', { id: source.id });
    if (!exported.ok) throw new Error(exported.error.message);
    const path = join(dir, 'recu.maillage');
    writeFileSync(path, (exported.result as { text: string }).text);

    const opened = await openMaillageFile(core, path, files);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.workshop.id).not.toBe(source.id);
    expect(core.call('map.get', { workshopId: opened.workshop.id }).map.actors.map((a) => a.label)).toEqual(['CAF']);
  });

  it('answers in French, without creating anything, when the file is missing or not a workshop', async () => {
    const { core, dir } = temporaryCore();
    const missing = await openMaillageFile(core, join(dir, 'absent.maillage'), files);
    expect(missing.ok || missing.message).toMatch(/Impossible de lire le fichier/);
    const garbage = join(dir, 'abime.maillage');
    writeFileSync(garbage, '{"type":"maillage","version":1');
    const broken = await openMaillageFile(core, garbage, files);
    expect(broken.ok || broken.message).toMatch(/n’a pas pu être ouvert/);
    expect(core.call('workshop.list', {})).toEqual([]);
  });
});

describe('a file that cannot be a workshop', () => {
  it('is refused unread above 8 MB, and read at 8 MB exactly', async () => {
    const { core, dir } = temporaryCore();
    const path = join(dir, 'enorme.maillage');
    writeFileSync(path, '');
    truncateSync(path, 8 * 1024 * 1024 + 1);
    expect(await openMaillageFile(core, path, files)).toEqual({
      ok: false,
      message: `Le fichier « ${path} » est trop volumineux pour être un atelier Maillage.`,
    });
    truncateSync(path, 8 * 1024 * 1024);
    const read = await openMaillageFile(core, path, files);
    expect(read.ok || read.message).toMatch(/^Le fichier « .+ » n’a pas pu être ouvert : /);
    expect(core.call('workshop.list', {})).toEqual([]);
  });

  it('says what the system answered when it cannot be read, an Error or not', async () => {
    const { core, dir } = temporaryCore();
    const missing = join(dir, 'absent.maillage');
    expect(await openMaillageFile(core, missing, files)).toEqual({
      ok: false,
      message: `Impossible de lire le fichier « ${missing} » (ENOENT: no such file or directory, stat '${missing}'). Vérifiez qu’il existe et qu’il n’est pas ouvert ailleurs.`,
    });
    const refused = await openMaillageFile(core, missing, {
      size: async () => 10,
      read: async () => {
        throw 'EBUSY';
      },
    });
    expect(refused).toEqual({
      ok: false,
      message: `Impossible de lire le fichier « ${missing} » (EBUSY). Vérifiez qu’il existe et qu’il n’est pas ouvert ailleurs.`,
    });
  });

  it('names the file and says why the import refused it', async () => {
    const { core, dir } = temporaryCore();
    const path = join(dir, 'autre.maillage');
    writeFileSync(path, '{"type":"autre chose"}');
    const opened = await openMaillageFile(core, path, files);
    const answer = await core.dispatch('import.maillage', { text: '{"type":"autre chose"}' });
    if (answer.ok) throw new Error('the import should refuse this file');
    expect(opened).toEqual({
      ok: false,
      message: `Le fichier « ${path} » n’a pas pu être ouvert : ${answer.error.message}`,
    });
  });
});
