// The room through a real core, a real SQLite file and the real room listener on 127.0.0.1:
// phones join with the QR code's secret or the short code, propose, vote; the facilitator's
// methods settle and count; closing revokes every phone. Never any address but 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import type { CoreEvent } from '../../../shared/api/events.js';
import { newActor, newNote } from '../../../shared/domain/model.js';
import { roomLimits } from '../../../shared/salle/limits.js';
import type { PhoneView, RoomStatus } from '../../../shared/salle/room.js';
import { joinRoom, roomRequest } from '../../support/room-client.js';

const loopbackOnly = () => [{ name: 'lo', address: '127.0.0.1', likely: false, loopback: true }];

let dataDir: string;
let phoneDir: string;
let core: Core;
let workshopId: string;
let events: CoreEvent[];

function openCore(): Core {
  return createCore({ dataDir, phoneDir, roomInterfaces: loopbackOnly });
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'maillage-salle-'));
  phoneDir = join(dataDir, 'telephone');
  mkdirSync(join(phoneDir, 'assets'), { recursive: true });
  writeFileSync(join(phoneDir, 'index.html'), '<!doctype html><title>Salle</title>');
  writeFileSync(join(phoneDir, 'assets', 'page.js'), 'console.log(1)');
  writeFileSync(join(dataDir, 'secret.txt'), 'ne doit jamais sortir');
  core = openCore();
  workshopId = core.call('workshop.create', { title: 'Atelier de la salle' }).id;
  core.call('map.apply', {
    workshopId,
    origin: 'test',
    ops: [
      { type: 'actor.add', actor: newActor({ id: 'college', label: 'Collège', category: 'education', x: 0, y: 0 }) },
      { type: 'actor.add', actor: newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 300, y: 0 }) },
      {
        type: 'note.add',
        note: newNote({ id: 'p1', kind: 'piste-action', text: 'Un café des parents', x: 0, y: 200 }),
      },
      { type: 'note.add', note: newNote({ id: 'p2', kind: 'piste-action', text: 'Une navette', x: 300, y: 200 }) },
    ],
  });
  events = [];
  core.subscribe((event) => events.push(event));
});

