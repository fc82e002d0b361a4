import { afterEach, describe, expect, it, vi } from 'vitest';
import { appOrigin } from '../../../electron/main/app-url.js';
import {
  type HardenableContents,
  type HardenableSession,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAppUrl,
  isNetworkRequest,
  type NavigationEvent,
  type PreventableEvent,
} from '../../../electron/main/security.js';

const hostileUrls = [
  'https://app.attacker.example',
  'https://app.attacker.example/index.html',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'maillage://app.evil/index.html',
  'maillage://evil/index.html',
  'maillage://app@evil/index.html',
  'maillage://evil@app/index.html',
  'maillage://:secret@app/index.html',
  'maillage://app:8080/index.html',
  'maillage:app/index.html',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:maillage://app/0b9c6a2e-0000-4000-8000-000000000000',
  'http://app/index.html',
  'about:blank',
  '',
  'not a url',
];

const appUrls = [
  'maillage://app/index.html',
  'maillage://app/index.html#/atelier/1',
  'maillage://app/',
  'maillage://app',
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isAppUrl', () => {
  it.each(appUrls)('accepts %s', (url) => {
    expect(isAppUrl(url, appOrigin)).toBe(true);
  });

  it.each(hostileUrls)('refuses %s', (url) => {
    expect(isAppUrl(url, appOrigin)).toBe(false);
  });

  it('refuses everything against an origin that has no host, which would match any host-less URL', () => {
    expect(isAppUrl('maillage:app/index.html', 'maillage:')).toBe(false);
    expect(isAppUrl('maillage:', 'maillage:')).toBe(false);
    expect(isAppUrl('maillage://app/index.html', 'not a url')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  const allowed = ['https://docs.maillage.example'];

  it('accepts an https page of a listed origin', () => {
    expect(isAllowedExternalUrl('https://docs.maillage.example/guide#carte', allowed)).toBe(true);
  });

  it.each([
    'http://docs.maillage.example/guide',
    'https://docs.maillage.example.attacker.example/',
    'https://docs.maillage.example@attacker.example/',
    'https://user:pass@docs.maillage.example/',
    'https://user@docs.maillage.example/',
    'https://:pass@docs.maillage.example/',
    // A blob: URL has the origin of the page that made it, but is no page of that site.
    'blob:https://docs.maillage.example/0b9c6a2e-0000-4000-8000-000000000000',
    ...hostileUrls,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url, allowed)).toBe(false);
  });

  it('refuses everything with an empty list', () => {
    expect(isAllowedExternalUrl('https://docs.maillage.example/', [])).toBe(false);
  });
});

type Registered = {
  windowOpen?: (details: { url: string }) => { action: 'deny' };
  navigation: Map<string, (event: NavigationEvent) => void>;
  webview?: (event: PreventableEvent) => void;
};

function fakeContents(): { contents: HardenableContents; registered: Registered } {
  const registered: Registered = { navigation: new Map() };
  const contents: HardenableContents = {
    setWindowOpenHandler(handler) {
      registered.windowOpen = handler;
    },
    on(event: string, listener: (event: NavigationEvent) => void) {
      if (event === 'will-attach-webview') registered.webview = listener as (event: PreventableEvent) => void;
      else registered.navigation.set(event, listener);
      return this;
    },
  };
  return { contents, registered };
}

function navigationEvent(url: string) {
  const event = { url, prevented: false, preventDefault: () => undefined };
  event.preventDefault = () => {
    event.prevented = true;
  };
  return event;
}

