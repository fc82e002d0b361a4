import { type ActionName, actionCatalog, actionNames } from '../../shared/actions/catalog.js';
import { fold } from '../../shared/exchange/fold.js';
import { shortcutText } from './shortcut.js';

/** A line of the command bar that starts with this asks for an action rather than capturing. */
export const paletteMark = '/';

export interface PaletteItem {
  name: ActionName;
  label: string;
  key: string;
}

/**
 * The actions whose label holds every word typed after « / », among those that apply now, in
 * the catalog's order; a label that starts with the first word comes first.
 */
export function paletteItems(query: string, applicable: ReadonlySet<ActionName>, language: 'fr' | 'en'): PaletteItem[] {
  const words = fold(query).split(' ').filter(Boolean);
  const first = words[0] ?? '';
  return actionNames
    .filter((name) => applicable.has(name))
    .map((name) => ({ name, label: actionCatalog[name].label[language], key: shortcutText(name, language) }))
    .filter((item) => words.every((word) => fold(item.label).includes(word)))
    .sort((a, b) => Number(!fold(b.label).startsWith(first)) - Number(!fold(a.label).startsWith(first)));
}
