import type { IncomingHttpHeaders } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedOrigins, refusalReason } from '../../../electron/server/request-guard.js';

const port = 5199;
const ok = (headers: IncomingHttpHeaders) => expect(refusalReason(headers, port)).toBeUndefined();
const refused = (headers: IncomingHttpHeaders, reason: RegExp) => expect(refusalReason(headers, port)).toMatch(reason);

describe('refusalReason', () => {
  it('lets through a request to 127.0.0.1 or localhost on the server’s own port', () => {
    ok({ host: '127.0.0.1:5199' });
    ok({ host: 'localhost:5199' });
    ok({ host: 'LOCALHOST:5199' });
  });

  it('refuses a missing Host, a foreign name, another port or no port (DNS rebinding)', () => {
    refused({}, /Hôte refusé/);
    refused({ host: 'evil.example:5199' }, /Hôte refusé/);
    refused({ host: 'evil.example' }, /Hôte refusé/);
    refused({ host: '127.0.0.1:5200' }, /Hôte refusé/);
    refused({ host: '127.0.0.1' }, /Hôte refusé/);
    refused({ host: 'localhost.evil.example:5199' }, /Hôte refusé/);
    refused({ host: '0.0.0.0:5199' }, /Hôte refusé/);
    refused({ host: '[::1]:5199' }, /Hôte refusé/);
  });

  it('accepts no Origin, or the server’s own origin', () => {
    ok({ host: '127.0.0.1:5199', origin: 'http://127.0.0.1:5199' });
    ok({ host: '127.0.0.1:5199', origin: 'http://localhost:5199' });
  });

  it('refuses a foreign or opaque Origin (CSRF from another tab)', () => {
    for (const origin of [
      'http://evil.example',
      'null',
      'http://127.0.0.1:5200',
      'https://127.0.0.1:5199',
      'file://',
    ]) {
      refused({ host: '127.0.0.1:5199', origin }, /Origine refusée/);
    }
  });

  it('accepts Sec-Fetch-Site same-origin and none, and refuses same-site and cross-site', () => {
    ok({ host: '127.0.0.1:5199', 'sec-fetch-site': 'same-origin' });
    ok({ host: '127.0.0.1:5199', 'sec-fetch-site': 'none' });
    refused({ host: '127.0.0.1:5199', 'sec-fetch-site': 'cross-site' }, /inter-sites/);
    refused({ host: '127.0.0.1:5199', 'sec-fetch-site': 'same-site' }, /inter-sites/);
  });

  it('answers in French', () => {
    expect(refusalReason({ host: 'evil.example' }, port)).toContain('Maillage ne répond qu’à 127.0.0.1');
  });

  it('lists the two loopback origins of the port', () => {
    expect([...allowedOrigins(8080)].sort()).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080']);
  });

  it('lets through only hosts that are a loopback name with the right port (property)', () => {
    fc.assert(
      fc.property(fc.string(), (host) => {
        const reason = refusalReason({ host }, port);
        const allowed = ['127.0.0.1:5199', 'localhost:5199'].includes(host.toLowerCase());
        expect(reason === undefined).toBe(allowed);
      }),
    );
  });
});
