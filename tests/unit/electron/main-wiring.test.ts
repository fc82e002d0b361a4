import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/web-security.js';
import { untrustedSenderError } from '../../../electron/main/ipc.js';
import { externalOrigins } from '../../../electron/main/security.js';
import { ipcChannel } from '../../../shared/api/bridge.js';
import { newActor } from '../../../shared/domain/model.js';
import { FakeWebContents } from './fake-electron.js';
import { type MainRun, settle, startMain, stopAll, until } from './main-harness.js';

/**
 * What index.ts wires between Electron and the tested modules, checked through the fake
 * Electron: every IPC entry refuses a frame that is not the app's, the page is served with its
 * CSP, the session and every web contents are hardened, and nothing opens outside.
 */

const hostile = 'https://app.attacker.example/';

afterEach(() => {
  stopAll();
  vi.restoreAllMocks();
});

function quiet() {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

async function readyMain(options: Parameters<typeof startMain>[0] = {}): Promise<MainRun> {
  const run = await startMain(options);
  await run.ready();
  return run;
}

async function createWorkshop(run: MainRun, title = 'Atelier'): Promise<string> {
  const answer = (await run.invoke(ipcChannel.invoke('workshop.create'), { title })) as { result: { id: string } };
  return answer.result.id;
}

describe('IPC: only the app’s own pages', () => {
  it('runs a method for the app’s page and refuses any other frame, or none, writing nothing', async () => {
    const run = await readyMain();
    const channel = ipcChannel.invoke('workshop.create');
    expect(await run.invoke(channel, { title: 'Atelier du jeudi' })).toMatchObject({
      ok: true,
      result: { title: 'Atelier du jeudi' },
    });
    for (const url of [hostile, 'file:///etc/passwd', null]) {
      expect(await run.invoke(channel, { title: 'Intrus' }, url)).toEqual({ ok: false, error: untrustedSenderError });
    }
    const list = (await run.invoke(ipcChannel.invoke('workshop.list'), {})) as { result: { title: string }[] };
    expect(list.result.map((w) => w.title)).toEqual(['Atelier du jeudi']);
  });

  it('« Enregistrer sous » asks a frame of another origin nothing and writes nothing', async () => {
    const target = join('/tmp', `maillage-never-${process.pid}.txt`);
    const run = await readyMain({ saveDialog: () => ({ canceled: false, filePath: target }) });
    const file = { fileName: 'x.txt', mimeType: 'text/plain', base64: Buffer.from('intrus').toString('base64') };
    for (const url of [hostile, null]) {
      expect(await run.invoke(ipcChannel.saveFile, file, url)).toEqual({ ok: false, error: untrustedSenderError });
    }
    expect(run.fake.state.saveDialogs).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });

  it('« Enregistrer sous » from the app: the dialog opens in Documents, owned by the focused window, and the file is written', async () => {
    let path = '';
    const run = await readyMain({
      saveDialog: () => {
        path = join(run.home, 'Documents', 'synthese.docx');
        return { canceled: false, filePath: path };
      },
    });
    run.editor().focus();
    const bytes = Buffer.from('PK synthèse');
    const answer = await run.invoke(ipcChannel.saveFile, {
      fileName: 'synthese.docx',
      mimeType: 'application/octet-stream',
      base64: bytes.toString('base64'),
    });
    expect(answer).toEqual({ ok: true, result: { saved: true, path } });
    expect(readFileSync(path)).toEqual(bytes);
    expect(run.fake.state.saveDialogs).toHaveLength(1);
    expect(run.fake.state.saveDialogs[0]?.owner).toBe(run.editor());
    expect(run.fake.state.saveDialogs[0]?.options).toMatchObject({
      defaultPath: join(run.home, 'Documents', 'synthese.docx'),
    });
  });

  it('« Enregistrer sous » with no window focused belongs to the editor; with no window at all, to none', async () => {
    const run = await readyMain();
    const file = { fileName: 'a.csv', mimeType: 'text/csv', base64: '' };
    await run.invoke(ipcChannel.saveFile, file);
    expect(run.fake.state.saveDialogs[0]?.owner).toBe(run.editor());
    run.editor().close();
    await run.invoke(ipcChannel.saveFile, file);
    expect(run.fake.state.saveDialogs[1]?.owner).toBeUndefined();
  });

  it('« Enregistrer sous » never writes into Maillage’s own data folder', async () => {
    let target = '';
    const run = await readyMain({
      saveDialog: () => {
        target = join(run.userData, 'export.csv');
        return { canceled: false, filePath: target };
      },
    });
    const answer = await run.invoke(ipcChannel.saveFile, { fileName: 'export.csv', mimeType: 'text/csv', base64: '' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(existsSync(target)).toBe(false);
  });

  it('the wall goes back to the display remembered from last time', async () => {
    const screens = [0, 1440, 2720].map((x, i) => ({
      id: i + 1,
      bounds: { x, y: 0, width: 1280, height: 720 },
      workArea: { x, y: 0, width: 1280, height: 720 },
    }));
    const run = await readyMain({ displays: screens });
    writeFileSync(join(run.userData, 'projector-state.json'), '{"displayId":3}\n');
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    expect(run.fake.state.windows[1]?.options).toMatchObject({ x: 2720, fullscreen: true });
  });

  it('« Projeter » from another origin opens no window', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    for (const url of [hostile, null]) {
      expect(await run.invoke(ipcChannel.openProjector, { workshopId }, url)).toEqual({
        ok: false,
        error: untrustedSenderError,
      });
    }
    expect(run.fake.state.windows).toHaveLength(1);
  });

  it('« Projeter » from the app opens the wall, sandboxed like the editor, with the same preload', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    expect(await run.invoke(ipcChannel.openProjector, { workshopId })).toEqual({
      ok: true,
      result: { display: 'same' },
    });
    const wall = run.fake.state.windows[1];
    expect(wall?.webContents.url).toBe(`maillage://app/index.html#/projection/${workshopId}`);
    expect(wall?.options.webPreferences).toEqual(run.editor().options.webPreferences);
  });

  it('the wall goes to the display that is not the editor’s, and remembers it', async () => {
    const laptop = {
      id: 7,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 0, width: 1440, height: 860 },
    };
    const projector = {
      id: 9,
      bounds: { x: 1440, y: 0, width: 1280, height: 720 },
      workArea: { x: 1440, y: 0, width: 1280, height: 720 },
    };
    const run = await readyMain({ displays: [laptop, projector] });
    const workshopId = await createWorkshop(run);
    expect(await run.invoke(ipcChannel.openProjector, { workshopId })).toEqual({
      ok: true,
      result: { display: 'second' },
    });
    expect(run.fake.state.windows[1]?.options).toMatchObject({ x: 1440, y: 0, fullscreen: true });
    expect(JSON.parse(readFileSync(join(run.userData, 'projector-state.json'), 'utf8'))).toEqual({ displayId: 9 });
    // Dragged back onto the laptop's screen: remembered there.
    const wall = run.fake.state.windows[1];
    if (!wall) throw new Error('no wall');
    wall.bounds = { x: 100, y: 100, width: 800, height: 600 };
    wall.emit('moved');
    expect(JSON.parse(readFileSync(join(run.userData, 'projector-state.json'), 'utf8'))).toEqual({ displayId: 7 });
  });

  it('with the editor closed, « Projeter » still opens the wall, on the first display', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    run.editor().close();
    expect(await run.invoke(ipcChannel.openProjector, { workshopId })).toEqual({
      ok: true,
      result: { display: 'second' },
    });
    expect(run.fake.state.windows.at(-1)?.webContents.url).toBe(`maillage://app/index.html#/projection/${workshopId}`);
  });

  it('the editor on the second display: the wall takes the first', async () => {
    const laptop = {
      id: 7,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 0, width: 1440, height: 860 },
    };
    const projector = {
      id: 9,
      bounds: { x: 1440, y: 0, width: 1280, height: 720 },
      workArea: { x: 1440, y: 0, width: 1280, height: 720 },
    };
    const run = await readyMain({ displays: [laptop, projector] });
    run.editor().bounds = { x: 1500, y: 20, width: 1000, height: 650 };
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    expect(run.fake.state.windows[1]?.options).toMatchObject({ x: 0, y: 0, fullscreen: true });
  });
});

