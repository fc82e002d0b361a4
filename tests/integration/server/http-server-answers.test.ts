import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { contentSecurityPolicy } from '../../../electron/core/web-security.js';
import {
  maxBodyBytes,
  type RunningServer,
  startHttpServer,
  tokenHeader,
  tokenRefusalHeader,
} from '../../../electron/server/http-server.js';
import { httpTransport, tokenRefusedHeader } from '../../../renderer/api/http-transport.js';
import type { Envelope } from '../../../shared/api/errors.js';
import type { Workshop } from '../../../shared/domain/model.js';
import { newActor } from '../../../shared/domain/model.js';
import { type Answer, type Call, openEventsAt, sendTo, sendTolerantTo } from '../../support/raw-http.js';

// What the server answers beyond « allowed or refused » (tests/integration/server/http-server.test.ts):
// caching, the names the page reads, the body limit at its edge, the methods each path takes,
// the status of every error code, and what the event stream sends besides events.

let root: string;
let rendererDir: string;
let core: Core;
let running: RunningServer;
/** Servers and cores a test starts beside the usual ones, closed after it. */
const extraServers: RunningServer[] = [];
const extraCores: Core[] = [];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'maillage-http-answers-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body>ok</body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("maillage");\n');
  core = createCore({ dataDir: join(root, 'data') });
  running = await startHttpServer({ core, rendererDir, port: 0 });
});

afterEach(async () => {
  vi.useRealTimers();
  for (const server of extraServers.splice(0)) await server.close();
  for (const extra of extraCores.splice(0)) extra.close();
  await running.close();
  core.close();
  rmSync(root, { recursive: true, force: true });
});

const send = (call: Call): Promise<Answer> => sendTo(running.port, call);

function post(path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return send({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', [tokenHeader]: running.token, ...headers },
    body,
  });
}

function callApi(method: string, input: unknown): Promise<Answer> {
  return post(`/api/${method}`, JSON.stringify(input));
}

function errorOf(answer: Answer): { status: number; code: string; message: string } {
  const envelope = JSON.parse(answer.text) as Envelope<unknown>;
  if (envelope.ok) throw new Error(`expected a refusal, got ${answer.text}`);
  return { status: answer.status, code: envelope.error.code, message: envelope.error.message };
}

/** A JSON body padded with blanks to exactly `size` bytes. */
function paddedTo(size: number, input: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(input));
  return Buffer.concat([json, Buffer.alloc(size - json.length, 0x20)]);
}

const titles = (): string[] => core.call('workshop.list', {}).map((w) => w.title);

