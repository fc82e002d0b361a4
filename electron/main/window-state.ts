import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { editorMinHeight, editorMinWidth } from './window-options.js';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export function windowStatePath(userData: string): string {
  return join(userData, 'window-state.json');
}

function isFiniteNumber(value: unknown): value is number {
  // Number.isFinite is false for anything but a number: no typeof needed.
  return Number.isFinite(value);
}

/** Anything but a well-formed state (a hand-edited or truncated file) is ignored. */
export function parseWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized } = value as { bounds?: Partial<Record<keyof Rectangle, unknown>>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const { x, y, width, height } = bounds;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return undefined;
  return {
    bounds: {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(Math.max(width, editorMinWidth)),
      height: Math.round(Math.max(height, editorMinHeight)),
    },
    maximized: maximized === true,
  };
}

/** Enough of the title bar must stay reachable to grab the window with a mouse. */
const minimumVisible = { width: 200, height: 80 };

/**
 * The saved bounds, when they still overlap a connected display enough to be grabbed: the
 * projector used last time may be unplugged today, and the window must not open off screen.
 */
export function restorableBounds(
  state: WindowState | undefined,
  workAreas: readonly Rectangle[],
): Rectangle | undefined {
  if (!state) return undefined;
  const { bounds } = state;
  const visible = workAreas.some((area) => {
    const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return width >= minimumVisible.width && height >= minimumVisible.height;
  });
  return visible ? bounds : undefined;
}

export function loadWindowState(file: string): WindowState | undefined {
  let saved: unknown;
  try {
    // Stryker disable next-line StringLiteral: JSON.parse reads the Buffer it would get without 'utf8' as UTF-8 text all the same.
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Missing or damaged: no state.
  }
  return parseWindowState(saved);
}

/** Written beside and renamed, so that a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    renameSync(temporary, file);
  } catch (error) {
    console.warn('Maillage : la position de la fenêtre n’a pas pu être enregistrée.', error);
  }
}
