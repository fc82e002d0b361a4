import { type IncomingHttpHeaders, request } from 'node:http';
import type { CoreEvent } from '../../shared/api/events.js';

/**
 * Raw HTTP against the local server on 127.0.0.1: the path is sent as written (no
 * normalisation), every header can be set, the Host defaults to the server's own.
 */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface Call {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function sendTo(port: number, { method = 'GET', path, headers = {}, body }: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Like sendTo, but the body goes out in pieces as the socket takes them, and a server that
 * answers before reading it all may reset the socket: the answer is kept.
 */
export function sendTolerantTo(port: number, { method = 'GET', path, headers = {}, body }: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', () => undefined);
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const data = typeof body === 'string' ? Buffer.from(body) : (body ?? Buffer.alloc(0));
    const step = 64 * 1024;
    let offset = 0;
    const pump = (): void => {
      while (offset < data.length) {
        if (req.destroyed) return;
        const more = req.write(data.subarray(offset, offset + step));
        offset += step;
        if (!more) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

export interface EventStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received so far, as sent (comments, retry and named events included). */
  received(): string;
  /** Resolves once what was received contains text. */
  receivedText(text: string): Promise<void>;
  next(match: (event: CoreEvent) => boolean): Promise<CoreEvent>;
  /** Calls back once the server has ended the stream. */
  onEnd(listener: () => void): void;
  close(): void;
}

/** Opens a server-sent events stream and parses its `data:` frames. */
export function openEventsAt(port: number, path: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}` } }, (res) => {
      const events: CoreEvent[] = [];
      const waiting: { match: (e: CoreEvent) => boolean; resolve: (e: CoreEvent) => void }[] = [];
      const waitingText: { text: string; resolve: () => void }[] = [];
      let all = '';
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        all += chunk;
        for (const waiter of waitingText.splice(0)) {
          if (all.includes(waiter.text)) waiter.resolve();
          else waitingText.push(waiter);
        }
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of frame.split('\n')) {
            if (!line.startsWith('data: ')) continue;
            const payload = line.slice('data: '.length);
            // The keep-alive ping's `data: {}` is no core event.
            if (payload === '{}') continue;
            const event = JSON.parse(payload) as CoreEvent;
            events.push(event);
            for (const waiter of waiting.splice(0)) {
              if (waiter.match(event)) waiter.resolve(event);
              else waiting.push(waiter);
            }
          }
          end = buffer.indexOf('\n\n');
        }
      });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        received: () => all,
        // Waits as long as the test may: a frame comes late on a busy machine, never wrongly.
        receivedText: (text) =>
          new Promise((found) => {
            if (all.includes(text)) return found();
            waitingText.push({ text, resolve: found });
          }),
        next: (match) =>
          new Promise((found) => {
            const seen = events.find(match);
            if (seen) return found(seen);
            waiting.push({ match, resolve: found });
          }),
        onEnd: (listener) => {
          if (res.readableEnded) return listener();
          res.once('end', listener);
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}