describe('what the local server answers', () => {
  it('never lets an API answer be cached, and sends it with the security headers', async () => {
    const answer = await callApi('workshop.list', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('lets an asset be cached an hour, never the page that carries the token', async () => {
    const asset = await send({ path: '/assets/app.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=3600');
    expect(asset.text).toBe('console.log("maillage");\n');
    const head = await send({ method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(head.text).toBe('');
    expect((await send({ path: '/' })).headers['cache-control']).toBe('no-store');
  });

  it('names a refused token as such, so the page reads the new one; a refused Host or type is not a token', async () => {
    // The page reads this very header name (renderer/api/http-transport.ts).
    expect(tokenRefusalHeader).toBe(tokenRefusedHeader);
    const noToken = await send({
      method: 'POST',
      path: '/api/workshop.list',
      headers: { 'content-type': 'application/json' },
    });
    expect(noToken.status).toBe(403);
    expect(noToken.headers[tokenRefusedHeader]).toBe('token');
    const staleStream = await send({ path: '/api/events?token=ancien' });
    expect(staleStream.status).toBe(403);
    expect(staleStream.headers[tokenRefusedHeader]).toBe('token');

    const foreignHost = await post('/api/workshop.list', '{}', { host: 'evil.example' });
    expect(foreignHost.status).toBe(403);
    expect(foreignHost.headers[tokenRefusedHeader]).toBeUndefined();
    const wrongType = await post('/api/workshop.list', '{}', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers[tokenRefusedHeader]).toBeUndefined();
  });

  it('serves the page’s own transport: holding an earlier launch’s token, it reads the new one and its call goes through', async () => {
    const transport = httpTransport('jeton-du-lancement-precedent', { base: `http://127.0.0.1:${running.port}` });
    const envelope = (await transport.invoke('workshop.create', { title: 'Après redémarrage' })) as Envelope<Workshop>;
    expect(envelope).toMatchObject({ ok: true, result: { title: 'Après redémarrage' } });
    expect(titles()).toEqual(['Après redémarrage']);
  });

  it('takes a body of exactly the limit, with its length declared or sent in chunks', async () => {
    const declared = await post('/api/workshop.create', paddedTo(maxBodyBytes, { title: 'Au ras' }));
    expect(declared.status).toBe(200);
    const chunked = await sendTolerantTo(running.port, {
      method: 'POST',
      path: '/api/workshop.create',
      headers: { 'content-type': 'application/json', [tokenHeader]: running.token, 'transfer-encoding': 'chunked' },
      body: paddedTo(maxBodyBytes, { title: 'Au ras, par morceaux' }),
    });
    expect(chunked.status).toBe(200);
    expect(titles().sort()).toEqual(['Au ras', 'Au ras, par morceaux']);
  });

  it('refuses a declared length over the limit at once, without waiting for the body, and says the limit in Mo', async () => {
    // Declares one byte too many, sends a few, and waits: the answer comes from the declaration.
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: running.port,
          method: 'POST',
          path: '/api/workshop.create',
          headers: {
            host: `127.0.0.1:${running.port}`,
            'content-type': 'application/json',
            [tokenHeader]: running.token,
            'content-length': String(maxBodyBytes + 1),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.write('{"title":"Trop long"');
    });
    expect(errorOf(answer)).toEqual({
      status: 413,
      code: 'validation',
      message: 'Requête trop volumineuse (plus de 8 Mo). Rien n’a été modifié.',
    });
    expect(maxBodyBytes).toBe(8 * 1024 * 1024);
    expect(titles()).toEqual([]);
  });

  it('reads an empty or blank body as an empty input', async () => {
    for (const body of ['', ' \n\t ']) {
      const answer = await post('/api/workshop.list', body);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toEqual({ ok: true, result: [] });
    }
  });

  it('takes JSON with its charset, and refuses a body that names no type', async () => {
    const withCharset = await post('/api/workshop.create', '{"title":"UTF-8"}', {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(withCharset.status).toBe(200);
    const untyped = await send({
      method: 'POST',
      path: '/api/workshop.create',
      headers: { [tokenHeader]: running.token },
      body: '{"title":"Sans type"}',
    });
    expect(errorOf(untyped)).toMatchObject({ status: 415, code: 'transport' });
    expect(titles()).toEqual(['UTF-8']);
  });

  it('answers the health check and the event stream on GET only: posted, they are names the core does not know', async () => {
    for (const path of ['/api/health', '/api/events']) {
      const answer = await post(path, '{}');
      expect(errorOf(answer)).toMatchObject({ status: 404, code: 'unknown_method' });
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    }
  });

  it('refuses any method but GET and HEAD on the page and its files', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/', '/assets/app.js']) {
        const answer = await send({ method, path });
        expect(errorOf(answer)).toEqual({ status: 405, code: 'transport', message: 'Méthode HTTP non permise.' });
        expect(answer.text).not.toContain(running.token);
      }
    }
  });

  it('answers a conflict with 409: the same actor added twice', async () => {
    const workshop = core.call('workshop.create', { title: 'Doublon' });
    const actor = newActor({ id: 'a', label: 'Mairie', category: 'commune', x: 0, y: 0 });
    const add = { workshopId: workshop.id, origin: 'test', ops: [{ type: 'actor.add', actor }] };
    expect((await callApi('map.apply', add)).status).toBe(200);
    expect(errorOf(await callApi('map.apply', add))).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('answers a write to read-only data with 409', async () => {
    core.call('workshop.create', { title: 'Déjà là' });
    // A reader beside the writer: the command line's way of reading while the app runs.
    const reader = createCore({ dataDir: join(root, 'data'), reader: true });
    const server = await startHttpServer({ core: reader, rendererDir, port: 0 });
    extraServers.push(server);
    extraCores.push(reader);
    const answer = await sendTo(server.port, {
      method: 'POST',
      path: '/api/workshop.create',
      headers: { 'content-type': 'application/json', [tokenHeader]: server.token },
      body: '{"title":"Interdit"}',
    });
    expect(errorOf(answer)).toMatchObject({ status: 409, code: 'read_only' });
    expect(titles()).toEqual(['Déjà là']);
  });

  it('answers 500 when the core fails unexpectedly (its database closed under it), and keeps answering', async () => {
    const closing = createCore({ dataDir: join(root, 'autre') });
    const server = await startHttpServer({ core: closing, rendererDir, port: 0 });
    extraServers.push(server);
    extraCores.push(closing);
    closing.close();
    const answer = await sendTo(server.port, {
      method: 'POST',
      path: '/api/workshop.list',
      headers: { 'content-type': 'application/json', [tokenHeader]: server.token },
      body: '{}',
    });
    expect(answer.status).toBe(500);
    expect(['internal', 'storage']).toContain(errorOf(answer).code);
    // The core's own message, not the server's last-resort one.
    expect(errorOf(answer).message).toMatch(/Rien n’a été modifié/);
    expect((await sendTo(server.port, { path: '/api/health' })).status).toBe(200);
  });

  it('answers a request line whose address cannot be read with a JSON 500, and keeps answering', async () => {
    // Node's parser lets an absolute address through that the URL parser then refuses.
    const answer = await send({ path: 'http://[' });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(errorOf(answer)).toEqual({ status: 500, code: 'internal', message: 'Erreur interne.' });
    expect((await send({ path: '/api/health' })).status).toBe(200);
  });

  it('refuses to start on a port already taken, so that the command line can pick another', async () => {
    const refusal = await startHttpServer({ core, rendererDir, port: running.port }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ code: 'EADDRINUSE' });
    expect((await send({ path: '/api/health' })).status).toBe(200);
  });

  it('once closed, ends its streams and takes no more connections', async () => {
    const server = await startHttpServer({ core, rendererDir, port: 0 });
    const stream = await openEventsAt(server.port, `/api/events?token=${encodeURIComponent(server.token)}`);
    const ended = new Promise<void>((resolve) => stream.onEnd(resolve));
    await server.close();
    await ended;
    await expect(sendTo(server.port, { path: '/api/health' })).rejects.toThrow();
  });

  it('tells the event stream’s browser to retry after a second, and never lets it be cached', async () => {
    const stream = await openEventsAt(running.port, `/api/events?token=${encodeURIComponent(running.token)}`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['cache-control']).toBe('no-store');
      await stream.receivedText('\n\n');
      expect(stream.received()).toBe('retry: 1000\n\n');
    } finally {
      stream.close();
    }
  });

  it('pings every open stream every 15 seconds, so the page can take a silent one for dead', async () => {
    // A server of its own, started on a fake clock: 15 s pass at once.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const server = await startHttpServer({ core, rendererDir, port: 0 });
    extraServers.push(server);
    const stream = await openEventsAt(server.port, `/api/events?token=${encodeURIComponent(server.token)}`);
    try {
      await stream.receivedText('retry: 1000\n\n');
      vi.advanceTimersByTime(15_000);
      await stream.receivedText('event: ping');
      expect(stream.received()).toBe('retry: 1000\n\nevent: ping\ndata: {}\n\n');
    } finally {
      stream.close();
    }
  });
});
