import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  databaseInUseErrorText,
  electronBindingPath,
  nativeBindingErrorText,
  resolveNativeBinding,
  startupErrorText,
} from '../../../electron/main/native-binding.js';

const appRoot = join('/projets', 'maillage');
const expected = join(appRoot, 'native', 'electron', 'better_sqlite3.node');

describe('resolveNativeBinding', () => {
  it('points a development run at the Electron build kept in native/electron', () => {
    expect(electronBindingPath(appRoot)).toBe(expected);
    expect(resolveNativeBinding({ isPackaged: false, appRoot, exists: (path) => path === expected })).toBe(expected);
  });

  it('falls back to the default lookup when that build is missing', () => {
    expect(resolveNativeBinding({ isPackaged: false, appRoot, exists: () => false })).toBeUndefined();
  });

  it('leaves a packaged app on its own rebuilt node_modules', () => {
    expect(resolveNativeBinding({ isPackaged: true, appRoot, exists: () => true })).toBeUndefined();
  });
});

/** No ordinary space may stand before « : ; ! ? » or after «, in text shown by native dialogs. */
function expectFrenchSpacing(text: string): void {
  expect(text).not.toMatch(/ [:;!?»]/);
  expect(text).not.toMatch(/« /);
}

describe('nativeBindingErrorText', () => {
  const detail =
    'The module was compiled against NODE_MODULE_VERSION 115. This version requires NODE_MODULE_VERSION 140.';

  it('names SQLite, Electron, the fix, its need for the internet and the fallback', () => {
    const { title, content } = nativeBindingErrorText(false, detail);
    expect(title).toBe('Maillage ne peut pas démarrer');
    expect(content).toMatch(/SQLite/);
    expect(content).toMatch(/Electron/);
    expect(content).toContain('npm run rebuild:electron');
    expect(content).toMatch(/Internet/);
    expect(content).toContain('npm run web');
    expect(content).toContain(detail);
    expectFrenchSpacing(content.replace(detail, ''));
  });

  it('tells an installed app to reinstall, without developer commands', () => {
    const { content } = nativeBindingErrorText(true, detail);
    expect(content).toMatch(/Réinstallez/);
    expect(content).not.toContain('npm');
  });
});

describe('startupErrorText', () => {
  it('names the data folder as is and what to check', () => {
    const folder = '/home/anne/.config/Maillage : copie';
    const { content } = startupErrorText(folder, 'EACCES: permission denied');
    expect(content).toContain(`\u00a0${folder}\u00a0`);
    expect(content).toMatch(/disque/);
    expect(content).toContain('EACCES: permission denied');
    expectFrenchSpacing(content.replace(folder, '').replace('EACCES: permission denied', ''));
  });
});

describe('databaseInUseErrorText', () => {
  it('says Maillage is already open, without the advice about disks that does not apply', () => {
    const text = databaseInUseErrorText(
      'Ces données sont déjà ouvertes par un autre Maillage (une autre fenêtre, le mode navigateur ou une commande) : « /data ». Rien n’a été modifié.',
    );
    expect(text.title).toBe('Maillage est déjà ouvert');
    expect(text.content).toMatch(/déjà ouvertes/);
    expect(text.content).not.toMatch(/disque/);
    expect(text.summary).not.toContain('\n');
    expectFrenchSpacing(text.content.replace('/data', ''));
  });
});

describe('summary', () => {
  it('fits on one line for the start script, and names the fix in a development run', () => {
    const dev = nativeBindingErrorText(false, 'line one\nline two');
    expect(dev.summary).not.toContain('\n');
    expect(dev.summary).toContain('npm run rebuild:electron');
    const packaged = nativeBindingErrorText(true, 'line one\nline two');
    expect(packaged.summary).toBe('SQLite n’a pas pu être chargé (line one)');
    expect(startupErrorText('/data', 'EACCES\nstack').summary).toBe(
      'le dossier de données « /data » n’a pas pu être ouvert (EACCES)',
    );
  });
});

describe('the whole text of each box, as the facilitator reads it', () => {
  const nbsp = '\u00a0';
  const cause =
    'La bibliothèque SQLite, qui enregistre les ateliers, n’a pas pu être chargée par Electron. Aucune donnée n’a été touchée.';

  it('SQLite missing in a development run: the command on a line of its own', () => {
    expect(nativeBindingErrorText(false, 'invalid ELF header')).toEqual({
      title: 'Maillage ne peut pas démarrer',
      content: `${cause}\n\nSa version compilée pour Electron manque ou ne correspond pas. Pour la produire, lancez${nbsp}:\n    npm run rebuild:electron\n(cette commande a besoin d’Internet). En attendant, «${nbsp}npm run web${nbsp}» ouvre Maillage dans le navigateur.\n\nDétail${nbsp}: invalid ELF header`,
      summary:
        'SQLite n’a pas pu être chargé pour Electron : lancez « npm run rebuild:electron » (Internet nécessaire)',
    });
  });

  it('SQLite missing in an installed app', () => {
    expect(nativeBindingErrorText(true, 'invalid ELF header\r\n    at Module')).toEqual({
      title: 'Maillage ne peut pas démarrer',
      content: `${cause}\n\nRéinstallez Maillage. Si le problème persiste, transmettez le détail ci-dessous à votre support.\n\nDétail${nbsp}: invalid ELF header\r\n    at Module`,
      summary: 'SQLite n’a pas pu être chargé (invalid ELF header)',
    });
  });

  it('the data folder cannot be opened', () => {
    expect(startupErrorText('/data', 'EACCES\r\nstack')).toEqual({
      title: 'Maillage ne peut pas démarrer',
      content: `Le dossier de données «${nbsp}/data${nbsp}» n’a pas pu être ouvert. Aucune donnée n’a été effacée.\nVérifiez que le disque n’est pas plein et que vous avez le droit d’écrire dans ce dossier, puis relancez Maillage.\n\nDétail${nbsp}: EACCES\r\nstack`,
      summary: 'le dossier de données « /data » n’a pas pu être ouvert (EACCES)',
    });
  });

  it('another Maillage has the folder', () => {
    expect(databaseInUseErrorText('Déjà ouvert : fermez-le.\nà la ligne')).toEqual({
      title: 'Maillage est déjà ouvert',
      content: `Déjà ouvert${nbsp}: fermez-le.\nà la ligne`,
      summary: 'Déjà ouvert : fermez-le.',
    });
  });
});
