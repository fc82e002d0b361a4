import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const editorMinWidth = 960;
export const editorMinHeight = 600;
/** Painted before the first frame, so that a projector never flashes: the page's own --fond (app.css). */
export const editorBackground = '#f4f5f7';

export interface EditorWindowInput {
  preloadPath: string;
  /** Saved bounds that still fit on a screen; centred default size otherwise. */
  bounds?: Rectangle;
  /** Linux and Windows show it in the task bar of a development run. */
  iconPath?: string;
  devTools: boolean;
}

/**
 * The editor window. Every web preference that could hand Node or another origin to the page
 * is set explicitly, even where it is already Electron's default, so a future default change
 * or a copy-paste cannot weaken it silently.
 */
export function editorWindowOptions(input: EditorWindowInput): BrowserWindowConstructorOptions {
  return {
    title: 'Maillage',
    width: input.bounds?.width ?? 1280,
    height: input.bounds?.height ?? 800,
    ...(input.bounds ? { x: input.bounds.x, y: input.bounds.y } : { center: true }),
    minWidth: editorMinWidth,
    minHeight: editorMinHeight,
    backgroundColor: editorBackground,
    // Shown on ready-to-show, once the page has painted.
    show: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
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
      // Chromium's spellchecker downloads dictionaries: nothing may leave the machine.
      spellcheck: false,
      devTools: input.devTools,
    },
  };
}
