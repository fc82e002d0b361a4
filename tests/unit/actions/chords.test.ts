import { describe, expect, it } from 'vitest';
import { acceleratorOf, chordText, type KeyPress, matchesChord, parseChord } from '../../../shared/actions/chords.js';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('parseChord', () => {
  it('reads modifiers and the key, with symbols by name', () => {
    expect(parseChord('Mod+Shift+L')).toEqual({ key: 'L', mod: true, shift: true, alt: false });
    expect(parseChord('Plus')).toEqual({ key: '+', mod: false, shift: false, alt: false });
    expect(parseChord('Mod+Minus')).toEqual({ key: '-', mod: true, shift: false, alt: false });
    expect(parseChord('Alt+ArrowRight')).toEqual({ key: 'ArrowRight', mod: false, shift: false, alt: true });
  });

  it('refuses what it cannot read, rather than binding a wrong key', () => {
    expect(() => parseChord('Ctrl+K')).toThrow(/Modificateur inconnu/);
    expect(() => parseChord('Mod+')).toThrow(/illisible/);
  });
});

describe('matchesChord', () => {
  it('reads a letter whatever its case, but Shift must be as written', () => {
    const n = parseChord('N');
    expect(matchesChord(n, press('n'))).toBe(true);
    expect(matchesChord(n, press('N'))).toBe(true);
    expect(matchesChord(n, press('N', { shiftKey: true }))).toBe(false);
    expect(matchesChord(parseChord('Shift+P'), press('P', { shiftKey: true }))).toBe(true);
    expect(matchesChord(parseChord('Shift+P'), press('p'))).toBe(false);
  });

  it('takes Ctrl or ⌘ for Mod, and never a bare key for a chord with Mod', () => {
    const undo = parseChord('Mod+Z');
    expect(matchesChord(undo, press('z', { ctrlKey: true }))).toBe(true);
    expect(matchesChord(undo, press('z', { metaKey: true }))).toBe(true);
    expect(matchesChord(undo, press('z'))).toBe(false);
    expect(matchesChord(parseChord('Z'), press('z', { ctrlKey: true }))).toBe(false);
    expect(matchesChord(undo, press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('ignores Shift on a symbol, which needs it on some keyboards and not others', () => {
    expect(matchesChord(parseChord('Plus'), press('+', { shiftKey: true }))).toBe(true);
    expect(matchesChord(parseChord('Plus'), press('+'))).toBe(true);
    expect(matchesChord(parseChord('Mod+0'), press('0', { ctrlKey: true, shiftKey: true }))).toBe(true);
  });

  it('keeps Alt apart: Alt+→ is not →', () => {
    expect(matchesChord(parseChord('Alt+ArrowRight'), press('ArrowRight', { altKey: true }))).toBe(true);
    expect(matchesChord(parseChord('Alt+ArrowRight'), press('ArrowRight'))).toBe(false);
  });
});

describe('chordText and acceleratorOf', () => {
  it('writes keys as a French or English keyboard says them', () => {
    expect(chordText(parseChord('Mod+Shift+L'), 'fr')).toBe('Ctrl+Maj+L');
    expect(chordText(parseChord('Mod+Shift+L'), 'en')).toBe('Ctrl+Shift+L');
    expect(chordText(parseChord('Delete'), 'fr')).toBe('Suppr');
    expect(chordText(parseChord('Escape'), 'fr')).toBe('Échap');
    expect(chordText(parseChord('Mod+K'), 'fr', true)).toBe('⌘+K');
    expect(chordText(parseChord('Alt+ArrowLeft'), 'fr')).toBe('Alt+←');
  });

  it('gives Electron the accelerator of the same chord', () => {
    expect(acceleratorOf(parseChord('Mod+Shift+A'))).toBe('CmdOrCtrl+Shift+A');
    expect(acceleratorOf(parseChord('Mod+Equal'))).toBe('CmdOrCtrl+=');
    expect(acceleratorOf(parseChord('Mod+Minus'))).toBe('CmdOrCtrl+-');
    expect(acceleratorOf(parseChord('Plus'))).toBe('Plus');
    expect(acceleratorOf(parseChord('Alt+ArrowRight'))).toBe('Alt+Right');
    expect(acceleratorOf(parseChord('Delete'))).toBe('Delete');
  });
});
