import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  editorBackground,
  editorMinHeight,
  editorMinWidth,
  editorWindowOptions,
} from '../../../electron/main/window-options.js';

describe('editorWindowOptions', () => {
  // Built inside each test, not while collecting them: a mutant must see the call.
  const defaults = () => editorWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });

  it('isolates the page from Node and from other origins, every preference set explicitly', () => {
    // toEqual, not toMatchObject: a preference dropped or added (left to Electron's default) fails.
    expect(defaults().webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
  });

  it('is titled Maillage, centred at its default size, wide enough for the map, and hidden until painted', () => {
    const { webPreferences: _, ...window } = defaults();
    expect(window).toEqual({
      title: 'Maillage',
      width: 1280,
      height: 800,
      center: true,
      minWidth: editorMinWidth,
      minHeight: editorMinHeight,
      backgroundColor: editorBackground,
      show: false,
    });
    expect(editorMinWidth).toBeGreaterThanOrEqual(960);
    expect(editorMinHeight).toBeGreaterThanOrEqual(600);
  });

  it('paints, before the first frame, the colour the page itself paints, so that a projector never flashes', () => {
    const css = readFileSync(new URL('../../../renderer/styles/app.css', import.meta.url), 'utf8');
    const pageBackground = /--fond:\s*(#[0-9a-f]{6})\s*;/i.exec(css)?.[1];
    expect(pageBackground).toBeDefined();
    expect(editorBackground.toLowerCase()).toBe(pageBackground?.toLowerCase());
  });

  it('reuses saved bounds and an icon when given', () => {
    const placed = editorWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { x: 10, y: 20, width: 1400, height: 900 },
      iconPath: '/icon.png',
      devTools: true,
    });
    expect(placed).toMatchObject({ x: 10, y: 20, width: 1400, height: 900, icon: '/icon.png' });
    expect(placed.center).toBeUndefined();
    expect(placed.webPreferences?.devTools).toBe(true);
    expect(placed.webPreferences?.sandbox).toBe(true);
  });

  it('has no icon key at all without an icon, so that a packaged app keeps its own', () => {
    const options = defaults();
    expect('icon' in options).toBe(false);
    expect('x' in options || 'y' in options).toBe(false);
  });
});
