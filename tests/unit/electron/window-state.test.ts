import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editorMinWidth } from '../../../electron/main/window-options.js';
import {
  loadWindowState,
  parseWindowState,
  restorableBounds,
  saveWindowState,
  windowStatePath,
} from '../../../electron/main/window-state.js';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1280, height: 720 };

describe('parseWindowState', () => {
  it('keeps a well-formed state, rounded and at least the minimum size', () => {
    expect(parseWindowState({ bounds: { x: 10.4, y: 20, width: 300, height: 900 }, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: editorMinWidth, height: 900 },
      maximized: true,
    });
  });

  it.each([
    undefined,
    null,
    'x',
    {},
    { bounds: null },
    { bounds: { x: 1, y: 2, width: 'wide', height: 3 } },
    { bounds: { x: Number.NaN, y: 0, width: 1000, height: 700 } },
    { bounds: { x: 0, y: '0', width: 1000, height: 700 } },
    { bounds: { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 700 } },
    { bounds: { x: 0, y: 0, width: 1000, height: null } },
    { bounds: 'x=0' },
  ])('ignores %j', (value) => {
    expect(parseWindowState(value)).toBeUndefined();
  });
});

describe('restorableBounds', () => {
  const onProjector = { bounds: { x: 2000, y: 50, width: 1200, height: 650 }, maximized: false };

  it('reuses bounds on a display that is still connected', () => {
    expect(restorableBounds(onProjector, [laptop, projector])).toEqual(onProjector.bounds);
  });

  it('forgets bounds whose display is gone (projector unplugged)', () => {
    expect(restorableBounds(onProjector, [laptop])).toBeUndefined();
  });

  it('keeps a window with at least 200 × 80 pixels on a screen, on any side, and no less', () => {
    const area = { x: 100, y: 100, width: 1000, height: 800 };
    const shown = (x: number, y: number, width: number, height: number) =>
      restorableBounds({ bounds: { x, y, width, height }, maximized: false }, [area]) !== undefined;
    // Off the left edge, then off the right edge.
    expect(shown(-100, 200, 400, 300)).toBe(true);
    expect(shown(-100, 200, 399, 300)).toBe(false);
    expect(shown(900, 200, 1000, 300)).toBe(true);
    expect(shown(901, 200, 1000, 300)).toBe(false);
    // Off the top, then off the bottom.
    expect(shown(200, 20, 400, 160)).toBe(true);
    expect(shown(200, 20, 400, 159)).toBe(false);
    expect(shown(200, 820, 400, 500)).toBe(true);
    expect(shown(200, 821, 400, 500)).toBe(false);
    // Wholly inside, and larger than the screen on every side.
    expect(shown(300, 300, 400, 300)).toBe(true);
    expect(shown(0, 0, 3000, 2000)).toBe(true);
  });

  it('forgets bounds that only touch a screen by a sliver', () => {
    const sliver = { bounds: { x: 1900, y: 0, width: 1000, height: 700 }, maximized: false };
    expect(restorableBounds(sliver, [laptop])).toBeUndefined();
    expect(restorableBounds(undefined, [laptop])).toBeUndefined();
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'maillage-window-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('round-trips through <userData>/window-state.json', () => {
    const file = windowStatePath(dir);
    expect(file).toBe(join(dir, 'window-state.json'));
    const state = { bounds: { x: 5, y: 6, width: 1300, height: 800 }, maximized: false };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
    // Only the user reads where their windows were.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('treats a missing or damaged file as no state', () => {
    const file = windowStatePath(dir);
    expect(loadWindowState(file)).toBeUndefined();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(loadWindowState(file)).toBeUndefined();
  });

  it('does not throw when the folder cannot be written', () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    saveWindowState(join(dir, 'absent', 'window-state.json'), { bounds: laptop, maximized: true });
    expect(warned).toHaveBeenCalled();
  });
});
