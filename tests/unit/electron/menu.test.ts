import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuOptions, menuLanguageOf } from '../../../electron/main/menu.js';
import { type MenuCommand, menuCommands } from '../../../shared/api/bridge.js';

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  let abouts = 0;
  const template = buildMenuTemplate({
    language: 'fr',
    platform: 'linux',
    appName: 'Maillage',
    developer: false,
    onCommand: (command) => sent.push(command),
    onAbout: () => {
      abouts += 1;
    },
    ...overrides,
  });
  return { template, sent, abouts: () => abouts };
}

function allItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function byId(template: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = allItems(template).find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

describe('menuLanguageOf', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr', 'fr'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['de-DE', 'fr'],
    ['', 'fr'],
  ])('%s → %s', (locale, language) => {
    expect(menuLanguageOf(locale)).toBe(language);
  });
});

describe('buildMenuTemplate', () => {
  it('is in French by default, with the four menus', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const labels = allItems(template).map((item) => item.label);
    for (const label of [
      'Nouvel atelier',
      'Liste des ateliers',
      'Quitter',
      'Annuler',
      'Rétablir',
      'Couper',
      'Copier',
      'Coller',
      'Tout sélectionner',
      'Nouvel acteur',
      'Ajuster la vue',
      'Zoom avant',
      'Zoom arrière',
      'Plein écran',
      'Langue',
      'Français',
      'English',
      'À propos de Maillage',
    ]) {
      expect(labels).toContain(label);
    }
  });

  it('is in English when asked', () => {
    const { template } = build({ language: 'en' });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(byId(template, 'workshop.new').label).toBe('New workshop');
  });

  it('sends every menu command, and only valid ones, through onCommand', () => {
    const { template, sent } = build();
    for (const item of allItems(template)) if (item.id !== 'about') click(item);
    expect(new Set(sent)).toEqual(new Set(menuCommands));
    for (const command of sent) expect(menuCommands).toContain(command);
  });

  it('shows About through onAbout', () => {
    const { template, abouts } = build();
    click(byId(template, 'about'));
    expect(abouts()).toBe(1);
  });

  it('gives the expected accelerators', () => {
    const { template } = build();
    expect(byId(template, 'workshop.new').accelerator).toBe('CmdOrCtrl+N');
    expect(byId(template, 'map.fitView').accelerator).toBe('CmdOrCtrl+0');
    expect(byId(template, 'map.zoomIn').accelerator).toBe('CmdOrCtrl+=');
    expect(byId(template, 'map.zoomOut').accelerator).toBe('CmdOrCtrl+-');
    expect(byId(template, 'map.addActor').accelerator).toBe('CmdOrCtrl+Shift+A');
    const fullscreen = allItems(template).find((item) => item.role === 'togglefullscreen');
    expect(fullscreen?.accelerator).toBe('F11');
  });

  it('never registers a bare key, which would stop it reaching text fields', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const item of allItems(build({ platform }).template)) {
        if (!item.accelerator || item.registerAccelerator === false) continue;
        const bare = !/(Cmd|Ctrl|Control|Command|Alt|Option|Super|Meta)/.test(item.accelerator);
        expect(bare && !/^F\d+$/.test(item.accelerator), `${platform} ${item.accelerator}`).toBe(false);
      }
    }
  });

  it('zooms the map, never the page', () => {
    const roles = allItems(build().template).map((item) => item.role);
    for (const pageZoom of ['zoomIn', 'zoomOut', 'resetZoom'] as const) expect(roles).not.toContain(pageZoom);
  });

  it('uses Electron roles for clipboard editing, so that they act on the focused field', () => {
    const roles = allItems(build().template).map((item) => item.role);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'quit', 'togglefullscreen'] as const) {
      expect(roles).toContain(role);
    }
  });

  it('sends undo and redo to the renderer, which undoes the map unless a text field has the focus', () => {
    const { template } = build();
    expect(byId(template, 'edit.undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', label: 'Annuler' });
    expect(byId(template, 'edit.redo')).toMatchObject({ label: 'Rétablir' });
  });

  it('ticks the current language', () => {
    const { template } = build({ language: 'en' });
    expect(byId(template, 'language.en')).toMatchObject({ type: 'radio', checked: true });
    expect(byId(template, 'language.fr')).toMatchObject({ type: 'radio', checked: false });
  });

  it('offers reload and developer tools in a development run only', () => {
    const rolesOf = (developer: boolean) => allItems(build({ developer }).template).map((item) => item.role);
    expect(rolesOf(false)).not.toContain('toggleDevTools');
    expect(rolesOf(false)).not.toContain('reload');
    expect(rolesOf(true)).toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS, holding About and Quit', () => {
    const { template } = build({ platform: 'darwin' });
    const [first] = template;
    expect(first?.label).toBe('Maillage');
    const inApp = Array.isArray(first?.submenu) ? first.submenu : [];
    expect(inApp.map((item) => item.id ?? item.role)).toEqual(expect.arrayContaining(['about', 'quit', 'hide']));
    expect(template.map((item) => item.label)).toEqual(['Maillage', 'Fichier', 'Édition', 'Affichage', 'Fenêtre']);
    expect(allItems(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });
});

