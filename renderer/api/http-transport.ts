import type { Envelope } from '../../shared/api/errors.js';
import type { CoreEvent } from '../../shared/api/events.js';
import type { StreamEvent, Transport } from './transport.js';

const offline: Envelope<never> = {
  ok: false,
  error: {
    code: 'transport',
    message:
      'Le serveur local de Maillage ne répond pas. Vérifiez qu’il tourne toujours (npm run web) ; rien n’est perdu.',
  },
};

/** The header the server sets when it refused the token: a new launch has a new one. */
export const tokenRefusedHeader = 'x-maillage-refusal';

/** The stream the transport listens to: the browser's EventSource, or an equivalent in tests. */
export interface EventStream {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  addEventListener(type: 'ping', listener: () => void): void;
  close(): void;
}

export interface HttpTransportOptions {
  /** The server's address; '' in the page, which is served by it. */
  base?: string;
  fetch?: typeof fetch;
  openStream?: (url: string) => EventStream;
  /** Waits before reopening a stream the server closed (a refused token, a server gone). */
  reopenDelaysMs?: readonly number[];
  /** A stream silent longer than this (the server pings every 15 s) is taken for dead: a laptop slept. */
  silenceMs?: number;
}

const closed = 2;

/**
 * Browser mode: POST /api/<method> with the per-launch token, changes over server-sent events.
 *
 * A restarted server has a new token: a call refused for its token reads the new one from the
 * page the server serves (same origin only: another site cannot read it) and is sent again, so
 * the edits kept while the server was away go out. The event stream is reopened when it breaks
 * or falls silent; its listeners hear `stream.opened` each time it opens: events may have been
 * missed, and each view reads the core's state again.
 */
export function httpTransport(initialToken: string, options: HttpTransportOptions = {}): Transport {
  const base = options.base ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const openStream = options.openStream ?? ((url: string) => new EventSource(url) as unknown as EventStream);
  const reopenDelays = options.reopenDelaysMs ?? [500, 1000, 2000, 5000];
  const silenceMs = options.silenceMs ?? 45_000;
  let token = initialToken;
  let refreshing: Promise<boolean> | null = null;

  /** Reads the token the server now writes into its page; true when it changed. */
  function refreshToken(): Promise<boolean> {
    refreshing ??= (async () => {
      try {
        const page = await (await fetchImpl(`${base}/`)).text();
        const found = /<meta name="maillage-token" content="([^"]+)">/.exec(page)?.[1];
        if (!found || found === token) return false;
        token = found;
        return true;
      } catch {
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  async function post(method: string, input: unknown): Promise<{ envelope: Envelope<unknown>; tokenRefused: boolean }> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { envelope: offline, tokenRefused: false };
    }
    const tokenRefused = response.status === 403 && response.headers.get(tokenRefusedHeader) === 'token';
    try {
      return { envelope: (await response.json()) as Envelope<unknown>, tokenRefused };
    } catch {
      return { envelope: offline, tokenRefused };
    }
  }

  // One stream per page, whatever the number of listeners: a browser keeps at most six
  // connections per server, and an editor and its wall are two pages.
  const listeners = new Set<(event: StreamEvent) => void>();
  let source: EventStream | null = null;
  /** The token the stream was opened with: a stream opened before a restart has the old one. */
  let streamToken = '';
  let attempt = 0;
  let reopening: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  let lastHeard = Date.now();

  function emit(event: StreamEvent): void {
    for (const listener of [...listeners]) listener(event);
  }

  function open(): void {
    lastHeard = Date.now();
    streamToken = token;
    const stream = openStream(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source = stream;
    stream.onopen = () => {
      lastHeard = Date.now();
      attempt = 0;
      // Even the first time: what changed between a view's first read and this moment was missed.
      emit({ type: 'stream.opened' });
    };
    stream.onmessage = (message) => {
      lastHeard = Date.now();
      emit(JSON.parse(message.data) as CoreEvent);
    };
    stream.addEventListener('ping', () => {
      lastHeard = Date.now();
    });
    stream.onerror = () => {
      // While CONNECTING the stream retries by itself; CLOSED means it gave up (a refused token).
      if (stream.readyState === closed && source === stream) reopenLater();
    };
  }

  function reopenLater(): void {
    source?.close();
    source = null;
    clearTimeout(reopening);
    const delay = reopenDelays[Math.min(attempt, reopenDelays.length - 1)] ?? 5000;
    attempt += 1;
    reopening = setTimeout(() => {
      void refreshToken().then(() => {
        if (listeners.size > 0 && !source) open();
      });
    }, delay);
  }

  function start(): void {
    open();
    watchdog = setInterval(
      () => {
        if (source && Date.now() - lastHeard > silenceMs) reopenLater();
      },
      Math.min(silenceMs, 15_000),
    );
  }

  function stop(): void {
    clearInterval(watchdog);
    clearTimeout(reopening);
    source?.close();
    source = null;
  }

  return {
    kind: 'http',
    async invoke(method, input) {
      const first = await post(method, input);
      if (first.tokenRefused && (await refreshToken())) {
        // The server restarted: a new launch, a new token. The stream needs it too.
        if (source && streamToken !== token) reopenLater();
        return (await post(method, input)).envelope;
      }
      return first.envelope;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
  };
}
