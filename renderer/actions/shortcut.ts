import { type ActionName, actionCatalog, chordsOf, type KeyPlace } from '../../shared/actions/catalog.js';
import { type Chord, chordText, type KeyLanguage } from '../../shared/actions/chords.js';

/** ⌘ rather than Ctrl on a Mac: the same chord, the key its keyboard has. */
export const isMac = /Mac|iPhone|iPad/.test(
  (globalThis as { navigator?: { platform?: string } }).navigator?.platform ?? '',
);

/** Where keys are pressed: the desktop app adds its menu's accelerators to what a browser leaves. */
export const keyPlace: KeyPlace = {
  mac: isMac,
  desktop: Boolean((globalThis as { maillage?: unknown }).maillage),
};

export function keyLanguageOf(language: string): KeyLanguage {
  return language.startsWith('en') ? 'en' : 'fr';
}

/** The key an action shows (its first), as written on the keyboard; '' when it has none. */
export function shortcutText(name: ActionName, language: KeyLanguage): string {
  const [first] = chordsOf(name, keyPlace);
  return first ? chordText(first, language, isMac) : '';
}

/** `aria-keyshortcuts`: every key of the action, as assistive technologies read them. */
export function ariaShortcuts(name: ActionName): string | undefined {
  const all = chordsOf(name, keyPlace).map(ariaChord);
  return all.length > 0 ? all.join(' ') : undefined;
}

function ariaChord(chord: Chord): string {
  const parts: string[] = [];
  if (chord.mod) parts.push(isMac ? 'Meta' : 'Control');
  if (chord.alt) parts.push('Alt');
  if (chord.shift) parts.push('Shift');
  parts.push(chord.key === '+' ? 'Plus' : chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return parts.join('+');
}

/** « Disposer la carte (L, Ctrl+Maj+L) »: the hint, or the action's label, with every key that works. */
export function titleOf(name: ActionName, language: KeyLanguage, hint?: string): string {
  const keys = chordsOf(name, keyPlace).map((chord) => chordText(chord, language, isMac));
  const text = hint ?? actionCatalog[name].label[language];
  return keys.length > 0 ? `${text} (${keys.join(', ')})` : text;
}
