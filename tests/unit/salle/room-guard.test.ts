// The room listener's guard, rule by rule: what reaches the participant methods at all.
import type { IncomingHttpHeaders } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isJson,
  phoneKeyHeader,
  phoneKeyOf,
  RoomGuard,
  roomRefusal,
  roomRoute,
} from '../../../electron/salle-server/room-guard.js';
import { roomLimits } from '../../../shared/salle/limits.js';

const endpoint = { address: '192.168.1.12', port: 5280 };
const ok = (headers: IncomingHttpHeaders) => expect(roomRefusal(headers, endpoint)).toBeUndefined();
const refused = (headers: IncomingHttpHeaders, reason: RegExp) =>
  expect(roomRefusal(headers, endpoint)).toMatch(reason);

describe('roomRefusal', () => {
  it('lets through the room’s own address and port, with or without its own Origin', () => {
    ok({ host: '192.168.1.12:5280' });
    ok({ host: '192.168.1.12:5280', origin: 'http://192.168.1.12:5280' });
    ok({ host: '192.168.1.12:5280', 'sec-fetch-site': 'same-origin' });
    ok({ host: '192.168.1.12:5280', 'sec-fetch-site': 'none' });
  });

  it('refuses a missing Host, a name (DNS rebinding), another address or port', () => {
    refused({}, /Adresse refusée/);
    refused({ host: '' }, /Adresse refusée/);
    refused({ host: 'salle.example:5280' }, /Adresse refusée/);
    refused({ host: 'localhost:5280' }, /Adresse refusée/);
    refused({ host: '127.0.0.1:5280' }, /Adresse refusée/);
    refused({ host: '192.168.1.12:5281' }, /Adresse refusée/);
    refused({ host: '192.168.1.12' }, /Adresse refusée/);
    refused({ host: '192.168.1.120:5280' }, /Adresse refusée/);
    refused({ host: '192.168.1.12:5280.evil.example' }, /Adresse refusée/);
  });

  it('refuses another Origin, even one that only starts like the room’s', () => {
    refused({ host: '192.168.1.12:5280', origin: 'http://evil.example' }, /Origine refusée/);
    refused({ host: '192.168.1.12:5280', origin: 'https://192.168.1.12:5280' }, /Origine refusée/);
    refused({ host: '192.168.1.12:5280', origin: 'http://192.168.1.12:52800' }, /Origine refusée/);
    refused({ host: '192.168.1.12:5280', origin: 'http://192.168.1.12:5280.evil.example' }, /Origine refusée/);
    refused({ host: '192.168.1.12:5280', origin: 'null' }, /Origine refusée/);
    refused({ host: '192.168.1.12:5280', origin: '' }, /Origine refusée/);
  });

  it('refuses a cross-site or same-site fetch', () => {
    refused({ host: '192.168.1.12:5280', 'sec-fetch-site': 'cross-site' }, /inter-sites/);
    refused({ host: '192.168.1.12:5280', 'sec-fetch-site': 'same-site' }, /inter-sites/);
  });

  it('accepts Host and Origin without the port when the room listens on port 80', () => {
    const on80 = { address: '10.0.0.5', port: 80 };
    expect(roomRefusal({ host: '10.0.0.5', origin: 'http://10.0.0.5' }, on80)).toBeUndefined();
    expect(roomRefusal({ host: '10.0.0.5:80' }, on80)).toBeUndefined();
    expect(roomRefusal({ host: '10.0.0.5:8080' }, on80)).toMatch(/Adresse refusée/);
  });

  it('reads Host and Origin without regard to case', () => {
    const named = { address: 'a.local', port: 5280 };
    expect(roomRefusal({ host: 'A.LOCAL:5280', origin: 'HTTP://A.LOCAL:5280' }, named)).toBeUndefined();
  });

  it('refuses every Host but its own (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (host) => {
        fc.pre(host.toLowerCase() !== '192.168.1.12:5280');
        expect(roomRefusal({ host }, endpoint)).toBeDefined();
      }),
    );
  });
});

describe('roomRoute', () => {
  it('sends POST /api/<method> to the participant methods', () => {
    expect(roomRoute('POST', '/api/propose.note')).toEqual({ kind: 'api', method: 'propose.note' });
    expect(roomRoute('POST', '/api/join.code')).toEqual({ kind: 'api', method: 'join.code' });
  });

  it('refuses any other HTTP method on the API', () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', undefined]) {
      expect(roomRoute(method, '/api/view')).toMatchObject({ kind: 'refused', status: 405 });
    }
  });

  it('refuses method names that are not plain words', () => {
    for (const path of [
      '/api/',
      '/api/__proto__',
      '/api/view/../join',
      '/api/VIEW',
      '/api/a%2Fb',
      `/api/${'a'.repeat(41)}`,
    ]) {
      expect(roomRoute('POST', path), path).toMatchObject({ kind: 'refused', status: 404 });
    }
    expect(roomRoute('POST', `/api/${'a'.repeat(40)}`)).toEqual({ kind: 'api', method: 'a'.repeat(40) });
  });

  it('serves files for GET and HEAD only', () => {
    expect(roomRoute('GET', '/')).toEqual({ kind: 'file', path: '/' });
    expect(roomRoute('HEAD', '/assets/x.js')).toEqual({ kind: 'file', path: '/assets/x.js' });
    expect(roomRoute('POST', '/')).toMatchObject({ kind: 'refused', status: 405 });
    expect(roomRoute('DELETE', '/index.html')).toMatchObject({ kind: 'refused', status: 405 });
  });
});

