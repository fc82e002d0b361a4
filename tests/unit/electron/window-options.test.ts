import { describe, expect, it } from 'vitest';
import { editorMinWidth, editorWindowOptions } from '../../../electron/main/window-options.js';

describe('editorWindowOptions', () => {
  const options = editorWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });

  it('isolates the page from Node and from other origins', () => {
    expect(options.webPreferences).toMatchObject({
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
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('is titled Maillage, wide enough for the map, and hidden until painted', () => {
    expect(options.title).toBe('Maillage');
    expect(options.minWidth).toBe(editorMinWidth);
    expect(editorMinWidth).toBeGreaterThanOrEqual(960);
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.center).toBe(true);
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
});
