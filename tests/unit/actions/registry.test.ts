import { describe, expect, it } from 'vitest';
import { paletteItems } from '../../../renderer/actions/palette-items.js';
import { createActionRegistry } from '../../../renderer/actions/registry.js';
import { titleOf } from '../../../renderer/actions/shortcut.js';
import { type ActionName, actionCatalog, actionNames, chordsOf } from '../../../shared/actions/catalog.js';
import type { Chord, KeyPress } from '../../../shared/actions/chords.js';
import { menuCommands } from '../../../shared/api/bridge.js';

/** The key press a person makes for a chord (a letter comes in its case, Shift or not). */
function pressOf(chord: Chord, mac: boolean): KeyPress {
  const letter = /^\p{L}$/u.test(chord.key);
  return {
    key: letter ? (chord.shift ? chord.key.toUpperCase() : chord.key.toLowerCase()) : chord.key,
    ctrlKey: chord.mod && !mac,
    metaKey: chord.mod && mac,
    shiftKey: chord.shift,
    altKey: chord.alt,
  };
}

function bindAll(registry: ReturnType<typeof createActionRegistry>, ran: ActionName[]) {
  for (const name of actionNames) registry.bind(name, { perform: () => ran.push(name), applies: true });
}

describe('the action registry', () => {
  for (const place of [
    { mac: false, desktop: false },
    { mac: false, desktop: true },
    { mac: true, desktop: true },
  ]) {
    it(`runs, for every key shown for an action, that action and no other (${JSON.stringify(place)})`, () => {
      const registry = createActionRegistry(place);
      const ran: ActionName[] = [];
      bindAll(registry, ran);
      for (const name of actionNames) {
        for (const chord of chordsOf(name, place)) {
          expect(registry.actionForKey(pressOf(chord, place.mac)), `${name} ${JSON.stringify(chord)}`).toBe(name);
        }
      }
    });
  }

  it('gives no key to two actions', () => {
    const seen = new Map<string, ActionName>();
    for (const name of actionNames) {
      for (const chord of chordsOf(name, { mac: false, desktop: true })) {
        const key = JSON.stringify({ ...chord, key: chord.key.toLowerCase() });
        expect(seen.get(key), `${name} and ${seen.get(key)} share ${key}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('does nothing for an action that does not apply now, or that nothing shown can do', () => {
    const registry = createActionRegistry();
    const ran: string[] = [];
    const unbind = registry.bind('edit.undo', { perform: () => ran.push('undo'), applies: false });
    expect(registry.run('edit.undo', 'rail')).toBe(false);
    expect(registry.actionForKey({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false })).toBe(
      undefined,
    );
    unbind();
    registry.bind('edit.undo', { perform: () => ran.push('undo'), applies: true });
    expect(registry.run('edit.undo', 'menu')).toBe(true);
    expect(registry.run('map.layout', 'menu')).toBe(false);
    expect(ran).toEqual(['undo']);
  });

  it('keeps the newest binding when an older component unbinds late', () => {
    const registry = createActionRegistry();
    const ran: string[] = [];
    const unbindOld = registry.bind('map.fitView', { perform: () => ran.push('old'), applies: true });
    registry.bind('map.fitView', { perform: () => ran.push('new'), applies: true });
    unbindOld();
    registry.run('map.fitView', 'key');
    expect(ran).toEqual(['new']);
  });

  it('knows every command the desktop menu sends', () => {
    for (const command of menuCommands) expect(actionNames).toContain(command);
  });

  it('writes in a tooltip every key that works, after the label', () => {
    // In a browser: Ctrl+Maj+L is the desktop menu's, and only written where it works.
    expect(titleOf('map.layout', 'fr')).toBe('Disposer la carte (L)');
    expect(titleOf('edit.redo', 'fr')).toBe('Rétablir (Ctrl+Y, Ctrl+Maj+Z)');
    expect(titleOf('map.delete', 'en', 'Delete the selection')).toBe('Delete the selection (Del, ⌫)');
    expect(titleOf('map.codebook', 'fr')).toBe(actionCatalog['map.codebook'].label.fr);
  });
});

describe('the command bar as a palette', () => {
  it('lists the actions that apply whose label holds the words typed, accents and case aside', () => {
    const applicable = new Set<ActionName>(['map.layout', 'map.addActor', 'map.addZone', 'map.fitView']);
    expect(paletteItems('disp', applicable, 'fr').map((item) => item.name)).toEqual(['map.layout']);
    expect(paletteItems('NOUVELLE', applicable, 'fr')).toEqual([
      { name: 'map.addZone', label: 'Nouvelle zone', key: 'Z' },
    ]);
    expect(paletteItems('', applicable, 'fr')).toHaveLength(4);
    // An action that does not apply now is not offered.
    expect(paletteItems('annuler', applicable, 'fr')).toEqual([]);
  });
});

describe('where commands go', () => {
  it('through the registry: no window event carries a command, and the canvas listens to no key', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const files = (await readdir('renderer', { recursive: true })).filter((file) => /\.tsx?$/.test(file));
    for (const file of files) {
      const text = await readFile(`renderer/${file}`, 'utf8');
      expect(text, file).not.toMatch(/new CustomEvent|window\.dispatchEvent/);
    }
    expect(await readFile('renderer/carte/Carte.tsx', 'utf8')).not.toMatch(/keydown|switch \(command\)/);
  });
});
