import { EventEmitter } from 'node:events';

/**
 * A stand-in for the 'electron' module, enough for electron/main/index.ts and the preload to run
 * under Node: it records what they ask of Electron (windows, handlers, menus, dialogs) and lets
 * a test drive the lifecycle (ready, page loaded, window closed, quit). Used in process by the
 * main-process tests (vi.doMock) and, through fixtures/electron-module.ts, by the smoke test
 * that runs the built bundle.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface FakeElectronOptions {
  /** app.getPath('userData'): the data folder. */
  userData: string;
  /** The user's home: app.getPath('documents') and ('temp') are folders in it. */
  home: string;
  isPackaged?: boolean;
  /** What app.requestSingleInstanceLock answers: false when another Maillage runs. */
  singleInstance?: boolean;
  locale?: string;
  displays?: FakeDisplay[];
  /** Which button a message box answers (the first by default). */
  messageBox?: (options: { title?: string; message?: string; buttons?: string[] }) => number;
  /** What the « Enregistrer sous » dialog answers. */
  saveDialog?: (options: unknown) => { canceled: boolean; filePath?: string };
}

type IpcHandler = (event: { senderFrame: { url: string } | null }, input?: unknown) => unknown;
type IpcListener = (event: { sender: { id: number }; senderFrame: { url: string } | null }, ...args: unknown[]) => void;
type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response>;
type BeforeRequest = (details: { url: string }, callback: (answer: { cancel?: boolean }) => void) => void;

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  url = '';
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  loadedFiles: string[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, payload]);
  }
  sentOn(channel: string): unknown[] {
    return this.sent.filter(([name]) => name === channel).map(([, payload]) => payload);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  loadFile(path: string): Promise<void> {
    this.loadedFiles.push(path);
    return Promise.resolve();
  }
  printToPDF(): Promise<Uint8Array> {
    return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
  }
}

