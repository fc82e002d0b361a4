import type { MenuCommand } from '../api/bridge.js';
import { type Chord, parseChord } from './chords.js';

/**
 * Every action of the editor and the app, once: its name, its label in French and English, and
 * its keys. The renderer's registry (`renderer/actions/`) runs them from the keyboard, the tool
 * rail, the command bar and the desktop menu; the menu (`electron/main/menu.ts`) takes its labels
 * and accelerators from here. So the shortcut written in a tooltip or a menu is the one that works.
 *
 * Keys: `keys` work on the canvas everywhere, the first is the one shown on a rail button.
 * `menu` is the desktop menu's accelerator when the keys have none with Ctrl (a bare letter
 * cannot be one: it would stop reaching text fields); it works in the desktop app only — a
 * browser keeps some chords for itself (Ctrl+N, Ctrl+Maj+A) — so tooltips show it there only.
 */
export interface ActionInfo {
  label: { fr: string; en: string };
  keys: readonly string[];
  /** Keys in macOS's customary order, when it differs. */
  macKeys?: readonly string[];
  menu?: string;
}

export const actionCatalog = {
  'edit.undo': { label: { fr: 'Annuler', en: 'Undo' }, keys: ['Mod+Z'] },
  'edit.redo': {
    label: { fr: 'Rétablir', en: 'Redo' },
    keys: ['Mod+Y', 'Mod+Shift+Z'],
    macKeys: ['Mod+Shift+Z', 'Mod+Y'],
  },
  'workshop.new': { label: { fr: 'Nouvel atelier', en: 'New workshop' }, keys: [], menu: 'Mod+N' },
  'workshop.list': { label: { fr: 'Liste des ateliers', en: 'Workshops' }, keys: [], menu: 'Mod+O' },
  'map.addActor': { label: { fr: 'Nouvel acteur', en: 'New actor' }, keys: ['N'], menu: 'Mod+Shift+A' },
  'map.addNote': { label: { fr: 'Nouvelle note…', en: 'New note…' }, keys: ['P'], menu: 'Mod+Shift+P' },
  'map.addZone': { label: { fr: 'Nouvelle zone', en: 'New zone' }, keys: ['Z'] },
  'map.notesList': { label: { fr: 'Liste des notes', en: 'List of notes' }, keys: ['Shift+P'] },
  'map.codebook': {
    label: { fr: 'Catégories et types de coopération…', en: 'Categories and kinds of cooperation…' },
    keys: [],
  },
  'map.commandBar': { label: { fr: 'Saisie rapide…', en: 'Quick capture…' }, keys: ['Mod+K'] },
  'map.find': { label: { fr: 'Trouver un acteur…', en: 'Find an actor…' }, keys: ['Mod+F'] },
  'map.layout': { label: { fr: 'Disposer la carte', en: 'Arrange the map' }, keys: ['L'], menu: 'Mod+Shift+L' },
  'map.fitView': { label: { fr: 'Ajuster la vue', en: 'Fit view' }, keys: ['F'], menu: 'Mod+0' },
  'map.zoomIn': { label: { fr: 'Zoom avant', en: 'Zoom in' }, keys: ['Plus', 'Equal'], menu: 'Mod+Equal' },
  'map.zoomOut': { label: { fr: 'Zoom arrière', en: 'Zoom out' }, keys: ['Minus'], menu: 'Mod+Minus' },
  'map.delete': { label: { fr: 'Supprimer la sélection', en: 'Delete selection' }, keys: ['Delete', 'Backspace'] },
  'map.duplicate': { label: { fr: 'Dupliquer la sélection', en: 'Duplicate the selection' }, keys: ['Mod+D'] },
  'map.rename': { label: { fr: 'Renommer', en: 'Rename' }, keys: ['F2', 'Enter'] },
  'map.partners': {
    label: { fr: 'Mettre en avant ses partenaires', en: 'Highlight its partners' },
    keys: ['V'],
  },
  'map.deselect': { label: { fr: 'Tout désélectionner', en: 'Deselect all' }, keys: ['Escape'] },
  'map.present': { label: { fr: 'Présenter en plein écran', en: 'Present full screen' }, keys: ['F5'] },
  // A presenter's remote sends Page Down and Page Up: one key goes through the saved views.
  'view.next': { label: { fr: 'Vue suivante au mur', en: 'Next view on the wall' }, keys: ['PageDown'] },
  'view.previous': { label: { fr: 'Vue précédente au mur', en: 'Previous view on the wall' }, keys: ['PageUp'] },
  // Step 1 asks « Qui est dans la salle, et pour quelles structures ? »: who, typed as they speak.
  'workshop.participants': { label: { fr: 'Tour de table', en: 'Round of introductions' }, keys: ['T'] },
  'step.next': { label: { fr: 'Étape suivante', en: 'Next step' }, keys: ['Alt+ArrowRight'] },
  'step.previous': { label: { fr: 'Étape précédente', en: 'Previous step' }, keys: ['Alt+ArrowLeft'] },
  'language.fr': { label: { fr: 'Français', en: 'Français' }, keys: [] },
  'language.en': { label: { fr: 'English', en: 'English' }, keys: [] },
} as const satisfies Record<string, ActionInfo>;

export type ActionName = keyof typeof actionCatalog;
export const actionNames = Object.keys(actionCatalog) as ActionName[];

// Every command the desktop menu sends is an action of the catalog.
const menuCommandsAreActions: Record<MenuCommand, ActionInfo> = actionCatalog;
void menuCommandsAreActions;

export interface KeyPlace {
  mac: boolean;
  /** In the desktop app, where the menu's accelerators work too. */
  desktop: boolean;
}

/** The keys that work for an action here, in the order shown: the first is its shortcut on a button. */
export function chordsOf(name: ActionName, place: KeyPlace = { mac: false, desktop: false }): Chord[] {
  const info: ActionInfo = actionCatalog[name];
  const keys = (place.mac && info.macKeys) || info.keys;
  return [...keys, ...(place.desktop && info.menu ? [info.menu] : [])].map(parseChord);
}

/** What the desktop menu shows for an action: a registered accelerator, or a bare key only shown. */
export function menuShortcutOf(name: ActionName, mac: boolean): { chord: Chord; register: boolean } | undefined {
  const chords = chordsOf(name, { mac, desktop: true });
  const withMod = chords.find((chord) => chord.mod || chord.alt || /^F\d+$/.test(chord.key));
  if (withMod) return { chord: withMod, register: true };
  const first = chords[0];
  // macOS cannot show an accelerator it does not register.
  return first && !mac ? { chord: first, register: false } : undefined;
}