describe('the app’s pages', () => {
  it('are served from the app scheme with the CSP and security headers; nothing outside the renderer folder', async () => {
    quiet();
    const run = await readyMain();
    const serve = run.fake.state.protocolHandlers.get('maillage');
    if (!serve) throw new Error('no handler for maillage://');
    // The renderer is built beside the main bundle; in this source tree it is absent: 404.
    const page = await serve({ url: 'maillage://app/index.html', method: 'GET' });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The folder above the renderer holds the main process's own sources: never served.
    for (const url of ['maillage://app/main/index.ts', 'maillage://app/..%2fmain%2findex.ts']) {
      expect((await serve({ url, method: 'GET' })).status).toBe(404);
    }
    const post = await serve({ url: 'maillage://app/index.html', method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await post.text()).toBe('Méthode non permise.');
  });

  it('every web contents, windows made later included, stays on the app: no navigation, no new window, no webview', async () => {
    quiet();
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    for (const window of run.fake.state.windows) {
      const contents = window.webContents;
      let prevented = 0;
      const preventDefault = () => {
        prevented += 1;
      };
      contents.emit('will-navigate', { url: hostile, preventDefault });
      contents.emit('will-frame-navigate', { url: hostile, preventDefault });
      contents.emit('will-redirect', { url: hostile, preventDefault });
      contents.emit('will-attach-webview', { preventDefault });
      contents.emit('will-navigate', { url: 'maillage://app/index.html#/ateliers', preventDefault });
      expect(prevented).toBe(4);
      expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    }
    // The allow-list of the system browser is empty: no link ever leaves the app. An entry
    // there would be a way out for the workshop's data: adding one must change this test.
    expect(run.fake.state.openedExternally).toEqual([]);
    expect(externalOrigins).toEqual([]);
  });

  it('hands an allowed https link to the system browser, through shell.openExternal', async () => {
    quiet();
    const securityPath = '../../../electron/main/security.js';
    const run = await readyMain({
      mocks: {
        [securityPath]: async () => ({
          ...(await vi.importActual<object>(securityPath)),
          externalOrigins: ['https://maillage.example'],
        }),
      },
    });
    run.editor().webContents.windowOpenHandler?.({ url: 'https://maillage.example/aide' });
    expect(run.fake.state.openedExternally).toEqual(['https://maillage.example/aide']);
  });

  it('the session cancels every request to the network and refuses permissions outside the app', async () => {
    quiet();
    const run = await readyMain();
    const { session } = run.fake.state;
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      session.onBeforeRequest?.({ url }, (response) => {
        answer = response.cancel;
      });
      return answer;
    };
    expect(cancelled('https://cdn.example/x.js')).toBe(true);
    expect(cancelled('maillage://app/assets/app.js')).toBe(false);
    const granted = (permission: string, requestingUrl: string) => {
      let answer: boolean | undefined;
      session.permissionRequest?.(
        {},
        permission,
        (value) => {
          answer = value;
        },
        { requestingUrl },
      );
      return answer;
    };
    expect(granted('fullscreen', 'maillage://app/index.html')).toBe(true);
    expect(granted('fullscreen', hostile)).toBe(false);
    expect(granted('geolocation', 'maillage://app/index.html')).toBe(false);
    expect(session.permissionCheck?.({}, 'clipboard-sanitized-write', 'maillage://app')).toBe(true);
    expect(session.permissionCheck?.({}, 'media', 'maillage://app')).toBe(false);
    expect(session.device?.()).toBe(false);
  });
});

