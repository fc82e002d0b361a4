import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appOrigin } from '../../../electron/main/app-url.js';
import { type InvokeEventLike, type IpcMainLike, isTrustedSender } from '../../../electron/main/ipc.js';
import {
  registerSaveFile,
  type ShowSaveDialog,
  safeFileName,
  writeFileAtomic,
} from '../../../electron/main/save-file.js';
import { ipcChannel } from '../../../shared/api/bridge.js';
import type { Envelope } from '../../../shared/api/errors.js';

type Listener = (event: InvokeEventLike, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(frameUrl: string, input: unknown) {
    const handler = this.handlers.get(ipcChannel.saveFile);
    if (!handler) throw new Error('no handler');
    return handler({ senderFrame: { url: frameUrl } }, input);
  }
}

const appPage = 'maillage://app/index.html#/atelier/a1';
const file = (text: string) => ({
  fileName: 'diagnostic-synthese.docx',
  mimeType: 'application/octet-stream',
  base64: Buffer.from(text).toString('base64'),
});

describe('registerSaveFile', () => {
  let dir: string;
  let ipc: FakeIpcMain;
  let dialogs: Parameters<ShowSaveDialog>[1][];
  let answer: { canceled: boolean; filePath?: string };
  let dispose: () => void;
  let dataDirs: string[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'maillage-save-'));
    ipc = new FakeIpcMain();
    dialogs = [];
    answer = { canceled: false, filePath: join(dir, 'choisi.docx') };
    dataDirs = [join(dir, 'donnees')];
    dispose = registerSaveFile(
      ipc,
      {
        showSaveDialog: async (_event, options) => {
          dialogs.push(options);
          return answer;
        },
        writeFileAtomic,
        defaultDir: () => '/home/camille/Documents',
        dataDirs: () => dataDirs,
        join,
      },
      isTrustedSender(appOrigin),
    );
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('asks where to save, proposing the file name in Documents with its type, and writes the bytes there', async () => {
    const result = await ipc.invoke(appPage, file('contenu du docx'));
    expect(result).toEqual({ ok: true, result: { saved: true, path: join(dir, 'choisi.docx') } });
    expect(dialogs).toEqual([
      {
        title: 'Enregistrer l’export',
        defaultPath: join('/home/camille/Documents', 'diagnostic-synthese.docx'),
        filters: [{ name: 'Document Word', extensions: ['docx'] }],
      },
    ]);
    expect(readFileSync(join(dir, 'choisi.docx'), 'utf8')).toBe('contenu du docx');
  });

  it('writes nothing when the person cancels, even if the dialog still names a file, or names none', async () => {
    for (const cancelled of [
      { canceled: true },
      { canceled: true, filePath: join(dir, 'choisi.docx') },
      { canceled: false, filePath: '' },
      { canceled: false },
    ]) {
      answer = cancelled;
      expect(await ipc.invoke(appPage, file('x')), JSON.stringify(cancelled)).toEqual({
        ok: true,
        result: { saved: false },
      });
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the type of every file the app exports in the dialog, and any other by its extension', async () => {
    const kinds = {
      'synthese.docx': 'Document Word',
      'synthese.pdf': 'Document PDF',
      'synthese.html': 'Page web',
      'carte.png': 'Image PNG',
      'carte.svg': 'Image SVG',
      'acteurs.csv': 'Tableau CSV',
      'reseau.graphml': 'Réseau GraphML',
      'reseau.gexf': 'Réseau GEXF (Gephi)',
      'carte.canvas': 'JSON Canvas (Obsidian)',
      'atelier.maillage': 'Atelier Maillage',
      'donnees-personne.txt': 'TXT',
      // The last extension counts, in any case: the dialog filters on the lower-case one.
      'Carte.2026.PDF': 'Document PDF',
    };
    for (const fileName of Object.keys(kinds)) await ipc.invoke(appPage, { ...file('x'), fileName });
    expect(dialogs.map((dialog) => dialog.filters)).toEqual(
      Object.entries(kinds).map(([fileName, name]) => [
        { name, extensions: [fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()] },
      ]),
    );
  });

  it('offers no type filter for a name without an extension', async () => {
    await ipc.invoke(appPage, { ...file('x'), fileName: 'carte sans extension' });
    expect(dialogs).toEqual([
      {
        title: 'Enregistrer l’export',
        defaultPath: join('/home/camille/Documents', 'carte sans extension'),
        filters: [],
      },
    ]);
  });

  it('refuses a page that is not the app, and malformed input, before any dialog', async () => {
    expect(await ipc.invoke('https://evil.example/', file('x'))).toMatchObject({
      ok: false,
      error: { code: 'transport' },
    });
    const unreadable = await ipc.invoke(appPage, { ...file('x'), base64: 'pas du base64 !' });
    expect(unreadable).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!unreadable.ok && unreadable.error.message).toBe('Fichier à enregistrer illisible. Rien n’a été écrit.');
    expect(await ipc.invoke(appPage, { ...file('x'), path: '/etc/passwd' })).toMatchObject({ ok: false });
    expect(dialogs).toEqual([]);
  });

  it('never lets a file name carry a folder', async () => {
    await ipc.invoke(appPage, { ...file('x'), fileName: '../../.bashrc' });
    expect(dialogs[0]?.defaultPath).toBe(join('/home/camille/Documents', '-..-.bashrc'));
    expect(safeFileName('a/b\\c:d*e?.pdf')).toBe('a-b-c-d-e-.pdf');
    expect(safeFileName('...')).toBe('export');
    // A run of forbidden characters is one dash; Windows drops trailing dots and spaces, so do we.
    expect(safeFileName('a//b<>c.pdf')).toBe('a-b-c.pdf');
    expect(safeFileName(' . rapport.pdf. . ')).toBe('rapport.pdf');
    expect(safeFileName('x'.repeat(255))).toBe('x'.repeat(200));
  });

  it('says in French where it could not write, and leaves no partial file', async () => {
    answer = { canceled: false, filePath: join(dir, 'absent', 'x.docx') };
    const result = await ipc.invoke(appPage, file('x'));
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(!result.ok && result.error.message).toMatch(/n’a pas pu être enregistré.*Rien n’a été écrit/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never writes into the data folder, nor over the database, even when the dialog chose it', async () => {
    const dataDir = join(dir, 'Maillage');
    mkdirSync(join(dataDir, 'sauvegardes'), { recursive: true });
    writeFileSync(join(dataDir, 'maillage.sqlite'), 'la base');
    dataDirs = [dataDir];
    for (const target of [join(dataDir, 'maillage.sqlite'), join(dataDir, 'sauvegardes', 'x.docx'), dataDir]) {
      answer = { canceled: false, filePath: target };
      const result = await ipc.invoke(appPage, file('export'));
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(!result.ok && result.error.message).toMatch(/dossier des données de Maillage.*Rien n’a été écrit/);
    }
    expect(readFileSync(join(dataDir, 'maillage.sqlite'), 'utf8')).toBe('la base');
    expect(readdirSync(join(dataDir, 'sauvegardes'))).toEqual([]);
  });

  it('removes its handler on dispose', () => {
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});
