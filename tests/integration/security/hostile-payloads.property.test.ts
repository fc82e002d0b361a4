// Every API method, given random and hostile payloads through core.dispatch and through the
// HTTP transport: a typed error envelope, nothing written, no event, and the process lives on.
// The method list is read at run time: a method added later is covered without editing this.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { writingMethods } from '../../../electron/core/handlers.js';
import {
  maxBodyBytes,
  type RunningServer,
  startHttpServer,
  tokenHeader,
} from '../../../electron/server/http-server.js';
import { errorCodes } from '../../../shared/api/errors.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { methodNames } from '../../../shared/api/method-names.js';
import { newActor, newLink } from '../../../shared/domain/model.js';
import { roomLimits } from '../../../shared/salle/limits.js';
import { phoneInputs } from '../../../shared/salle/room-schema.js';
import { joinRoom, roomRequest } from '../../support/room-client.js';

/** Codes a refused payload may carry; `internal` or `storage` would mean a crash caught late. */
const refusalCodes = new Set(['validation', 'not_found', 'unknown_method', 'read_only', 'conflict']);

let dataDir: string;
let core: Core;
let server: RunningServer;
let workshopId: string;
const events: CoreEvent[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'maillage-hostile-'));
  // The room listener of these tests listens on 127.0.0.1 only.
  core = createCore({
    dataDir,
    phoneDir: join(dataDir, 'telephone'),
    roomInterfaces: () => [{ name: 'lo', address: '127.0.0.1', likely: false, loopback: true }],
  });
  const workshop = core.call('workshop.create', { title: 'Atelier visé' });
  workshopId = workshop.id;
  core.call('map.apply', {
    workshopId,
    origin: 'test',
    ops: [
      { type: 'actor.add', actor: newActor({ id: 'a', label: 'Collège', category: 'education', x: 0, y: 0 }) },
      { type: 'actor.add', actor: newActor({ id: 'b', label: 'CAF', category: 'protection-sociale', x: 1, y: 1 }) },
      { type: 'link.add', link: newLink({ id: 'ab', source: 'a', target: 'b', kind: 'information' }) },
    ],
  });
  core.backups.take('periodique');
  const rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  server = await startHttpServer({ core, rendererDir, port: 0 });
  core.subscribe((event) => events.push(event));
});

afterAll(async () => {
  await server.close();
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every row of every table, and the backups folder: what "nothing written" compares. */
function dump(): string {
  const db = new Database(core.databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const content = tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]);
    const backups = readdirSync(join(dataDir, 'sauvegardes')).sort();
    return createHash('sha256')
      .update(JSON.stringify([content, backups, db.pragma('user_version', { simple: true })]))
      .digest('hex');
  } finally {
    db.close();
  }
}

