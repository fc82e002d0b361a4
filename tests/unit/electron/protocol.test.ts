import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/web-security.js';
import { appOrigin } from '../../../electron/main/app-url.js';
import { appSchemePrivileges, type ReadFile, serveAppRequest } from '../../../electron/main/protocol.js';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'maillage-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Maillage</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  // Beside the renderer folder: must never be served.
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const request = (url: string, method: string, read: ReadFile = readFile) =>
  serveAppRequest({ url, method }, rendererDir, read, appOrigin);
const get = (url: string, read: ReadFile = readFile) => request(url, 'GET', read);

function text(body: Uint8Array | string | null): string {
  return typeof body === 'string' ? body : new TextDecoder().decode(body ?? new Uint8Array());
}

describe('appSchemePrivileges', () => {
  it('makes maillage:// a standard, secure scheme that fetch can load, and nothing more', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'maillage',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with its type and the CSP', async () => {
    const answer = await get('maillage://app/index.html');
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(text(answer.body)).toContain('<title>Maillage</title>');
  });

  it('serves index.html for the bare origin and assets by path, ignoring query and hash', async () => {
    expect(text((await get('maillage://app/')).body)).toContain('Maillage');
    const script = await get('maillage://app/assets/index-abc.js?v=1#x');
    expect(script.status).toBe(200);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'maillage://app/../package.json',
    'maillage://app/assets/../../package.json',
    'maillage://app/%2e%2e/package.json',
    'maillage://app/%2E%2E/package.json',
    'maillage://app/..%2fpackage.json',
    'maillage://app/%2e%2e%2fpackage.json',
    'maillage://app/..%5cpackage.json',
    'maillage://app/index.html%00.js',
    'maillage://app/%E0%A4%A',
  ])('refuses %s with a 404 that still carries the CSP', async (url) => {
    const answer = await get(url);
    expect(answer.status).toBe(404);
    expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(text(answer.body)).not.toContain('secret');
  });

  it.each([
    'maillage://evil/index.html',
    'maillage://app.evil/index.html',
    'maillage://app@evil/index.html',
    'https://app/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses the wrong origin %s', async (url) => {
    const read = vi.fn<ReadFile>((path) => readFile(path));
    const answer = await get(url, read);
    expect(answer.status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('maillage://app/absent.js')).status).toBe(404);
    expect((await get('maillage://app/assets')).status).toBe(404);
  });

  it('answers 500 without details when the disk fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: ReadFile = () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }));
    const answer = await get('maillage://app/index.html', failing);
    expect(answer.status).toBe(500);
    expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    vi.restoreAllMocks();
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await request('maillage://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    const post = await request('maillage://app/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.Allow).toBe('GET, HEAD');
  });

  it('serves a page with no-cache, so that a rebuilt renderer shows on the next start', async () => {
    const answer = await get('maillage://app/index.html');
    expect(answer.headers['Cache-Control']).toBe('no-cache');
  });

  it('answers refusals in plain French text, with the CSP, and without a body to HEAD', async () => {
    const head = (url: string, read: ReadFile = readFile) =>
      serveAppRequest({ url, method: 'HEAD' }, rendererDir, read, appOrigin);
    const failing: ReadFile = () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const refusals = [
      [await get('maillage://evil/index.html'), 404, 'Introuvable.'],
      [await get('maillage://app/../package.json'), 404, 'Introuvable.'],
      [await get('maillage://app/index.html%00.js'), 404, 'Introuvable.'],
      [await get('maillage://app/absent.js'), 404, 'Introuvable.'],
      [await get('maillage://app/index.html', failing), 500, 'Erreur de lecture.'],
      [await request('maillage://app/index.html', 'PUT'), 405, 'Méthode non permise.'],
    ] as const;
    for (const [answer, status, body] of refusals) {
      expect(answer.status).toBe(status);
      expect(answer.body).toBe(body);
      expect(answer.headers['Content-Type']).toBe('text/plain; charset=utf-8');
      expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    }
    for (const answer of [
      await head('maillage://evil/index.html'),
      await head('maillage://app/../package.json'),
      await head('maillage://app/index.html%00.js'),
      await head('maillage://app/absent.js'),
      await head('maillage://app/index.html', failing),
    ]) {
      expect(answer.status).not.toBe(200);
      expect(answer.body).toBeNull();
    }
    vi.restoreAllMocks();
  });

  it('reads the method in any case, as a request may spell it', async () => {
    const lower = await request('maillage://app/index.html', 'get');
    expect(lower.status).toBe(200);
    expect(text(lower.body)).toContain('<title>Maillage</title>');
    const head = await request('maillage://app/index.html', 'head');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('answers 404, not 500, for a path that goes through a file as if it were a folder', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await get('maillage://app/index.html/x.js')).status).toBe(404);
    expect(error).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('answers 500 when the read fails without even an error object', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await get('maillage://app/index.html', () => Promise.reject(null));
    expect(answer.status).toBe(500);
    vi.restoreAllMocks();
  });
});