describe('closing the editor with edits not yet saved', () => {
  it('keeps the window open until the page says all are saved, then closes it', async () => {
    const run = await readyMain();
    const editor = run.editor();
    run.send(ipcChannel.unsaved, editor.webContents, editor.webContents.url, 2);
    editor.close();
    expect(editor.isDestroyed()).toBe(false);
    run.send(ipcChannel.unsaved, editor.webContents, editor.webContents.url, 0);
    await until(() => editor.isDestroyed());
    expect(run.fake.state.messageBoxes).toEqual([]);
  });

  it('hears only the app’s own pages: a count from another origin holds nothing back', async () => {
    const run = await readyMain();
    const editor = run.editor();
    run.send(ipcChannel.unsaved, editor.webContents, hostile, 5);
    editor.close();
    expect(editor.isDestroyed()).toBe(true);
  });

  it('a page that crashed has nothing left to wait for', async () => {
    quiet();
    const run = await readyMain();
    const editor = run.editor();
    run.send(ipcChannel.unsaved, editor.webContents, editor.webContents.url, 3);
    editor.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    editor.close();
    expect(editor.isDestroyed()).toBe(true);
  });

  it('still waiting after a while: asks in French over the editor, and « Fermer sans enregistrer » closes', async () => {
    const run = await readyMain({
      messageBox: (options) => options.buttons?.indexOf('Fermer sans enregistrer') ?? -1,
    });
    const editor = run.editor();
    run.send(ipcChannel.unsaved, editor.webContents, editor.webContents.url, 1);
    editor.close();
    await until(() => editor.isDestroyed());
    expect(run.fake.state.messageBoxes).toEqual([
      {
        owner: editor,
        options: expect.objectContaining({
          title: 'Modifications non enregistrées',
          message: '1\u00a0modification attend encore d’être enregistrée.',
        }),
      },
    ]);
  });
});