const huge = 'é'.repeat(2_000_000);
const deepArray = () => JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) as unknown;
const deepObject = () => JSON.parse(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`) as unknown;

/** JSON texts a hostile page could send: keys that pollute prototypes when merged carelessly. */
const pollutingTexts = (id: string) => [
  `{"__proto__":{"polluted":true}}`,
  `{"constructor":{"prototype":{"polluted":true}}}`,
  `{"id":"${id}","__proto__":{"polluted":true}}`,
  `{"workshopId":"${id}","origin":"x","ops":[{"type":"actor.add","__proto__":{"polluted":true}}]}`,
  `{"id":"${id}","patch":{"__proto__":{"title":"Piraté"}},"constructor":{"name":"x"}}`,
  `{"title":"Intrus","__proto__":{"admin":true},"extra":1}`,
];

/**
 * Payloads that no writing method can accept: wrong types, extra keys on a strict object,
 * huge or deep values. (A reading method may accept one — `{}` for `app.info` — and is then
 * only checked for its envelope: see `check`.)
 */
const hostile = (id: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
    fc.record({
      id: fc.oneof(fc.integer(), fc.constant('../../etc/passwd'), fc.constant(huge), fc.constant(null)),
      workshopId: fc.oneof(fc.constant(id), fc.constant(42), fc.constant(['x'])),
      title: fc.oneof(fc.constant(huge), fc.integer(), fc.constant({ toString: 'x' })),
      ops: fc.oneof(fc.constant('actor.add'), fc.constant([{ type: 'actor.remove' }]), fc.constant(huge)),
      [`cle-en-trop-${Math.random().toString(36).slice(2, 6)}`]: fc.anything(),
    }),
    fc.constantFrom(...pollutingTexts(id)).map((text) => JSON.parse(text) as unknown),
    fc.constant(null).map(() => deepArray()),
    fc.constant(null).map(() => deepObject()),
    fc.constant({ id, workshopId: id, extra: deepArray() }),
    fc.constant({ id, workshopId: id, title: huge, origin: huge, ops: [] }),
    fc.constant([id]),
    fc.constant(huge),
  );

interface Answer {
  ok: boolean;
  error?: { code: string; message: string };
}

/** The envelope's shape, and — for a refusal — that nothing was written and nobody told. */
function check(method: string, answer: unknown, before: string): void {
  expect(answer, method).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  const envelope = answer as Answer;
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
  expect(({} as Record<string, unknown>).admin, 'Object.prototype polluted').toBeUndefined();
  // A reading method may accept `{}`; a writing method must accept none of these payloads.
  if (envelope.ok) {
    expect(writingMethods.has(method as never), `${method} accepted a hostile payload`).toBe(false);
    return;
  }
  expect(errorCodes).toContain(envelope.error?.code);
  expect(refusalCodes.has(envelope.error?.code ?? ''), `${method}: ${JSON.stringify(envelope.error)}`).toBe(true);
  expect(envelope.error?.message).toMatch(/[a-zàâçéèêëîïôûù’]{3,}/i);
  expect(dump(), `${method} wrote on a refused payload`).toBe(before);
  expect(events, `${method} announced a change it did not make`).toEqual([]);
}

function post(path: string, text: string | Buffer): Promise<{ status: number; json: unknown }> {
  const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', [tokenHeader]: server.token, 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** JSON text of a payload; deep values built by hand (JSON.stringify would recurse 10,000 times). */
function toText(payload: unknown): string {
  try {
    return JSON.stringify(payload) ?? 'null';
  } catch {
    return `{"extra":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  }
}