afterEach(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(): Promise<RoomStatus> {
  return core.call('room.open', { workshopId, address: '127.0.0.1', port: 0 });
}

const resultOf = <T>(answer: { json: unknown }) => (answer.json as { result: T }).result;
const errorOf = (answer: { json: unknown }) => (answer.json as { error: { code: string; message: string } }).error;

describe('opening the room', () => {
  it('listens on the chosen address with a secret in the QR code and a six-digit short code', async () => {
    const status = await open();
    expect(status.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(status.joinUrl.startsWith(`${status.url}#s=`)).toBe(true);
    expect(new URL(status.joinUrl).hash.length).toBeGreaterThan(20);
    expect(status.shortCode).toMatch(/^\d{6}$/);
    const page = await roomRequest(status.url, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(events).toContainEqual({ type: 'room.changed', workshopId });
  });

  it('refuses an address that is not one of the computer’s, and a second workshop while one is open', async () => {
    await expect(core.call('room.open', { workshopId, address: '0.0.0.0', port: 0 })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(core.call('room.open', { workshopId, address: '10.1.2.3', port: 0 })).rejects.toMatchObject({
      code: 'validation',
    });
    const first = await open();
    expect(await open()).toEqual(first);
    const other = core.call('workshop.create', { title: 'Autre atelier' }).id;
    await expect(core.call('room.open', { workshopId: other, address: '127.0.0.1', port: 0 })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('serves only the phone page and the participant methods', async () => {
    const { url } = await open();
    for (const path of ['/api/workshop.list', '/api/map.get', '/api/club.overview', '/api/room.open']) {
      const answer = await roomRequest(url, { path, body: { workshopId } });
      expect(answer.status, path).toBe(404);
      expect(errorOf(answer).code).toBe('unknown_method');
    }
    for (const path of ['/api/events', '/api/health']) {
      expect((await roomRequest(url, { method: 'GET', path })).status, path).toBe(405);
    }
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const answer = await roomRequest(url, { method: 'GET', path });
      expect(answer.text, path).not.toContain('ne doit jamais sortir');
    }
    expect((await roomRequest(url, { method: 'GET', path: '/assets/page.js' })).status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin and a cross-site fetch', async () => {
    const { url, joinUrl } = await open();
    const secret = new URL(joinUrl).hash.slice(3);
    const tries: Record<string, string>[] = [
      { host: 'evil.example:80' },
      { host: 'localhost' },
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of tries) {
      const answer = await roomRequest(url, { path: '/api/join', body: { secret }, headers });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    const form = await roomRequest(url, {
      path: '/api/join',
      body: `secret=${secret}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(core.call('room.state', { workshopId }).status?.phones).toBe(0);
  });
});

describe('phones', () => {
  it('join with the short code, see the map as the wall shows it, and propose', async () => {
    const status = await open();
    const secret = resultOf<{ secret: string }>(
      await roomRequest(status.url, {
        path: '/api/join.code',
        body: { code: `${status.shortCode.slice(0, 3)} ${status.shortCode.slice(3)}` },
      }),
    ).secret;
    expect(`${status.url}#s=${secret}`).toBe(status.joinUrl);
    const phone = await joinRoom(status.joinUrl);

    const view = resultOf<PhoneView>(await phone.call('view'));
    expect(view.workshop.title).toBe('Atelier de la salle');
    expect(view.step.id).toBe('preparer');
    expect(view.actors.map((a) => a.label)).toEqual(['CAF', 'Collège']);
    // Pistes d'action are not on the wall before « Pistes d'action »: nor on the phones.
    expect(view.vote.pistes).toEqual([]);
    expect(resultOf<{ unchanged: boolean }>(await phone.call('view', { since: view.version })).unchanged).toBe(true);
    const picture = resultOf<{ svg: string }>(await phone.call('map.svg'));
    expect(picture.svg).toContain('Collège');
    expect(picture.svg).not.toContain('Un café des parents');

    const sent = await phone.call('propose.note', {
      id: 'n1',
      kind: 'besoin',
      text: '<script>alert(1)</script> Un lieu pour les parents',
      actorId: 'college',
      author: 'Awa',
    });
    expect(sent.status).toBe(200);
    const again = await phone.call('propose.note', { id: 'n1', kind: 'besoin', text: 'autre chose', actorId: null });
    expect(resultOf<{ id: string }>(again).id).toBe(resultOf<{ id: string }>(sent).id);
    const link = await phone.call('propose.link', {
      id: 'l1',
      sourceId: 'college',
      targetId: 'caf',
      text: 'Pour les bourses',
    });
    expect(link.status).toBe(200);

    const state = core.call('room.state', { workshopId });
    expect(state.pending).toHaveLength(2);
    expect(state.pending[0]).toMatchObject({
      type: 'note',
      kind: 'besoin',
      text: '<script>alert(1)</script> Un lieu pour les parents',
      actorId: 'college',
      author: 'Awa',
      status: 'pending',
    });
    expect(state.pending[1]).toMatchObject({ type: 'link', sourceId: 'college', targetId: 'caf' });
    expect(state.contributors).toBe(1);
    // Nothing reaches the map before the facilitator accepts it.
    expect(core.call('map.get', { workshopId }).map.notes).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain('parents');

    core.call('room.settle', { workshopId, id: state.pending[0]!.id, outcome: 'accepted' });
    expect(() => core.call('room.settle', { workshopId, id: state.pending[0]!.id, outcome: 'refused' })).toThrow(
      /déjà été traitée/,
    );
    const after = resultOf<PhoneView>(await phone.call('view', { since: view.version }));
    expect(after.mine.map((m) => m.status)).toEqual(['accepted', 'pending']);
    expect(core.call('room.state', { workshopId }).pending).toHaveLength(1);
  });

  it('stores proposals sent together, and one sent twice at the same moment, exactly once each', async () => {
    const status = await open();
    const phones = await Promise.all(Array.from({ length: 12 }, () => joinRoom(status.joinUrl)));
    const answers = await Promise.all(
      phones.flatMap((phone, i) =>
        [0, 1].map(() => phone.call('propose.note', { id: `same-${i}`, kind: 'besoin', text: `Besoin ${i}` })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const ids = answers.map((a) => resultOf<{ id: string }>(a).id);
    // The two sends of one phone got the same proposal; the twelve phones, twelve.
    for (let i = 0; i < phones.length; i++) expect(ids[2 * i]).toBe(ids[2 * i + 1]);
    const pending = core.call('room.state', { workshopId }).pending;
    expect(pending.map((p) => p.text).sort()).toEqual(phones.map((_, i) => `Besoin ${i}`).sort());
    // The database holds them too: a new core (a restart) reads the same list.
    core.close();
    core = openCore();
    expect(core.call('room.state', { workshopId }).pending).toHaveLength(phones.length);
  });

  it('refuses proposals about actors that are not on the map, over the per-phone limit, and unknown keys', async () => {
    const status = await open();
    const phone = await joinRoom(status.joinUrl);
    const ghost = await phone.call('propose.note', { id: 'g', kind: 'frein', text: 'x', actorId: 'fantome' });
    expect(ghost.status).toBe(400);
    const same = await phone.call('propose.link', { id: 's', sourceId: 'caf', targetId: 'caf' });
    expect(same.status).toBe(400);
    for (let i = 0; i < roomLimits.proposalsPerPhone; i++) {
      expect((await phone.call('propose.note', { id: `n${i}`, kind: 'constat', text: `Constat ${i}` })).status).toBe(
        200,
      );
    }
    const over = await phone.call('propose.note', { id: 'over', kind: 'constat', text: 'Un de trop' });
    expect(over.status).toBe(409);
    expect(errorOf(over).message).toContain(`${roomLimits.proposalsPerPhone} propositions`);
    const forged = await roomRequest(status.url, { path: '/api/view', body: {}, key: 'A'.repeat(32) });
    expect(forged.status).toBe(401);
    expect(core.call('room.state', { workshopId }).pending).toHaveLength(roomLimits.proposalsPerPhone);
  });

  it('limits wrong short codes per address, then withdraws the code for everyone', async () => {
    const status = await open();
    const wrong = status.shortCode === '000000' ? '111111' : '000000';
    const tryCode = (code: string) => roomRequest(status.url, { path: '/api/join.code', body: { code } });
    for (let i = 0; i < roomLimits.codeFailuresPerAddress; i++) expect((await tryCode(wrong)).status).toBe(400);
    // Now even the right code waits: guessing from this address is over for a while.
    const locked = await tryCode(status.shortCode);
    expect(locked.status).toBe(409);
    expect(errorOf(locked).message).toContain('patientez');
    // The QR code still works.
    await joinRoom(status.joinUrl);
    const fresh = core.call('room.newCode', { workshopId });
    expect(fresh.shortCode).toMatch(/^\d{6}$/);
    expect((await tryCode(fresh.shortCode)).status).toBe(200);
  });

  it('has a bucket of requests per phone', async () => {
    const status = await open();
    const phone = await joinRoom(status.joinUrl);
    const answers = [];
    for (let i = 0; i < roomLimits.phoneBurst + 5; i++) answers.push((await phone.call('view')).status);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(answers.slice(0, roomLimits.phoneBurst - 1).every((s) => s === 200)).toBe(true);
  });

  it('refuses a body over the limit without reading it all', async () => {
    const status = await open();
    const phone = await joinRoom(status.joinUrl);
    const big = await roomRequest(status.url, {
      path: '/api/propose.note',
      key: phone.key,
      body: JSON.stringify({ id: 'big', kind: 'constat', text: 'x'.repeat(roomLimits.bodyBytes * 2) }),
    });
    expect(big.status).toBe(413);
    expect(core.call('room.state', { workshopId }).pending).toEqual([]);
  });
});

describe('the vote with gommettes', () => {
  it('takes each phone’s gommettes until the vote closes, and counts them once', async () => {
    core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'pistes' } });
    const status = await open();
    const a = await joinRoom(status.joinUrl);
    const b = await joinRoom(status.joinUrl);
    expect((await a.call('vote', { dots: { p1: 1 } })).status).toBe(409);
    core.call('room.vote', { workshopId, action: { type: 'open', dots: 3 } });
    const view = resultOf<PhoneView>(await a.call('view'));
    expect(view.vote).toMatchObject({ status: 'open', dots: 3 });
    expect(view.vote.pistes.map((p) => p.text)).toEqual(['Un café des parents', 'Une navette']);

    expect((await a.call('vote', { dots: { p1: 2, p2: 2 } })).status).toBe(400);
    expect((await a.call('vote', { dots: { p1: 3 } })).status).toBe(200);
    // Changed, and sent twice: the last one counts, once.
    expect((await a.call('vote', { dots: { p1: 1, p2: 2 } })).status).toBe(200);
    expect((await a.call('vote', { dots: { p1: 1, p2: 2 } })).status).toBe(200);
    expect((await b.call('vote', { dots: { p2: 3 } })).status).toBe(200);
    expect((await b.call('vote', { dots: { fantome: 1 } })).status).toBe(400);

    core.call('room.vote', { workshopId, action: { type: 'close' } });
    expect((await b.call('vote', { dots: { p1: 3 } })).status).toBe(409);
    const counted = core.call('room.vote', { workshopId, action: { type: 'count' } });
    expect(counted).toMatchObject({ status: 'counted', tally: { p1: 1, p2: 5 }, voters: 2 });
    expect(() => core.call('room.vote', { workshopId, action: { type: 'count' } })).toThrow(/déjà été ajoutées/);
    // Votes are anonymous: nothing of who voted what reaches the facilitator.
    expect(JSON.stringify(core.call('room.state', { workshopId }))).not.toContain(a.key);
    expect(core.call('room.state', { workshopId }).contributors).toBe(2);
    // Counting says what to add: the map itself changes only through map.apply, by the editor.
    expect(core.call('map.get', { workshopId }).map.notes.map((n) => n.votes)).toEqual([0, 0]);
  });
});

describe('the summary', () => {
  it('says how many people contributed from their phones, and nothing when nobody did', async () => {
    const html = async () =>
      Buffer.from((await core.call('workshop.export', { workshopId, format: 'html' })).base64, 'base64').toString(
        'utf8',
      );
    expect(await html()).not.toContain('téléphone');
    const status = await open();
    const a = await joinRoom(status.joinUrl);
    const b = await joinRoom(status.joinUrl);
    await joinRoom(status.joinUrl);
    await a.call('propose.note', { id: 'n', kind: 'constat', text: 'Un constat' });
    await a.call('propose.note', { id: 'm', kind: 'frein', text: 'Un frein' });
    core.call('facilitation.act', { workshopId, action: { type: 'step', step: 'pistes' } });
    core.call('room.vote', { workshopId, action: { type: 'open', dots: 2 } });
    await b.call('vote', { dots: { p1: 2 } });
    // Two people: one proposed twice, one voted; the third phone only looked.
    expect(await html()).toContain('2\u00a0personnes ont contribué depuis leur téléphone.'.replace('\u00a0', ' '));
  });
});

describe('closing', () => {
  it('revokes every phone at once and stops listening; a new opening has a new secret', async () => {
    const status = await open();
    const phone = await joinRoom(status.joinUrl);
    expect((await phone.call('view')).status).toBe(200);
    core.call('room.close', { workshopId });
    await expect(phone.call('view')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(core.call('room.state', { workshopId }).status).toBeNull();

    const again = await open();
    expect(again.joinUrl).not.toBe(status.joinUrl);
    const old = await roomRequest(again.url, { path: '/api/view', body: {}, key: phone.key });
    expect(old.status).toBe(401);
    const oldSecret = await roomRequest(again.url, {
      path: '/api/join',
      body: { secret: new URL(status.joinUrl).hash.slice(3) },
    });
    expect(oldSecret.status).toBe(401);
  });

  it('closes with the core (quitting), and keeps what was proposed for the next start', async () => {
    const status = await open();
    const phone = await joinRoom(status.joinUrl);
    await phone.call('propose.note', { id: 'n', kind: 'constat', text: 'Gardé malgré l’arrêt' });
    core.close();
    await expect(phone.call('view')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    core = openCore();
    expect(core.call('room.state', { workshopId }).pending.map((p) => p.text)).toEqual(['Gardé malgré l’arrêt']);
  });

  it('closes when its workshop is deleted, and the proposals go with the workshop', async () => {
    const status = await open();
    const phone = await joinRoom(status.joinUrl);
    await phone.call('propose.note', { id: 'n', kind: 'constat', text: 'À effacer' });
    core.call('workshop.delete', { id: workshopId });
    await expect(phone.call('view')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const other = core.call('workshop.create', { title: 'Suivant' }).id;
    expect(core.call('room.state', { workshopId: other }).pending).toEqual([]);
  });
});
