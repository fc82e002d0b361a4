// Electron main process: lifecycle and wiring only. Every decision lives in a small module of
// this folder that takes what it needs as parameters and is unit-tested without Electron.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { ipcChannel, type MenuCommand } from '../../shared/api/bridge.js';
import { type Core, createCore } from '../core/create-core.js';
import { productName } from '../core/data-dir.js';
import { NativeBindingError } from '../core/database/open-database.js';
import { DatabaseInUseError } from '../core/database/writer-lock.js';
import { appVersion } from '../core/version.js';
import { appPaths } from './app-paths.js';
import { appEntryUrl, appOrigin, appScheme } from './app-url.js';
import { closeDialogOptions, closeGuard, UnsavedReports } from './close-guard.js';
import { forwardCoreEvents, isTrustedSender, registerIpc } from './ipc.js';
import { buildMenuTemplate, type MenuLanguage, menuLanguageOf } from './menu.js';
import {
  databaseInUseErrorText,
  type ErrorText,
  nativeBindingErrorText,
  resolveNativeBinding,
  startupErrorText,
} from './native-binding.js';
import { maillageFileIn, openMaillageFile } from './opened-file.js';
import { electronPdfPrinter, printWindowOptions } from './pdf-printer.js';
import {
  createProjectorOpener,
  loadProjectorDisplayId,
  projectorStatePath,
  registerProjector,
  saveProjectorDisplayId,
} from './projector-window.js';
import { appSchemePrivileges, serveAppRequest } from './protocol.js';
import { registerSaveFile, writeFileAtomic } from './save-file.js';
import { externalOrigins, hardenSession, hardenWebContents } from './security.js';
import { editorWindowOptions } from './window-options.js';
import { loadWindowState, restorableBounds, saveWindowState, windowStatePath } from './window-state.js';

const { preloadPath, rendererDir, projectRoot, iconPath, fontDir } = appPaths(
  fileURLToPath(new URL('.', import.meta.url)),
  { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath },
);

/** The start script waits for this line to know that Electron really started. */
const readyLine = 'MAILLAGE_READY';

const hardenOptions = {
  appOrigin,
  allowedExternalOrigins: externalOrigins,
  openExternal: (url: string) => shell.openExternal(url),
};

// Before anything reads userData: both modes (desktop, browser) share …/Maillage.
app.setName(productName);
if (process.platform === 'win32') app.setAppUserModelId('fr.maillage.app');
// Must run before ready, and only once for all schemes.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

let core: Core | undefined;
let editor: BrowserWindow | undefined;
/** Set from the system's locale in start(), before any menu, window or dialog exists. */
let language: MenuLanguage;
let announced = false;
const disposers: (() => void)[] = [];
/** What each page says of its edits not yet saved: the editor's close waits for them. */
const unsaved = new UnsavedReports(ipcMain, isTrustedSender(appOrigin));

function fail(text: ErrorText, error: unknown): void {
  console.error(error);
  console.error(`${text.title}\n${text.content}`);
  // Last, on one line: the start script quotes the last line of stderr.
  console.error(`Maillage : ${text.summary}`);
  dialog.showErrorBox(text.title, text.content);
  app.exit(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function appWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((window) => !window.isDestroyed());
}

function sendMenuCommand(command: MenuCommand): void {
  if (command === 'language.fr' || command === 'language.en') {
    language = command === 'language.fr' ? 'fr' : 'en';
    installMenu();
    // Every view (editor, projector) switches language together.
    for (const window of appWindows()) window.webContents.send(ipcChannel.menu, command);
    return;
  }
  const target = BrowserWindow.getFocusedWindow() ?? editor;
  target?.webContents.send(ipcChannel.menu, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: language === 'fr' ? 'À propos de Maillage' : 'About Maillage',
    message: `Maillage ${appVersion}`,
    detail:
      language === 'fr'
        ? 'Cartographier en atelier les coopérations autour des enfants et des familles.'
        : 'Mapping, in a workshop, how local actors cooperate around children and families.',
  };
  const shown = editor ? dialog.showMessageBox(editor, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('Maillage : fenêtre « À propos » impossible', error));
}

function installMenu(): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    appName: productName,
    developer: !app.isPackaged,
    onCommand: sendMenuCommand,
    onAbout: showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function announceReady(): void {
  if (announced) return;
  announced = true;
  // A GUI app started without a console may have no usable stdout: a failed write must not crash it.
  process.stdout.once('error', () => undefined);
  process.stdout.write(`${readyLine}\n`);
}

function createEditorWindow(): BrowserWindow {
  const stateFile = windowStatePath(app.getPath('userData'));
  const saved = loadWindowState(stateFile);
  const bounds = restorableBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    editorWindowOptions({
      preloadPath,
      bounds,
      iconPath: !app.isPackaged && existsSync(iconPath) ? iconPath : undefined,
      devTools: !app.isPackaged,
    }),
  );

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  const pageId = window.webContents.id;
  window.on(
    'close',
    closeGuard(
      {
        unsaved: () => unsaved.count(pageId),
        saved: (ms) => unsaved.saved(pageId, ms),
        ask: async (count) => {
          const { options, choices } = closeDialogOptions(count, language);
          const { response } = await dialog.showMessageBox(window, options);
          return choices[response] ?? 'stay';
        },
      },
      () => window.close(),
    ),
  );
  window.on('closed', () => {
    if (editor === window) editor = undefined;
  });
  window.webContents.once('did-finish-load', announceReady);
  window.webContents.on('did-fail-load', (_event, code, description, url) => {
    console.error(`Maillage : la page « ${url} » n’a pas pu être chargée (${code} ${description}).`);
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Maillage : la page s’est arrêtée (${details.reason}, code ${details.exitCode}).`);
    // Its queue went with it: nothing is left for a close to wait for.
    unsaved.forget(pageId);
  });

  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error('Maillage : chargement de l’interface impossible', error);
  });
  editor = window;
  return window;
}

/** A .maillage file the system asked to open before the app could (launch argument, macOS open-file). */
let pendingFile: string | undefined = maillageFileIn(process.argv);

/** Imports a .maillage file given by the system as a new workshop and shows it in the editor. */
function openFile(path: string): void {
  if (!core) {
    pendingFile = path;
    return;
  }
  // macOS keeps the app running with no window: the file still opens, in a new editor.
  if (!editor) createEditorWindow();
  openMaillageFile(core, path, {
    size: async (file) => (await stat(file)).size,
    read: (file) => readFile(file, 'utf8'),
  })
    .then((opened) => {
      if (opened.ok) return editor?.loadURL(`${appEntryUrl}#/atelier/${opened.workshop.id}`);
      dialog.showErrorBox(language === 'fr' ? 'Ouverture impossible' : 'Cannot open the file', opened.message);
      return undefined;
    })
    .catch((error: unknown) => console.error('Maillage : ouverture du fichier impossible', error));
}

