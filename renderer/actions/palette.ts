import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { actionNames } from '../../shared/actions/catalog.js';
import { useActions } from './context.js';
import { type PaletteItem, paletteItems, paletteMark } from './palette-items.js';
import type { ActionSource } from './registry.js';
import { keyLanguageOf } from './shortcut.js';

/**
 * The command bar as a palette: « /disp » lists « Disposer la carte (L) », Entrée runs it
 * through the registry, like its key, its rail button and the desktop menu. Null when the line
 * is a capture line.
 */
export function usePalette(text: string): { items: PaletteItem[]; run(item: PaletteItem): void } | null {
  const registry = useActions();
  const { i18n } = useTranslation();
  const bound = useStore(registry.store, (state) => state.bound);
  if (!text.startsWith(paletteMark)) return null;
  const applicable = new Set(actionNames.filter((name) => bound[name]?.applies));
  const source: ActionSource = 'palette';
  return {
    items: paletteItems(text.slice(paletteMark.length), applicable, keyLanguageOf(i18n.language)).slice(0, 8),
    run: (item) => registry.run(item.name, source),
  };
}
