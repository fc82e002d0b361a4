/**
 * Keyboard chords written once, as text (`'Mod+Shift+L'`, `'N'`, `'Delete'`, `'Alt+ArrowRight'`),
 * and read three ways: does a key press match (the renderer), how to show it (tooltips, the
 * rail, the command bar) and Electron's accelerator (the desktop menu). `Mod` is Ctrl, or ⌘ on
 * macOS. Symbols are named where `+` would be ambiguous: `Plus`, `Minus`, `Equal`.
 */
export interface Chord {
  /** `KeyboardEvent.key`: a letter, a digit, a symbol, or a named key (`Delete`, `F5`, `ArrowLeft`). */
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

const symbolNames: Readonly<Record<string, string>> = { Plus: '+', Minus: '-', Equal: '=' };

export function parseChord(text: string): Chord {
  const parts = text.split('+');
  const last = parts.pop() ?? '';
  const key = symbolNames[last] ?? last;
  if (!key) throw new Error(`Raccourci illisible : « ${text} »`);
  const modifiers = new Set(parts);
  for (const modifier of modifiers) {
    if (!['Mod', 'Shift', 'Alt'].includes(modifier)) throw new Error(`Modificateur inconnu : « ${modifier} »`);
  }
  return { key, mod: modifiers.has('Mod'), shift: modifiers.has('Shift'), alt: modifiers.has('Alt') };
}

/** What a key press carries; a DOM KeyboardEvent fits. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const isLetter = (key: string) => /^\p{L}$/u.test(key);
/** A digit or a symbol: which of them needs Shift depends on the keyboard (AZERTY, QWERTY…). */
const isTyped = (key: string) => key.length === 1 && !isLetter(key);

export function matchesChord(chord: Chord, press: KeyPress): boolean {
  if (chord.mod !== (press.ctrlKey || press.metaKey) || chord.alt !== press.altKey) return false;
  if (isLetter(chord.key)) return press.key.toLowerCase() === chord.key.toLowerCase() && chord.shift === press.shiftKey;
  if (isTyped(chord.key)) return press.key === chord.key;
  return press.key === chord.key && chord.shift === press.shiftKey;
}

export type KeyLanguage = 'fr' | 'en';

const keyNames: Readonly<Record<string, { fr: string; en: string }>> = {
  Delete: { fr: 'Suppr', en: 'Del' },
  Backspace: { fr: '⌫', en: '⌫' },
  Escape: { fr: 'Échap', en: 'Esc' },
  Enter: { fr: 'Entrée', en: 'Enter' },
  ArrowLeft: { fr: '←', en: '←' },
  ArrowRight: { fr: '→', en: '→' },
  ArrowUp: { fr: '↑', en: '↑' },
  ArrowDown: { fr: '↓', en: '↓' },
  '-': { fr: '−', en: '−' },
  PageDown: { fr: 'Pg.Suiv', en: 'PgDn' },
  PageUp: { fr: 'Pg.Préc', en: 'PgUp' },
};

/** The chord as people read it on their keyboard: « Ctrl+Maj+L », « Suppr », « ⌘+K ». */
export function chordText(chord: Chord, language: KeyLanguage, mac = false): string {
  const parts: string[] = [];
  if (chord.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (chord.alt) parts.push(mac ? '⌥' : 'Alt');
  if (chord.shift) parts.push(language === 'fr' ? 'Maj' : 'Shift');
  parts.push(keyNames[chord.key]?.[language] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key));
  return parts.join('+');
}

const acceleratorKeys: Readonly<Record<string, string>> = {
  '+': 'Plus',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Escape: 'Esc',
  Enter: 'Return',
};

/** Electron's accelerator for a chord: `CmdOrCtrl+Shift+L`, `Delete`, `F5`. */
export function acceleratorOf(chord: Chord): string {
  const parts: string[] = [];
  if (chord.mod) parts.push('CmdOrCtrl');
  if (chord.alt) parts.push('Alt');
  if (chord.shift) parts.push('Shift');
  parts.push(acceleratorKeys[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key));
  return parts.join('+');
}
