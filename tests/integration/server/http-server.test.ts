import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { latestSchemaVersion } from '../../../electron/core/database/migrations.js';
import { contentSecurityPolicy } from '../../../electron/core/web-security.js';
import {
  maxBodyBytes,
  type RunningServer,
  startHttpServer,
  tokenHeader,
} from '../../../electron/server/http-server.js';
import type { Envelope } from '../../../shared/api/errors.js';
import type { Workshop } from '../../../shared/domain/model.js';
import { newActor } from '../../../shared/domain/model.js';
import {
  type Answer,
  type Call,
  type EventStream,
  openEventsAt,
  sendTo,
  sendTolerantTo,
} from '../../support/raw-http.js';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const indexHtml = '<html><head></head><body>ok</body></html>';
const assetJs = 'console.log("maillage");\n';

let root: string;
let core: Core;
let running: RunningServer;

// A server of its own for each test: what one test sends cannot change what another sees.
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'maillage-http-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), indexHtml);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), assetJs);
  // A secret beside the renderer folder, that no URL may reach.
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
  core = createCore({ dataDir: join(root, 'data') });
  running = await startHttpServer({ core, rendererDir, port: 0 });
});

afterEach(async () => {
  await running.close();
  core.close();
  rmSync(root, { recursive: true, force: true });
});

const send = (call: Call): Promise<Answer> => sendTo(running.port, call);
const sendTolerant = (call: Call): Promise<Answer> => sendTolerantTo(running.port, call);
const openEvents = (path: string): Promise<EventStream> => openEventsAt(running.port, path);

function callApi(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [tokenHeader]: running.token, ...headers },
    body: JSON.stringify(input),
  });
}

function envelopeOf(answer: Answer): Envelope<unknown> {
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(answer.text) as Envelope<unknown>;
}

function expectRefused(answer: Answer, status: number, code: string): string {
  expect(answer.status).toBe(status);
  const envelope = envelopeOf(answer);
  expect(envelope.ok).toBe(false);
  if (envelope.ok) throw new Error('unreachable');
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message.length).toBeGreaterThan(5);
  return envelope.error.message;
}