describe('isJson and phoneKeyOf', () => {
  it('accepts JSON alone as a content type', () => {
    expect(isJson('application/json')).toBe(true);
    expect(isJson('application/json; charset=utf-8')).toBe(true);
    expect(isJson('Application/JSON')).toBe(true);
    expect(isJson(undefined)).toBe(false);
    expect(isJson('')).toBe(false);
    expect(isJson('text/plain')).toBe(false);
    expect(isJson('application/x-www-form-urlencoded')).toBe(false);
    expect(isJson('multipart/form-data')).toBe(false);
    expect(isJson('application/jsonp')).toBe(false);
    expect(isJson('text/plain; application/json')).toBe(false);
  });

  it('reads a key shaped like one, and nothing else', () => {
    const key = 'a'.repeat(32);
    expect(phoneKeyHeader).toBe('x-salle-cle');
    expect(phoneKeyOf({ [phoneKeyHeader]: key })).toBe(key);
    expect(phoneKeyOf({ [phoneKeyHeader]: 'A-_9'.repeat(4) })).toBe('A-_9'.repeat(4));
    expect(phoneKeyOf({})).toBeUndefined();
    expect(phoneKeyOf({ [phoneKeyHeader]: 'court' })).toBeUndefined();
    expect(phoneKeyOf({ [phoneKeyHeader]: 'a'.repeat(65) })).toBeUndefined();
    expect(phoneKeyOf({ [phoneKeyHeader]: `${'a'.repeat(20)}/../` })).toBeUndefined();
    expect(phoneKeyOf({ [phoneKeyHeader]: [key, key] as unknown as string })).toBeUndefined();
  });
});

describe('RoomGuard', () => {
  function guard(known: string[] = []) {
    let now = 1_000_000;
    const g = new RoomGuard(
      (key) => known.includes(key),
      () => now,
    );
    return { g, advance: (ms: number) => (now += ms) };
  }

  it('lets a phone make a burst of requests, then makes it wait, then lets it go on', () => {
    const { g, advance } = guard(['phone-a']);
    for (let i = 0; i < roomLimits.phoneBurst; i++) expect(g.admit('10.0.0.2', 'phone-a').ok).toBe(true);
    const refused = g.admit('10.0.0.2', 'phone-a');
    expect(refused).toMatchObject({ ok: false, retryAfterS: Math.ceil(1 / roomLimits.phonePerSecond) });
    expect(refused.ok || refused.message).toMatch(/patientez/);
    advance(1000 / roomLimits.phonePerSecond);
    expect(g.admit('10.0.0.2', 'phone-a').ok).toBe(true);
    expect(g.admit('10.0.0.2', 'phone-a').ok).toBe(false);
  });

  it('counts phones apart, even behind one address', () => {
    const { g } = guard(['phone-a', 'phone-b']);
    for (let i = 0; i < roomLimits.phoneBurst; i++) g.admit('10.0.0.2', 'phone-a');
    expect(g.admit('10.0.0.2', 'phone-a').ok).toBe(false);
    expect(g.admit('10.0.0.2', 'phone-b').ok).toBe(true);
  });

  it('counts an unknown or forged key by address, so that forging keys gains nothing', () => {
    const { g } = guard(['phone-a']);
    let allowed = 0;
    for (let i = 0; i < roomLimits.addressBurst + 10; i++) {
      if (g.admit('10.0.0.9', `forged-${i}`).ok) allowed += 1;
    }
    expect(allowed).toBe(roomLimits.addressBurst);
    expect(g.admit('10.0.0.9', undefined).ok).toBe(false);
    // Another address, and a real phone at the same address, are not held back by it.
    expect(g.admit('10.0.0.10', undefined).ok).toBe(true);
    expect(g.admit('10.0.0.9', 'phone-a').ok).toBe(true);
  });

  it('waits at the address rate once the burst is spent', () => {
    const { g, advance } = guard();
    for (let i = 0; i < roomLimits.addressBurst; i++) expect(g.admit('10.0.0.3', undefined).ok).toBe(true);
    const refused = g.admit('10.0.0.3', undefined);
    expect(refused).toMatchObject({ ok: false, retryAfterS: Math.ceil(1 / roomLimits.addressPerSecond) });
    advance(1000 / roomLimits.addressPerSecond);
    expect(g.admit('10.0.0.3', undefined).ok).toBe(true);
  });
});
