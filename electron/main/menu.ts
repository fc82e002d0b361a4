import type { MenuItemConstructorOptions } from 'electron';
import { actionCatalog, menuShortcutOf } from '../../shared/actions/catalog.js';
import { acceleratorOf } from '../../shared/actions/chords.js';
import type { MenuCommand } from '../../shared/api/bridge.js';

export type MenuLanguage = 'fr' | 'en';

export function menuLanguageOf(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export interface MenuOptions {
  language: MenuLanguage;
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools, for a development run only. */
  developer: boolean;
  onCommand: (command: MenuCommand) => void;
  onAbout: () => void;
}

const labels = {
  fr: {
    file: 'Fichier',
    closeWindow: 'Fermer la fenêtre',
    quit: 'Quitter',
    edit: 'Édition',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    fullscreen: 'Plein écran',
    language: 'Langue',
    reload: 'Recharger',
    devTools: 'Outils de développement',
    window: 'Fenêtre',
    help: 'Aide',
    about: (name: string) => `À propos de ${name}`,
    services: 'Services',
    hide: (name: string) => `Masquer ${name}`,
    hideOthers: 'Masquer les autres',
    showAll: 'Tout afficher',
  },
  en: {
    file: 'File',
    closeWindow: 'Close window',
    quit: 'Quit',
    edit: 'Edit',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    fullscreen: 'Full screen',
    language: 'Language',
    reload: 'Reload',
    devTools: 'Developer tools',
    window: 'Window',
    help: 'Help',
    about: (name: string) => `About ${name}`,
    services: 'Services',
    hide: (name: string) => `Hide ${name}`,
    hideOthers: 'Hide others',
    showAll: 'Show all',
  },
} as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu. Map commands go to the focused view through onCommand; editing
 * entries use Electron's roles so that they act on the focused text field. Zoom entries
 * zoom the map, never the page, so the projected layout stays as designed. A command's label
 * and shortcut come from the actions' catalog (`shared/actions/catalog.ts`), as the renderer's
 * do: a bare key (N, Suppr) is shown but not registered, so that it keeps reaching text fields.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = labels[options.language];
  const mac = options.platform === 'darwin';
  const command = (id: MenuCommand, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => {
    const shortcut = menuShortcutOf(id, mac);
    return {
      id,
      label: actionCatalog[id].label[options.language],
      ...(shortcut
        ? { accelerator: acceleratorOf(shortcut.chord), ...(shortcut.register ? {} : { registerAccelerator: false }) }
        : {}),
      ...extra,
      click: () => options.onCommand(id),
    };
  };
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: t.about(options.appName),
    click: () => options.onAbout(),
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            separator,
            { role: 'services', label: t.services },
            separator,
            { role: 'hide', label: t.hide(options.appName) },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.showAll },
            separator,
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command('workshop.new'),
      command('workshop.list'),
      separator,
      mac ? { role: 'close', label: t.closeWindow } : { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      // Not the native roles: outside a text field, undo means undoing the last edit of the map;
      // the renderer decides, since only it knows where the focus is.
      command('edit.undo'),
      command('edit.redo'),
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      separator,
      command('map.duplicate'),
      command('map.delete'),
      separator,
      command('map.commandBar'),
      command('map.find'),
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.developer
    ? [separator, { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }]
    : [];

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      command('map.addActor'),
      command('map.addNote'),
      command('map.addZone'),
      command('map.notesList'),
      command('map.codebook'),
      separator,
      command('map.layout'),
      command('map.fitView'),
      command('map.zoomIn'),
      command('map.zoomOut'),
      separator,
      { role: 'togglefullscreen', label: t.fullscreen, ...(mac ? {} : { accelerator: 'F11' }) },
      separator,
      {
        label: t.language,
        submenu: [
          command('language.fr', { type: 'radio', checked: options.language === 'fr' }),
          command('language.en', { type: 'radio', checked: options.language === 'en' }),
        ],
      },
      ...developerItems,
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu', label: t.window }] : [];
  // On macOS "About" lives in the app menu, so Help would be empty.
  const help: MenuItemConstructorOptions[] = mac ? [] : [{ label: t.help, submenu: [about] }];

  return [...appMenu, file, edit, view, ...windowMenu, ...help];
}