describe('the local HTTP server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = running.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(running.url).toBe(`http://127.0.0.1:${address.port}/`);
  });

  it('serves the page with the launch token injected and the security headers', async () => {
    const answer = await send({ path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.text).toBe(
      `<html><head><meta name="maillage-token" content="${running.token}"></head><body>ok</body></html>`,
    );
    expect(running.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('answers HEAD on the page without a body', async () => {
    const answer = await send({ method: 'HEAD', path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
  });

  it('serves an asset with its type and the security headers, and 404 for a missing file', async () => {
    const asset = await send({ path: '/assets/app.js?v=3' });
    expect(asset.status).toBe(200);
    expect(asset.text).toBe(assetJs);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(asset.text).not.toContain(running.token);
    expectRefused(await send({ path: '/assets/absent.js' }), 404, 'not_found');
  });

  for (const path of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/%2e%2e%5cpackage.json',
    '/..%5c..%5cpackage.json',
    '/index.html%00.js',
  ]) {
    it(`does not serve a file outside the renderer folder for ${path}`, async () => {
      const answer = await send({ path });
      expect(expectRefused(answer, 404, 'not_found')).toBe('Fichier introuvable.');
      expect(answer.text).not.toContain('secret');
    });
  }

  it('answers /api/health with the version and the schema version, without a token', async () => {
    const answer = await send({ path: '/api/health' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ ok: true, version: packageVersion, schemaVersion: latestSchemaVersion });
  });

  it('runs a method posted with the token and JSON, and answers its envelope', async () => {
    const answer = await callApi('workshop.create', { title: 'Atelier HTTP', territory: 'Lille' });
    expect(answer.status).toBe(200);
    const envelope = envelopeOf(answer) as Envelope<Workshop>;
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) throw new Error('unreachable');
    expect(envelope.result).toMatchObject({ title: 'Atelier HTTP', territory: 'Lille' });
    expect(core.call('workshop.list', {}).some((w) => w.id === envelope.result.id)).toBe(true);
  });

  it('answers a slow method (an export) with its envelope once it is done', async () => {
    const workshop = core.call('workshop.create', { title: 'Export HTTP' });
    core.call('map.apply', {
      workshopId: workshop.id,
      origin: 'test',
      ops: [
        { type: 'actor.add', actor: newActor({ id: 'a', label: 'Mairie de Lille', category: 'commune', x: 0, y: 0 }) },
      ],
    });
    const answer = await callApi('workshop.export', { workshopId: workshop.id, format: 'csv-actors' });
    expect(answer.status).toBe(200);
    const envelope = envelopeOf(answer) as Envelope<{ fileName: string; mimeType: string; base64: string }>;
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(Buffer.from(envelope.result.base64, 'base64').toString('utf8')).toContain('Mairie de Lille');
    expectRefused(await callApi('workshop.export', { workshopId: workshop.id, format: 'exe' }), 400, 'validation');
  });

  it('refuses an API call without the token, or with a wrong one, with 403 and writes nothing', async () => {
    const before = core.call('workshop.list', {});
    expectRefused(
      await send({
        method: 'POST',
        path: '/api/workshop.create',
        headers: { 'content-type': 'application/json' },
        body: '{"title":"Sans jeton"}',
      }),
      403,
      'transport',
    );
    expectRefused(
      await callApi('workshop.create', { title: 'Faux jeton' }, { [tokenHeader]: 'x'.repeat(32) }),
      403,
      'transport',
    );
    expectRefused(
      await callApi('workshop.create', { title: 'Jeton tronqué' }, { [tokenHeader]: running.token.slice(0, -1) }),
      403,
      'transport',
    );
    expect(core.call('workshop.list', {})).toEqual(before);
  });

  for (const host of [
    'evil.example:PORT',
    'evil.example',
    '127.0.0.1',
    'localhost.evil.example:PORT',
    '0.0.0.0:PORT',
  ]) {
    it(`refuses the Host ${host} with 403, on the API and on the page that carries the token`, async () => {
      const value = host.replace('PORT', String(running.port));
      const api = await callApi('workshop.list', {}, { host: value });
      expect(expectRefused(api, 403, 'transport')).toMatch(/Hôte refusé/);
      const page = await send({ path: '/', headers: { host: value } });
      expect(page.status).toBe(403);
      expect(page.text).not.toContain(running.token);
    });
  }

  it('accepts the Host localhost:PORT and the Origin of the page itself', async () => {
    const byName = await callApi('workshop.list', {}, { host: `localhost:${running.port}` });
    expect(byName.status).toBe(200);
    const sameOrigin = await callApi(
      'workshop.list',
      {},
      { origin: `http://127.0.0.1:${running.port}`, 'sec-fetch-site': 'same-origin' },
    );
    expect(sameOrigin.status).toBe(200);
  });

  for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1']) {
    it(`refuses the foreign Origin ${origin} with 403, even with the token`, async () => {
      const before = core.call('workshop.list', {});
      expectRefused(await callApi('workshop.create', { title: 'CSRF' }, { origin }), 403, 'transport');
      expect(core.call('workshop.list', {})).toEqual(before);
    });
  }

  for (const site of ['cross-site', 'same-site']) {
    it(`refuses Sec-Fetch-Site: ${site} with 403`, async () => {
      expectRefused(await callApi('workshop.list', {}, { 'sec-fetch-site': site }), 403, 'transport');
    });
  }

  it('answers malformed JSON with 400 and a French message, writing nothing', async () => {
    const before = core.call('workshop.list', {});
    const answer = await send({
      method: 'POST',
      path: '/api/workshop.create',
      headers: { 'content-type': 'application/json', [tokenHeader]: running.token },
      body: '{"title": "pas fermé"',
    });
    const message = expectRefused(answer, 400, 'validation');
    expect(message).toMatch(/JSON/);
    expect(message).toMatch(/Rien n’a été modifié/);
    expect(core.call('workshop.list', {})).toEqual(before);
  });

  it('answers a body that is not JSON with 415', async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/workshop.create',
      headers: { 'content-type': 'text/plain', [tokenHeader]: running.token },
      body: '{"title":"texte"}',
    });
    expectRefused(answer, 415, 'transport');
    const form = await send({
      method: 'POST',
      path: '/api/workshop.create',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [tokenHeader]: running.token },
      body: 'title=formulaire',
    });
    expectRefused(form, 415, 'transport');
  });

  it('maps core errors onto HTTP statuses: validation 400, unknown method 404, not found 404', async () => {
    expectRefused(await callApi('workshop.create', { title: 42 }), 400, 'validation');
    expectRefused(await callApi('workshop.supprimerTout', {}), 404, 'unknown_method');
    expectRefused(await callApi('map.get', { workshopId: 'absent' }), 404, 'not_found');
  });

  it('refuses GET on an API method with 405', async () => {
    expectRefused(await send({ path: '/api/workshop.list' }), 405, 'transport');
  });

  it('refuses a body over the limit with 413, and still answers afterwards', async () => {
    const big = Buffer.alloc(maxBodyBytes + 1024, 0x20);
    const declared = await sendTolerant({
      method: 'POST',
      path: '/api/workshop.create',
      headers: {
        'content-type': 'application/json',
        [tokenHeader]: running.token,
        'content-length': String(big.length),
      },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toMatchObject({ ok: false, error: { code: 'validation' } });
    const chunked = await sendTolerant({
      method: 'POST',
      path: '/api/workshop.create',
      headers: { 'content-type': 'application/json', [tokenHeader]: running.token, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    const after = await send({ path: '/api/health' });
    expect(after.status).toBe(200);
    expect((await callApi('workshop.list', {})).status).toBe(200);
  });

  it('streams map.changed to a client of /api/events after a map.apply call', async () => {
    const workshop = core.call('workshop.create', { title: 'Flux' });
    const stream = await openEvents(`/api/events?token=${encodeURIComponent(running.token)}`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      const ops = [
        { type: 'actor.add', actor: newActor({ id: 'a', label: 'Collège', category: 'education', x: 0, y: 0 }) },
      ];
      const applied = await callApi('map.apply', { workshopId: workshop.id, origin: 'onglet-1', ops });
      expect(applied.status).toBe(200);
      const event = await stream.next((e) => e.type === 'map.changed');
      expect(event).toEqual({ type: 'map.changed', workshopId: workshop.id, revision: 1, ops, origin: 'onglet-1' });
    } finally {
      stream.close();
    }
  });

  it('refuses /api/events without the token, or from a foreign Host', async () => {
    expectRefused(await send({ path: '/api/events' }), 403, 'transport');
    expectRefused(await send({ path: '/api/events?token=faux' }), 403, 'transport');
    expectRefused(
      await send({ path: `/api/events?token=${encodeURIComponent(running.token)}`, headers: { host: 'evil.example' } }),
      403,
      'transport',
    );
  });
});