/**
 * The menu as a person reads it: one line per menu, its entries in order, each with its label,
 * its role when Electron does the work, its accelerator (* when shown but not registered), and
 * « — » for a separator.
 */
function readMenu(template: readonly MenuItemConstructorOptions[]): string[] {
  const entry = (item: MenuItemConstructorOptions): string => {
    if (item.type === 'separator') return '—';
    const parts = [item.label ?? '?'];
    if (item.role) parts.push(`<${item.role}>`);
    if (item.accelerator) parts.push(`(${item.accelerator}${item.registerAccelerator === false ? '*' : ''})`);
    if (item.type === 'radio') parts.push(item.checked ? '[x]' : '[ ]');
    if (Array.isArray(item.submenu)) parts.push(`{ ${item.submenu.map(entry).join(' | ')} }`);
    return parts.join(' ');
  };
  return template.map(entry);
}

describe('the menu as it reads', () => {
  it('on Windows and Linux, in French, for a packaged app', () => {
    expect(readMenu(build({ platform: 'win32' }).template)).toEqual([
      'Fichier { Nouvel atelier (CmdOrCtrl+N) | Liste des ateliers (CmdOrCtrl+O) | — | Quitter <quit> (CmdOrCtrl+Q) }',
      'Édition { Annuler (CmdOrCtrl+Z) | Rétablir (CmdOrCtrl+Y) | — | Couper <cut> | Copier <copy> | Coller <paste> | Tout sélectionner <selectAll> | — | Dupliquer la sélection (CmdOrCtrl+D) | Supprimer la sélection (Delete*) | — | Saisie rapide… (CmdOrCtrl+K) | Trouver un acteur… (CmdOrCtrl+F) }',
      'Affichage { Nouvel acteur (CmdOrCtrl+Shift+A) | Nouvelle note… (CmdOrCtrl+Shift+P) | Nouvelle zone (Z*) | Liste des notes (Shift+P*) | Catégories et types de coopération… | — | Disposer la carte (CmdOrCtrl+Shift+L) | Ajuster la vue (CmdOrCtrl+0) | Zoom avant (CmdOrCtrl+=) | Zoom arrière (CmdOrCtrl+-) | — | Plein écran <togglefullscreen> (F11) | — | Langue { Français [x] | English [ ] } }',
      'Aide { À propos de Maillage }',
    ]);
  });

  it('on macOS, in English, in a development run', () => {
    expect(readMenu(build({ platform: 'darwin', language: 'en', developer: true }).template)).toEqual([
      'Maillage { About Maillage | — | Services <services> | — | Hide Maillage <hide> | Hide others <hideOthers> | Show all <unhide> | — | Quit <quit> }',
      'File { New workshop (CmdOrCtrl+N) | Workshops (CmdOrCtrl+O) | — | Close window <close> }',
      'Edit { Undo (CmdOrCtrl+Z) | Redo (CmdOrCtrl+Shift+Z) | — | Cut <cut> | Copy <copy> | Paste <paste> | Select all <selectAll> | — | Duplicate the selection (CmdOrCtrl+D) | Delete selection | — | Quick capture… (CmdOrCtrl+K) | Find an actor… (CmdOrCtrl+F) }',
      'View { New actor (CmdOrCtrl+Shift+A) | New note… (CmdOrCtrl+Shift+P) | New zone | List of notes | Categories and kinds of cooperation… | — | Arrange the map (CmdOrCtrl+Shift+L) | Fit view (CmdOrCtrl+0) | Zoom in (CmdOrCtrl+=) | Zoom out (CmdOrCtrl+-) | — | Full screen <togglefullscreen> | — | Language { Français [ ] | English [x] } | — | Reload <reload> | Developer tools <toggleDevTools> }',
      'Window <windowMenu>',
    ]);
  });

  it('every entry but a separator has a label, in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const platform of ['linux', 'darwin'] as const) {
        const items = allItems(build({ language, platform, developer: true }).template);
        for (const item of items.filter((i) => i.type !== 'separator')) expect(item.label?.trim()).toBeTruthy();
      }
    }
  });
});