function focusEditor(): void {
  if (!editor) {
    if (core) createEditorWindow();
    return;
  }
  if (editor.isMinimized()) editor.restore();
  editor.show();
  editor.focus();
}

function start(): void {
  hardenSession(session.defaultSession, appOrigin);

  const dataDir = app.getPath('userData');
  const nativeBinding = resolveNativeBinding({ isPackaged: app.isPackaged, appRoot: projectRoot, exists: existsSync });
  try {
    core = createCore({
      dataDir,
      nativeBinding,
      // Summaries print through Electron's own Chromium; pictures use the fonts shipped with the app.
      printPdf: electronPdfPrinter({
        createWindow: () => new BrowserWindow(printWindowOptions),
        makeTempDir: () => mkdtemp(join(app.getPath('temp'), 'maillage-pdf-')),
        writeFile: (path, text) => writeFile(path, text, { mode: 0o600 }),
        removeDir: (path) => rm(path, { recursive: true, force: true }),
      }),
      fontDir,
    });
  } catch (error) {
    const text =
      error instanceof NativeBindingError
        ? nativeBindingErrorText(app.isPackaged, messageOf(error))
        : error instanceof DatabaseInUseError
          ? databaseInUseErrorText(error.message)
          : startupErrorText(dataDir, messageOf(error));
    fail(text, error);
    return;
  }

  protocol.handle(appScheme, async (request) => {
    const answer = await serveAppRequest(
      { url: request.url, method: request.method },
      rendererDir,
      readFile,
      appOrigin,
    );
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
  disposers.push(registerIpc(ipcMain, core, isTrustedSender(appOrigin)));
  disposers.push(
    registerSaveFile(
      ipcMain,
      {
        // The person just clicked « Exporter » in the focused window: the dialog belongs to it.
        showSaveDialog: (_event, options) => {
          const owner = BrowserWindow.getFocusedWindow() ?? editor;
          return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
        },
        writeFileAtomic,
        defaultDir: () => app.getPath('documents'),
        dataDirs: () => [dataDir],
        join,
      },
      isTrustedSender(appOrigin),
    ),
  );
  const projectorState = projectorStatePath(app.getPath('userData'));
  disposers.push(
    registerProjector(
      ipcMain,
      createProjectorOpener({
        displays: () => screen.getAllDisplays(),
        editorDisplayId: () => (editor ? screen.getDisplayMatching(editor.getBounds()).id : undefined),
        displayMatching: (bounds) => screen.getDisplayMatching(bounds).id,
        createWindow: (options) => new BrowserWindow(options),
        loadDisplayId: () => loadProjectorDisplayId(projectorState),
        saveDisplayId: (id) => saveProjectorDisplayId(projectorState, id),
        preloadPath,
        devTools: !app.isPackaged,
      }),
      isTrustedSender(appOrigin),
    ),
  );
  disposers.push(forwardCoreEvents(core, () => appWindows().map((window) => window.webContents), appOrigin));

  language = menuLanguageOf(app.getLocale());
  installMenu();
  createEditorWindow();
  if (pendingFile) {
    const file = pendingFile;
    pendingFile = undefined;
    openFile(file);
  }
}

function shutdown(): void {
  for (const dispose of disposers.splice(0)) dispose();
  unsaved.dispose();
  core?.close();
  core = undefined;
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing the same SQLite file would fight; the first one is brought forward.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusEditor();
    // Double-clicking a .maillage file while Maillage runs starts a second instance carrying it.
    const file = maillageFileIn(argv);
    if (file) openFile(file);
  });
  // macOS hands files over by event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  // Every web contents, including any created later, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, hardenOptions));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && appWindows().length === 0) createEditorWindow();
  });
  app.on('will-quit', shutdown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(startupErrorText(app.getPath('userData'), messageOf(error)), error));
}