export function createFakeElectron(options: FakeElectronOptions) {
  const displays = options.displays ?? [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
  ];
  const state = {
    name: undefined as string | undefined,
    appUserModelId: undefined as string | undefined,
    sandbox: false,
    privileged: undefined as unknown,
    readyCalledTooLate: false,
    isReady: false,
    quitCalled: 0,
    exitCode: undefined as number | undefined,
    ipcHandlers: new Map<string, IpcHandler>(),
    ipcListeners: new Map<string, IpcListener[]>(),
    protocolHandlers: new Map<string, ProtocolHandler>(),
    session: {
      onBeforeRequest: undefined as BeforeRequest | undefined,
      permissionRequest: undefined as
        | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void)
        | undefined,
      permissionCheck: undefined as ((contents: unknown, permission: string, origin: string) => boolean) | undefined,
      device: undefined as (() => boolean) | undefined,
    },
    windows: [] as FakeBrowserWindow[],
    focused: undefined as FakeBrowserWindow | undefined,
    menu: undefined as { template: MenuItem[] } | undefined,
    errorBoxes: [] as { title: string; content: string }[],
    messageBoxes: [] as { owner: FakeBrowserWindow | undefined; options: { title?: string; message?: string } }[],
    saveDialogs: [] as { owner: FakeBrowserWindow | undefined; options: unknown }[],
    openedExternally: [] as string[],
    exposed: [] as [string, unknown][],
    /** What the preload sent with ipcRenderer.send: the channel, then the arguments. */
    rendererSent: [] as unknown[][],
    ready: (): void => undefined,
  };

  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  class FakeApp extends EventEmitter {
    isPackaged = options.isPackaged ?? false;
    setName(name: string): void {
      state.name = name;
    }
    setAppUserModelId(id: string): void {
      state.appUserModelId = id;
    }
    enableSandbox(): void {
      state.sandbox = true;
    }
    requestSingleInstanceLock(): boolean {
      return options.singleInstance ?? true;
    }
    whenReady(): Promise<void> {
      return readyPromise;
    }
    getPath(name: string): string {
      if (name === 'userData') return options.userData;
      if (name === 'documents') return `${options.home}/Documents`;
      if (name === 'temp') return `${options.home}/tmp`;
      throw new Error(`unexpected path ${name}`);
    }
    getLocale(): string {
      return options.locale ?? 'fr-FR';
    }
    exit(code: number): void {
      state.exitCode = code;
    }
    quit(): void {
      state.quitCalled += 1;
      this.emit('will-quit');
    }
  }
  const app = new FakeApp();

  state.ready = () => {
    state.isReady = true;
    app.emit('ready');
    resolveReady();
  };

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    shown = false;
    maximized = false;
    minimized = false;
    restored = 0;
    focusCount = 0;
    destroyed = false;
    bounds: Rect;
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      if (!state.isReady) throw new Error('BrowserWindow created before ready');
      super();
      this.bounds = {
        x: (options.x as number | undefined) ?? 40,
        y: (options.y as number | undefined) ?? 30,
        width: (options.width as number | undefined) ?? 800,
        height: (options.height as number | undefined) ?? 600,
      };
      app.emit('web-contents-created', {}, this.webContents);
      state.windows.push(this);
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return state.windows.filter((window) => !window.destroyed);
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return state.focused && !state.focused.destroyed ? state.focused : null;
    }
    loadURL(url: string): Promise<void> {
      this.webContents.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.restored += 1;
      this.minimized = false;
    }
    focus(): void {
      this.focusCount += 1;
      state.focused = this;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
    }
    getBounds(): Rect {
      return this.bounds;
    }
    getNormalBounds(): Rect {
      return this.bounds;
    }
    /** Closes as Electron does: 'close' (preventable), then 'closed' once destroyed. */
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroy();
      this.emit('closed');
    }
  }

  const ipcMain = {
    handle(channel: string, handler: IpcHandler): void {
      if (state.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      state.ipcHandlers.set(channel, handler);
    },
    removeHandler(channel: string): void {
      state.ipcHandlers.delete(channel);
    },
    on(channel: string, listener: IpcListener): void {
      state.ipcListeners.set(channel, [...(state.ipcListeners.get(channel) ?? []), listener]);
    },
    removeListener(channel: string, listener: IpcListener): void {
      state.ipcListeners.set(
        channel,
        (state.ipcListeners.get(channel) ?? []).filter((known) => known !== listener),
      );
    },
  };

  type MenuItem = { label?: string; role?: string; id?: string; click?: () => void; submenu?: MenuItem[] };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown): void {
        if (state.isReady) state.readyCalledTooLate = true;
        state.privileged = schemes;
      },
      handle(scheme: string, handler: ProtocolHandler): void {
        state.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(handler: typeof state.session.permissionRequest): void {
          state.session.permissionRequest = handler;
        },
        setPermissionCheckHandler(handler: typeof state.session.permissionCheck): void {
          state.session.permissionCheck = handler;
        },
        setDevicePermissionHandler(handler: () => boolean): void {
          state.session.device = handler;
        },
        webRequest: {
          onBeforeRequest(listener: BeforeRequest): void {
            state.session.onBeforeRequest = listener;
          },
        },
      },
    },
    Menu: {
      buildFromTemplate(template: MenuItem[]) {
        return { template };
      },
      setApplicationMenu(menu: { template: MenuItem[] }): void {
        state.menu = menu;
      },
    },
    dialog: {
      showErrorBox(title: string, content: string): void {
        state.errorBoxes.push({ title, content });
      },
      showMessageBox(...args: unknown[]): Promise<{ response: number }> {
        const owner = args[0] instanceof FakeBrowserWindow ? args[0] : undefined;
        const boxOptions = (owner ? args[1] : args[0]) as { title?: string; message?: string; buttons?: string[] };
        state.messageBoxes.push({ owner, options: boxOptions });
        return Promise.resolve({ response: options.messageBox?.(boxOptions) ?? 0 });
      },
      showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
        const owner = args[0] instanceof FakeBrowserWindow ? args[0] : undefined;
        const dialogOptions = owner ? args[1] : args[0];
        state.saveDialogs.push({ owner, options: dialogOptions });
        return Promise.resolve(options.saveDialog?.(dialogOptions) ?? { canceled: true });
      },
    },
    screen: {
      getAllDisplays: () => displays,
      getDisplayMatching(bounds: Rect): FakeDisplay {
        const centreX = bounds.x + bounds.width / 2;
        const centreY = bounds.y + bounds.height / 2;
        const inside = (d: FakeDisplay) =>
          centreX >= d.bounds.x &&
          centreX < d.bounds.x + d.bounds.width &&
          centreY >= d.bounds.y &&
          centreY < d.bounds.y + d.bounds.height;
        return displays.find(inside) ?? (displays[0] as FakeDisplay);
      },
    },
    shell: {
      openExternal(url: string): Promise<void> {
        state.openedExternally.push(url);
        return Promise.resolve();
      },
    },
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown): void {
        state.exposed.push([key, api]);
      },
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => Promise.resolve({ ok: true, result: { channel, args } }),
      on: () => undefined,
      removeListener: () => undefined,
      send: (channel: string, ...args: unknown[]) => {
        state.rendererSent.push([channel, ...args]);
      },
    },
  };
  return { module: { ...module, default: module }, state, app };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['module']['BrowserWindow']>;