describe('hostile payloads, for every method', () => {
  it('the list of methods is read at run time', () => {
    expect(methodNames.length).toBeGreaterThanOrEqual(10);
  });

  it.each([...methodNames])('%s through core.dispatch: a typed error, nothing written', async (method) => {
    await fc.assert(
      fc.asyncProperty(hostile(workshopId), async (payload) => {
        const before = dump();
        events.length = 0;
        const answer = await core.dispatch(method, payload);
        check(method, answer, before);
      }),
      { numRuns: 40, seed: 6 },
    );
  });

  it.each([...methodNames])('%s over HTTP: a typed error, nothing written', async (method) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile(workshopId).map(toText),
          fc.constantFrom(...pollutingTexts(workshopId)),
          fc.constantFrom(
            `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
            '{"a":',
            '\u0000\u00ff',
            '{"title":"x"}garbage',
          ),
        ),
        async (text) => {
          const before = dump();
          events.length = 0;
          const { status, json } = await post(`/api/${method}`, text);
          check(method, json, before);
          expect(status === 200).toBe((json as Answer).ok);
        },
      ),
      { numRuns: 15, seed: 6 },
    );
  });

  it('over HTTP, refuses an unknown or hostile method name and a body over the limit, writing nothing', async () => {
    const before = dump();
    for (const name of ['__proto__', 'constructor', 'toString', 'workshop.create/../app.info', 'hasOwnProperty']) {
      const { status, json } = await post(`/api/${encodeURIComponent(name)}`, '{}');
      expect(status, name).toBe(404);
      expect(json).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    const { status, json } = await post('/api/workshop.create', Buffer.alloc(maxBodyBytes + 1, 0x20));
    expect(status).toBe(413);
    expect(json).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(dump()).toBe(before);
  });

  it('lives on: both transports still answer, and the data is as it was', async () => {
    expect(core.call('workshop.list', {})).toEqual([expect.objectContaining({ id: workshopId, actorCount: 2 })]);
    const { status, json } = await post('/api/map.get', JSON.stringify({ workshopId }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, result: { map: { links: [expect.objectContaining({ id: 'ab' })] } } });
  });
});

/**
 * The room listener is the first one beyond the laptop: every participant method, given the
 * same hostile payloads by a phone that joined, answers a typed refusal, writes nothing and
 * announces nothing; so do requests without a key, with a forged one, too large, or aimed at
 * the facilitator's methods. The method list is read at run time from the phones' schemas.
 */
describe('hostile payloads, for every participant method of the room listener', () => {
  let roomUrl: string;
  let joinUrl: string;
  let phone: Awaited<ReturnType<typeof joinRoom>>;

  beforeAll(async () => {
    const status = await core.call('room.open', { workshopId, address: '127.0.0.1', port: 0 });
    roomUrl = status.url;
    joinUrl = status.joinUrl;
  });
  // A phone per test: each has its own allowance of requests, which is not what is tested here.
  beforeEach(async () => {
    phone = await joinRoom(joinUrl);
    events.length = 0;
  });
  afterAll(() => {
    core.call('room.close', { workshopId });
  });

  /** The room's own refusals: `transport` is a phone not joined or a request the guard stops. */
  const roomRefusals = new Set([...refusalCodes, 'transport']);

  function checkRoom(method: string, status: number, json: unknown, before: string): void {
    expect(json, method).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
    const envelope = json as Answer;
    expect(status === 200, `${method}: ${status}`).toBe(envelope.ok);
    if (envelope.ok) return;
    expect(roomRefusals.has(envelope.error?.code ?? ''), `${method}: ${JSON.stringify(envelope.error)}`).toBe(true);
    expect(envelope.error?.message).toMatch(/[a-zàâçéèêëîïôûù’]{3,}/i);
    expect(dump(), `${method} wrote on a refused payload`).toBe(before);
    expect(events, `${method} announced a change it did not make`).toEqual([]);
  }

  it.each(Object.keys(phoneInputs))('%s: a typed refusal, nothing written', async (method) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile(workshopId)
            .map(toText)
            .filter((text) => Buffer.byteLength(text) <= roomLimits.bodyBytes),
          fc.constantFrom(...pollutingTexts(workshopId)),
          fc.constantFrom('{"a":', '\u0000\u00ff', '{"text":"x"}garbage', '[]', 'null', '"texte"'),
        ),
        async (text) => {
          const before = dump();
          events.length = 0;
          const { status, json } = await roomRequest(roomUrl, { path: `/api/${method}`, body: text, key: phone.key });
          checkRoom(method, status, json, before);
        },
      ),
      { numRuns: 12, seed: 6 },
    );
  });

  it('refuses the facilitator’s methods, missing and forged keys, big bodies and foreign origins, writing nothing', async () => {
    const before = dump();
    for (const [index, method] of methodNames.entries()) {
      // A phone's allowance of requests is a burst of 40: a new phone every 30 methods.
      if (index > 0 && index % 30 === 0) phone = await joinRoom(joinUrl);
      const { status, json } = await roomRequest(roomUrl, {
        path: `/api/${method}`,
        body: { workshopId },
        key: phone.key,
      });
      expect(status, method).toBe(404);
      expect(json).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    phone = await joinRoom(joinUrl);
    events.length = 0;
    for (const key of [undefined, 'A'.repeat(32)]) {
      const { status } = await roomRequest(roomUrl, {
        path: '/api/propose.note',
        body: { id: 'n', kind: 'constat', text: 'Intrus' },
        key,
      });
      expect(status).toBe(401);
    }
    const big = await roomRequest(roomUrl, {
      path: '/api/propose.note',
      body: Buffer.alloc(roomLimits.bodyBytes + 1, 0x20),
      key: phone.key,
    });
    expect(big.status).toBe(413);
    const foreign = await roomRequest(roomUrl, {
      path: '/api/propose.note',
      body: { id: 'n', kind: 'constat', text: 'Intrus' },
      key: phone.key,
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(dump()).toBe(before);
    expect(events).toEqual([]);
  });
});