describe('the close dialog answered oddly', () => {
  it('an answer that is no button keeps the window, even once the edits are saved', async () => {
    const run = await readyMain({ messageBox: () => 7 });
    const editor = run.editor();
    run.send(ipcChannel.unsaved, editor.webContents, editor.webContents.url, 1);
    editor.close();
    await until(() => run.fake.state.messageBoxes.length === 1);
    await settle();
    run.send(ipcChannel.unsaved, editor.webContents, editor.webContents.url, 0);
    await settle();
    expect(editor.isDestroyed()).toBe(false);
  });
});

describe('events and menus', () => {
  it('sends each committed change to every open view of the app, and to no other page', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    const [editor, wall] = run.fake.state.windows;
    if (!editor || !wall) throw new Error('two windows expected');
    const stranger = new run.fake.module.BrowserWindow({});
    await stranger.loadURL(hostile);
    const closed = new run.fake.module.BrowserWindow({});
    await closed.loadURL('maillage://app/index.html');
    closed.destroy();
    const applied = await run.invoke(ipcChannel.invoke('map.apply'), {
      workshopId,
      origin: 'test',
      ops: [
        { type: 'actor.add', actor: newActor({ id: 'a1', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }) },
      ],
    });
    expect(applied).toMatchObject({ ok: true });
    for (const view of [editor, wall]) {
      expect(view.webContents.sentOn(ipcChannel.event)).toContainEqual(
        expect.objectContaining({ type: 'map.changed' }),
      );
    }
    expect(stranger.webContents.sentOn(ipcChannel.event)).toEqual([]);
    expect(closed.webContents.sentOn(ipcChannel.event)).toEqual([]);
  });

  it('a menu command goes to the focused window, or to the editor when none is', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    const [editor, wall] = run.fake.state.windows;
    if (!editor || !wall) throw new Error('two windows expected');
    const item = (label: string, id: string) =>
      run.fake.state.menu?.template.find((m) => m.label === label)?.submenu?.find((m) => m.id === id);
    item('Fichier', 'workshop.new')?.click?.();
    expect(editor.webContents.sentOn(ipcChannel.menu)).toEqual(['workshop.new']);
    wall.focus();
    item('Édition', 'map.find')?.click?.();
    expect(wall.webContents.sentOn(ipcChannel.menu)).toEqual(['map.find']);
    expect(editor.webContents.sentOn(ipcChannel.menu)).toEqual(['workshop.new']);
  });

  it('choosing English switches every view and rebuilds the menu in English', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    const language = () =>
      run.fake.state.menu?.template
        .find((m) => m.label === 'Affichage' || m.label === 'View')
        ?.submenu?.find((m) => m.label === 'Langue' || m.label === 'Language');
    language()
      ?.submenu?.find((m) => m.id === 'language.en')
      ?.click?.();
    for (const window of run.fake.state.windows)
      expect(window.webContents.sentOn(ipcChannel.menu)).toEqual(['language.en']);
    expect(run.fake.state.menu?.template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    language()
      ?.submenu?.find((m) => m.id === 'language.fr')
      ?.click?.();
    expect(run.fake.state.menu?.template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    for (const window of run.fake.state.windows) {
      expect(window.webContents.sentOn(ipcChannel.menu)).toEqual(['language.en', 'language.fr']);
    }
  });

  it('a menu command with no window left goes nowhere, and breaks nothing', async () => {
    const run = await readyMain();
    run.editor().close();
    const item = run.fake.state.menu?.template
      .find((m) => m.label === 'Fichier')
      ?.submenu?.find((m) => m.id === 'workshop.new');
    expect(() => item?.click?.()).not.toThrow();
  });

  it('a language switch reaches only the windows still alive, even if Electron still lists one being destroyed', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run);
    await run.invoke(ipcChannel.openProjector, { workshopId });
    const [editor, wall] = run.fake.state.windows;
    if (!editor || !wall) throw new Error('two windows expected');
    wall.destroy();
    vi.spyOn(run.fake.module.BrowserWindow, 'getAllWindows').mockImplementation(() => [...run.fake.state.windows]);
    const english = run.fake.state.menu?.template
      .find((m) => m.label === 'Affichage')
      ?.submenu?.find((m) => m.label === 'Langue')
      ?.submenu?.find((m) => m.id === 'language.en');
    expect(() => english?.click?.()).not.toThrow();
    expect(editor.webContents.sentOn(ipcChannel.menu)).toEqual(['language.en']);
  });

  it('the menu starts in the system’s language', async () => {
    const english = await readyMain({ locale: 'en-GB' });
    expect(english.fake.state.menu?.template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('« À propos » names the version, in the menu’s language, over the editor', async () => {
    const run = await readyMain();
    const about = () =>
      run.fake.state.menu?.template
        .at(-1)
        ?.submenu?.find((m) => m.id === 'about')
        ?.click?.();
    about();
    expect(run.fake.state.messageBoxes[0]?.owner).toBe(run.editor());
    expect(run.fake.state.messageBoxes[0]?.options).toMatchObject({
      type: 'info',
      title: 'À propos de Maillage',
      message: expect.stringMatching(/^Maillage \d+\.\d+\.\d+/),
      detail: expect.stringContaining('coopérations'),
    });
    run.editor().close();
    const english = await readyMain({ locale: 'en-US' });
    english.editor().close();
    english.fake.state.menu?.template
      .at(-1)
      ?.submenu?.find((m) => m.id === 'about')
      ?.click?.();
    expect(english.fake.state.messageBoxes[0]).toMatchObject({
      owner: undefined,
      options: { title: 'About Maillage', detail: expect.stringContaining('cooperate') },
    });
  });
});

describe('the summary’s PDF on the desktop', () => {
  it('prints in a hidden window without scripts, through a temporary file removed afterwards', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run, 'Synthèse');
    const answer = (await run.invoke(ipcChannel.invoke('workshop.export'), { workshopId, format: 'pdf' })) as {
      ok: boolean;
      result: { base64: string; mimeType: string };
    };
    expect(answer.ok).toBe(true);
    expect(Buffer.from(answer.result.base64, 'base64').toString()).toBe('%PDF-1.7 fake');
    const printer = run.fake.state.windows.at(-1);
    expect(printer?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(printer?.isDestroyed()).toBe(true);
    const [printed] = printer?.webContents.loadedFiles ?? [];
    expect(printed).toMatch(new RegExp(`^${join(run.home, 'tmp', 'maillage-pdf-')}[^/]+/synthese\\.html$`));
    expect(readdirSync(join(run.home, 'tmp'))).toEqual([]);
  });

  it('writes the temporary page for its owner only, and prints even if the system emptied the folder meanwhile', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run, 'Privé');
    const modes: number[] = [];
    const load = FakeWebContents.prototype.loadFile;
    vi.spyOn(FakeWebContents.prototype, 'loadFile').mockImplementation(function (this: FakeWebContents, path) {
      modes.push(statSync(path).mode & 0o777);
      // A temporary-files cleaner runs between the load and the print.
      rmSync(dirname(path), { recursive: true, force: true });
      return load.call(this, path);
    });
    const answer = (await run.invoke(ipcChannel.invoke('workshop.export'), { workshopId, format: 'pdf' })) as {
      ok: boolean;
    };
    expect(answer.ok).toBe(true);
    expect(modes).toEqual([0o600]);
    expect(readdirSync(join(run.home, 'tmp'))).toEqual([]);
  });

  it('draws the map picture with the fonts shipped beside the app', async () => {
    const run = await readyMain();
    const workshopId = await createWorkshop(run, 'Image');
    const answer = (await run.invoke(ipcChannel.invoke('workshop.export'), { workshopId, format: 'png' })) as {
      ok: boolean;
    };
    expect(answer.ok).toBe(true);
  });
});

