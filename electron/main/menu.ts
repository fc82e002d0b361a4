import type { MenuItemConstructorOptions } from 'electron';
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
    newWorkshop: 'Nouvel atelier',
    workshopList: 'Liste des ateliers',
    closeWindow: 'Fermer la fenêtre',
    quit: 'Quitter',
    edit: 'Édition',
    commandBar: 'Saisie rapide…',
    duplicate: 'Dupliquer la sélection',
    layout: 'Disposer la carte',
    find: 'Trouver un acteur…',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    deleteSelection: 'Supprimer la sélection',
    view: 'Affichage',
    addActor: 'Nouvel acteur',
    addNote: 'Nouvelle note…',
    addZone: 'Nouvelle zone',
    notesList: 'Liste des notes',
    codebook: 'Catégories et types de coopération…',
    fitView: 'Ajuster la vue',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
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
    newWorkshop: 'New workshop',
    workshopList: 'Workshops',
    closeWindow: 'Close window',
    quit: 'Quit',
    edit: 'Edit',
    commandBar: 'Quick capture…',
    duplicate: 'Duplicate the selection',
    layout: 'Arrange the map',
    find: 'Find an actor…',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    deleteSelection: 'Delete selection',
    view: 'View',
    addActor: 'New actor',
    addNote: 'New note…',
    addZone: 'New zone',
    notesList: 'List of notes',
    codebook: 'Categories and kinds of cooperation…',
    fitView: 'Fit view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
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
 * zoom the map, never the page, so the projected layout stays as designed.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = labels[options.language];
  const mac = options.platform === 'darwin';
  const command = (
    id: MenuCommand,
    label: string,
    extra: MenuItemConstructorOptions = {},
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...extra,
    click: () => options.onCommand(id),
  });
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: t.about(options.appName),
    click: () => options.onAbout(),
  };
  // Delete must keep erasing text in fields, so it is only shown, never registered, and not
  // at all on macOS where an unregistered accelerator is not supported.
  const deleteKey: MenuItemConstructorOptions = mac ? {} : { accelerator: 'Delete', registerAccelerator: false };

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
      command('workshop.new', t.newWorkshop, { accelerator: 'CmdOrCtrl+N' }),
      command('workshop.list', t.workshopList, { accelerator: 'CmdOrCtrl+O' }),
      separator,
      mac ? { role: 'close', label: t.closeWindow } : { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      // Not the native roles: outside a text field, undo means undoing the last edit of the map;
      // the renderer decides, since only it knows where the focus is.
      command('edit.undo', t.undo, { accelerator: 'CmdOrCtrl+Z' }),
      command('edit.redo', t.redo, { accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y' }),
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      separator,
      command('map.duplicate', t.duplicate, { accelerator: 'CmdOrCtrl+D' }),
      command('map.delete', t.deleteSelection, deleteKey),
      separator,
      command('map.commandBar', t.commandBar, { accelerator: 'CmdOrCtrl+K' }),
      command('map.find', t.find, { accelerator: 'CmdOrCtrl+F' }),
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.developer
    ? [separator, { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }]
    : [];

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      // The canvas adds an actor with N; the menu needs a modifier so typing "n" in a field
      // never creates an actor.
      command('map.addActor', t.addActor, { accelerator: 'CmdOrCtrl+Shift+A' }),
      command('map.addNote', t.addNote, { accelerator: 'CmdOrCtrl+Shift+P' }),
      // Z alone on the canvas; Cmd+Shift+Z is redo on macOS.
      command('map.addZone', t.addZone),
      command('map.notesList', t.notesList),
      command('map.codebook', t.codebook),
      separator,
      command('map.layout', t.layout, { accelerator: 'CmdOrCtrl+Shift+L' }),
      command('map.fitView', t.fitView, { accelerator: 'CmdOrCtrl+0' }),
      command('map.zoomIn', t.zoomIn, { accelerator: 'CmdOrCtrl+=' }),
      command('map.zoomOut', t.zoomOut, { accelerator: 'CmdOrCtrl+-' }),
      separator,
      { role: 'togglefullscreen', label: t.fullscreen, ...(mac ? {} : { accelerator: 'F11' }) },
      separator,
      {
        label: t.language,
        submenu: [
          command('language.fr', 'Français', { type: 'radio', checked: options.language === 'fr' }),
          command('language.en', 'English', { type: 'radio', checked: options.language === 'en' }),
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
