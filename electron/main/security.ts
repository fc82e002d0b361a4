import { isAppUrl, parseUrl } from './app-url.js';

export { isAppUrl };

/**
 * https origins the app may hand to the system browser. Empty on purpose: the facilitator's
 * data never leaves the machine, and a link in a workshop note must not become a way out.
 */
export const externalOrigins: readonly string[] = [];

/**
 * Permissions the app's own pages may use; everything else, and everything asked by any
 * other origin, is refused. Copying a picture of the map needs the clipboard, and the
 * projector view may ask for fullscreen.
 */
const appPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

const networkProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** Only plain https URLs whose origin is listed, without credentials that could disguise the host. */
export function isAllowedExternalUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    allowedOrigins.includes(parsed.origin)
  );
}

export function isPermissionAllowed(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return appPermissions.has(permission) && isAppUrl(requestingUrl, appOrigin);
}

/** The renderer is fully local: any request to the network is a bug or an attack. */
export function isNetworkRequest(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && networkProtocols.has(parsed.protocol);
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The part of Electron's WebContents this module touches, so that tests can pass a fake. */
export interface HardenableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export interface HardenOptions {
  appOrigin: string;
  allowedExternalOrigins: readonly string[];
  openExternal: (url: string) => Promise<void>;
}

function openOutside(url: string, options: HardenOptions): void {
  if (!isAllowedExternalUrl(url, options.allowedExternalOrigins)) {
    console.warn(`Maillage : ouverture refusée de « ${url.slice(0, 200)} ».`);
    return;
  }
  options.openExternal(url).catch((error: unknown) => {
    console.warn('Maillage : le navigateur du système n’a pas pu ouvrir le lien.', error);
  });
}

/**
 * Keeps a web contents on the app's origin: no new windows, no navigation or redirect
 * elsewhere, no <webview>. Allowed https links go to the system browser instead.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, options);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, options.appOrigin)) return;
    event.preventDefault();
    openOutside(event.url, options);
  });
  // will-frame-navigate also fires for the main frame: only block here, will-navigate opens.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, options.appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, options.appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** The part of Electron's Session this module touches. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      // Electron's PermissionRequest always carries it; isAppUrl refuses anything that is not a URL.
      details: { requestingUrl: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
  };
}

/** Session-wide rules: permissions refused outside a short list, and no network at all. */
export function hardenSession(session: HardenableSession, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, appOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isNetworkRequest(details.url);
    if (cancel) console.warn(`Maillage : requête réseau bloquée vers « ${details.url.slice(0, 200)} ».`);
    callback({ cancel });
  });
}