describe('a .maillage file the system asks to open', () => {
  async function exported(run: MainRun, title: string): Promise<string> {
    const workshopId = await createWorkshop(run, title);
    const answer = (await run.invoke(ipcChannel.invoke('workshop.exportMaillage'), { id: workshopId })) as {
      result: { text: string };
    };
    const path = join(run.home, `${title}.maillage`);
    writeFileSync(path, answer.result.text);
    return path;
  }

  it('given at launch, is imported once the app is ready and shown in the editor', async () => {
    const source = await readyMain();
    const path = await exported(source, 'Reçu au lancement');
    const run = await startMain({ argv: ['maillage', '--flag', path] });
    await run.ready();
    await until(() => run.editor().webContents.url.includes('#/atelier/'));
    const list = (await run.invoke(ipcChannel.invoke('workshop.list'), {})) as {
      result: { id: string; title: string }[];
    };
    expect(list.result.map((w) => w.title)).toEqual(['Reçu au lancement']);
    expect(run.editor().webContents.url).toBe(`maillage://app/index.html#/atelier/${list.result[0]?.id}`);
  });

  it('given to a second instance: the editor comes forward and shows it', async () => {
    const run = await readyMain();
    const path = await exported(run, 'Par double-clic');
    run.editor().minimized = true;
    run.fake.app.emit('second-instance', {}, ['maillage', path]);
    const editor = run.editor();
    await until(() => editor.webContents.url.includes('#/atelier/'));
    expect(editor.restored).toBe(1);
    expect(editor.shown).toBe(true);
    expect(editor.focusCount).toBe(1);
    const list = (await run.invoke(ipcChannel.invoke('workshop.list'), {})) as { result: { id: string }[] };
    expect(list.result).toHaveLength(2);
    expect(editor.webContents.url).toMatch(/#\/atelier\/.+/);
  });

  it('a second instance before the app is ready waits for it: no window yet', async () => {
    const run = await startMain();
    expect(() => run.fake.app.emit('second-instance', {}, ['maillage'])).not.toThrow();
    expect(run.fake.state.windows).toEqual([]);
    await run.ready();
    expect(run.fake.state.windows).toHaveLength(1);
  });

  it('a second instance without a file only brings the editor forward, or opens one if it was closed', async () => {
    const run = await readyMain();
    run.fake.app.emit('second-instance', {}, ['maillage']);
    await settle();
    await settle();
    expect(run.fake.state.errorBoxes).toEqual([]);
    expect(run.editor().restored).toBe(0);
    expect(run.editor().focusCount).toBe(1);
    run.editor().close();
    run.fake.app.emit('second-instance', {}, ['maillage']);
    expect(run.fake.state.windows.filter((w) => !w.isDestroyed())).toHaveLength(1);
  });

  it('handed over by macOS before ready: kept, then opened; a damaged one says why in a box', async () => {
    quiet();
    const run = await startMain();
    const damaged = join(run.home, 'abime.maillage');
    writeFileSync(damaged, '{ pas du json');
    let prevented = false;
    run.fake.app.emit('open-file', { preventDefault: () => (prevented = true) }, damaged);
    expect(prevented).toBe(true);
    await run.ready();
    await until(() => run.fake.state.errorBoxes.length > 0);
    expect(run.fake.state.errorBoxes).toHaveLength(1);
    expect(run.fake.state.errorBoxes[0]?.title).toBe('Ouverture impossible');
    expect(run.editor().webContents.url).toBe('maillage://app/index.html');
  });

  it('handed over by macOS with every window closed: an editor opens and shows it', async () => {
    const run = await readyMain();
    const path = await exported(run, 'Sans fenêtre');
    run.editor().close();
    run.fake.app.emit('open-file', { preventDefault: () => undefined }, path);
    await until(() => run.fake.state.windows.some((w) => !w.isDestroyed() && w.webContents.url.includes('#/atelier/')));
    expect(run.fake.state.windows.filter((w) => !w.isDestroyed())).toHaveLength(1);
  });

  it('given while the editor is open, it opens there, in no second window', async () => {
    const run = await readyMain();
    const path = await exported(run, 'Une fenêtre');
    run.fake.app.emit('open-file', { preventDefault: () => undefined }, path);
    await until(() => run.editor().webContents.url.includes('#/atelier/'));
    expect(run.fake.state.windows).toHaveLength(1);
  });

  it('a file too large to be a workshop is refused unread, in a box', async () => {
    quiet();
    const run = await readyMain();
    const path = join(run.home, 'enorme.maillage');
    writeFileSync(path, '');
    truncateSync(path, 8 * 1024 * 1024 + 1);
    run.fake.app.emit('open-file', { preventDefault: () => undefined }, path);
    await until(() => run.fake.state.errorBoxes.length > 0);
    expect(run.fake.state.errorBoxes[0]?.content).toBe(
      `Le fichier « ${path} » est trop volumineux pour être un atelier Maillage.`,
    );
  });

  it('the editor closed while the file is read: the workshop is kept, and nothing fails', async () => {
    const run = await readyMain();
    const path = await exported(run, 'Fermé entre-temps');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    run.fake.app.emit('open-file', { preventDefault: () => undefined }, path);
    run.editor().close();
    const count = async () =>
      ((await run.invoke(ipcChannel.invoke('workshop.list'), {})) as { result: unknown[] }).result.length;
    while ((await count()) < 2) await settle();
    await settle();
    expect(errors).not.toHaveBeenCalled();
  });

  it('in English, the box says so in English', async () => {
    quiet();
    const run = await readyMain({ locale: 'en-US' });
    const damaged = join(run.home, 'abime.maillage');
    writeFileSync(damaged, '{ pas du json');
    run.fake.app.emit('open-file', { preventDefault: () => undefined }, damaged);
    await until(() => run.fake.state.errorBoxes.length > 0);
    expect(run.fake.state.errorBoxes[0]?.title).toBe('Cannot open the file');
  });
});
