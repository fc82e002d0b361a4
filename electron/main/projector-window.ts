import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { ipcChannel, type ProjectorOpened } from '../../shared/api/bridge.js';
import type { Envelope } from '../../shared/api/errors.js';
import { entityId } from '../../shared/domain/model-schema.js';
import { appEntryUrl } from './app-url.js';
import { type IpcMainLike, type SenderCheck, untrustedSenderError } from './ipc.js';
import { editorWindowOptions } from './window-options.js';

/** The part of Electron's Display used here. */
export interface DisplayLike {
  id: number;
  bounds: Rectangle;
}

/** The part of Electron's BrowserWindow used here, so that tests can pass a fake. */
export interface ProjectorWindowLike {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  getBounds(): Rectangle;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'moved', listener: () => void): unknown;
}

export interface ProjectorDeps {
  displays(): DisplayLike[];
  /** The display showing most of the editor window, when there is one. */
  editorDisplayId(): number | undefined;
  /** The display showing most of a rectangle (Electron's screen.getDisplayMatching). */
  displayMatching(bounds: Rectangle): number;
  createWindow(options: BrowserWindowConstructorOptions): ProjectorWindowLike;
  /** The display the projector was on last time (projector-state.json), if any. */
  loadDisplayId(): number | undefined;
  saveDisplayId(id: number): void;
  preloadPath: string;
  devTools: boolean;
}

export function projectorUrl(workshopId: string): string {
  return `${appEntryUrl}#/projection/${workshopId}`;
}

/**
 * Where the wall goes: the display it was on last time if it is still connected and is not the
 * editor's; else the first display that is not the editor's; else none (one screen only: the
 * projector opens as a window beside the editor, to drag or to mirror).
 */
export function chooseProjectorDisplay(
  displays: readonly DisplayLike[],
  editorDisplayId: number | undefined,
  savedDisplayId: number | undefined,
): DisplayLike | undefined {
  const others = displays.filter((d) => d.id !== editorDisplayId);
  return others.find((d) => d.id === savedDisplayId) ?? others[0];
}

/**
 * The projector window: the editor's web preferences exactly (sandbox, isolation, no Node…),
 * fullscreen on the chosen display, or a plain 1280×720 window when there is only one display.
 */
export function projectorWindowOptions(
  display: DisplayLike | undefined,
  input: { preloadPath: string; devTools: boolean },
): BrowserWindowConstructorOptions {
  const base = editorWindowOptions({
    preloadPath: input.preloadPath,
    bounds: display ? display.bounds : undefined,
    devTools: input.devTools,
  });
  return {
    ...base,
    title: 'Maillage — mur',
    ...(display ? {} : { width: 1280, height: 720 }),
    minWidth: 320,
    minHeight: 240,
    backgroundColor: '#ffffff',
    fullscreen: display !== undefined,
    autoHideMenuBar: true,
  };
}

const openSchema = entityId;

/**
 * « Projeter » on the desktop: one projector window at a time (asked again, it shows the new
 * workshop and comes forward), placed by chooseProjectorDisplay, remembering its display when
 * moved or closed. The page names only the workshop; the address is built here.
 */
export function createProjectorOpener(deps: ProjectorDeps): (workshopId: string) => ProjectorOpened {
  let window: ProjectorWindowLike | undefined;
  let display: DisplayLike | undefined;
  const remember = (win: ProjectorWindowLike) => {
    if (!win.isDestroyed()) deps.saveDisplayId(deps.displayMatching(win.getBounds()));
  };
  return (workshopId) => {
    const url = projectorUrl(workshopId);
    if (window && !window.isDestroyed()) {
      window.loadURL(url).catch((error: unknown) => console.error('Maillage : mur non chargé', error));
      window.show();
      window.focus();
      return { display: display ? 'second' : 'same' };
    }
    display = chooseProjectorDisplay(deps.displays(), deps.editorDisplayId(), deps.loadDisplayId());
    const created = deps.createWindow(
      projectorWindowOptions(display, { preloadPath: deps.preloadPath, devTools: deps.devTools }),
    );
    window = created;
    created.once('ready-to-show', () => created.show());
    // No 'closed' listener: a closed window is destroyed, and the next « Projeter » replaces it.
    created.on('moved', () => remember(created));
    created.loadURL(url).catch((error: unknown) => console.error('Maillage : mur non chargé', error));
    if (display) deps.saveDisplayId(display.id);
    return { display: display ? 'second' : 'same' };
  };
}

/** The IPC entry of « Projeter »: checked sender, checked id, then the opener. */
export function registerProjector(
  ipcMain: IpcMainLike,
  open: (workshopId: string) => ProjectorOpened,
  trusted: SenderCheck,
): () => void {
  ipcMain.handle(ipcChannel.openProjector, (event, input): Envelope<ProjectorOpened> => {
    if (!trusted(event)) return { ok: false, error: untrustedSenderError };
    const parsed = openSchema.safeParse((input as { workshopId?: unknown } | null)?.workshopId);
    if (!parsed.success) {
      return { ok: false, error: { code: 'validation', message: 'Atelier inconnu\u00a0: le mur n’a pas été ouvert.' } };
    }
    try {
      return { ok: true, result: open(parsed.data) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `La fenêtre du mur n’a pas pu s’ouvrir (${reason}). Réessayez «\u00a0Projeter\u00a0».`,
        },
      };
    }
  });
  return () => ipcMain.removeHandler(ipcChannel.openProjector);
}

export function projectorStatePath(userData: string): string {
  return join(userData, 'projector-state.json');
}

export function loadProjectorDisplayId(file: string): number | undefined {
  let id: unknown;
  try {
    id = (JSON.parse(readFileSync(file, 'utf8')) as { displayId?: unknown }).displayId;
  } catch {
    // Missing or damaged: no display remembered.
  }
  return Number.isInteger(id) ? (id as number) : undefined;
}

/** Written beside and renamed, as the editor's window state. */
export function saveProjectorDisplayId(file: string, displayId: number): void {
  try {
    writeFileSync(`${file}.tmp`, `${JSON.stringify({ displayId })}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.warn('Maillage : l’écran du mur n’a pas pu être enregistré.', error);
  }
}