describe('hardenWebContents', () => {
  function setup() {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opened: string[] = [];
    const { contents, registered } = fakeContents();
    hardenWebContents(contents, {
      appOrigin,
      allowedExternalOrigins: ['https://docs.maillage.example'],
      openExternal: async (url) => {
        opened.push(url);
      },
    });
    return { opened, registered };
  }

  it('listens to every navigation event and webview attachment', () => {
    const { registered } = setup();
    expect([...registered.navigation.keys()].sort()).toEqual(['will-frame-navigate', 'will-navigate', 'will-redirect']);
    expect(registered.windowOpen).toBeTypeOf('function');
    expect(registered.webview).toBeTypeOf('function');
  });

  it.each([...hostileUrls, ...appUrls, 'https://docs.maillage.example/guide'])('denies window.open(%s)', (url) => {
    const { registered } = setup();
    expect(registered.windowOpen?.({ url })).toEqual({ action: 'deny' });
  });

  it('opens only allowed https links outside, in the system browser', () => {
    const { registered, opened } = setup();
    for (const url of [...hostileUrls, 'https://docs.maillage.example@attacker.example/'])
      registered.windowOpen?.({ url });
    registered.windowOpen?.({ url: 'https://docs.maillage.example/guide' });
    expect(opened).toEqual(['https://docs.maillage.example/guide']);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks every hostile URL', (name) => {
    const { registered, opened } = setup();
    const listener = registered.navigation.get(name);
    for (const url of hostileUrls) {
      const event = navigationEvent(url);
      listener?.(event);
      expect(event.prevented, url).toBe(true);
    }
    expect(opened).toEqual([]);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: lets the app navigate within itself',
    (name) => {
      const { registered } = setup();
      for (const url of appUrls) {
        const event = navigationEvent(url);
        registered.navigation.get(name)?.(event);
        expect(event.prevented, url).toBe(false);
      }
    },
  );

  it('a link to an allowed page opens in the browser, never in the app window', () => {
    const { registered, opened } = setup();
    const event = navigationEvent('https://docs.maillage.example/guide');
    registered.navigation.get('will-navigate')?.(event);
    expect(event.prevented).toBe(true);
    expect(opened).toEqual(['https://docs.maillage.example/guide']);
  });

  it('refuses to attach a webview', () => {
    const { registered } = setup();
    const event = navigationEvent('maillage://app/index.html');
    registered.webview?.(event);
    expect(event.prevented).toBe(true);
  });

  it('survives a browser that fails to open', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { contents, registered } = fakeContents();
    hardenWebContents(contents, {
      appOrigin,
      allowedExternalOrigins: ['https://docs.maillage.example'],
      openExternal: () => Promise.reject(new Error('no browser')),
    });
    expect(registered.windowOpen?.({ url: 'https://docs.maillage.example/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(warned).toHaveBeenCalled());
  });
});

describe('hardenSession', () => {
  function setup() {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handlers: {
      request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<HardenableSession['setPermissionCheckHandler']>[0];
      device?: () => boolean;
      beforeRequest?: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0];
    } = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (handler) => {
        handlers.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        handlers.check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        handlers.device = handler;
      },
      webRequest: {
        onBeforeRequest: (listener) => {
          handlers.beforeRequest = listener;
        },
      },
    };
    hardenSession(session, appOrigin);
    return handlers;
  }

  function requested(handlers: ReturnType<typeof setup>, permission: string, requestingUrl: string): boolean {
    let granted: boolean | undefined;
    handlers.request?.(
      null,
      permission,
      (value) => {
        granted = value;
      },
      { requestingUrl },
    );
    if (granted === undefined) throw new Error('callback not called');
    return granted;
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'display-capture',
    'unknown',
  ])('refuses %s, even to the app', (permission) => {
    const handlers = setup();
    expect(requested(handlers, permission, 'maillage://app/index.html')).toBe(false);
    expect(handlers.check?.(null, permission, appOrigin)).toBe(false);
  });

  it('lets the app write to the clipboard and go fullscreen, and nobody else', () => {
    const handlers = setup();
    for (const permission of ['clipboard-sanitized-write', 'fullscreen']) {
      expect(requested(handlers, permission, 'maillage://app/index.html')).toBe(true);
      expect(handlers.check?.(null, permission, appOrigin)).toBe(true);
      for (const url of hostileUrls) {
        expect(requested(handlers, permission, url), url).toBe(false);
        expect(handlers.check?.(null, permission, url), url).toBe(false);
      }
    }
  });

  it('refuses a request that names no requesting page', () => {
    const handlers = setup();
    let granted: boolean | undefined;
    handlers.request?.(
      null,
      'fullscreen',
      (value) => {
        granted = value;
      },
      {} as { requestingUrl: string },
    );
    expect(granted).toBe(false);
  });

  it('refuses every device', () => {
    expect(setup().device?.()).toBe(false);
  });

  it('cancels every request to the network and nothing of the app', () => {
    const handlers = setup();
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      handlers.beforeRequest?.({ url }, (response) => {
        answer = response.cancel;
      });
      return answer;
    };
    for (const url of [
      'https://app.attacker.example/x.js',
      'http://127.0.0.1:8080/',
      'wss://evil.example/',
      'ws://localhost/',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of [
      'maillage://app/index.html',
      'maillage://app/assets/index.js',
      'devtools://devtools/bundled/x.html',
      'data:image/png;base64,AA==',
    ]) {
      expect(cancelled(url), url).toBe(false);
    }
    expect(isNetworkRequest('ftp://example.org/')).toBe(true);
    for (const url of ['', 'not a url']) expect(isNetworkRequest(url), url).toBe(false);
  });

  it('tells the developer which request it blocked, and only those', () => {
    const handlers = setup();
    const warned = vi.mocked(console.warn);
    handlers.beforeRequest?.({ url: 'maillage://app/assets/index.js' }, () => undefined);
    expect(warned).not.toHaveBeenCalled();
    handlers.beforeRequest?.({ url: 'https://tracker.example/pixel.gif' }, () => undefined);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(String(warned.mock.calls[0]?.[0])).toContain('https://tracker.example/pixel.gif');
  });
});
