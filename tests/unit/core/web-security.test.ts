import { join, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentTypeOf,
  resolveStaticPath,
  securityHeaders,
} from '../../../electron/core/web-security.js';

const root = join(sep, 'opt', 'maillage', 'renderer');

describe('resolveStaticPath', () => {
  it('maps / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '')).toBe(join(root, 'index.html'));
  });

  it('maps a path onto the file under the root, without its query or fragment', () => {
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/assets/app.js?v=2#x')).toBe(join(root, 'assets', 'app.js'));
    // A raw space or line break after `?` or `#` (a hand-typed address) is still part of what is cut.
    expect(resolveStaticPath(root, '/index.html?a b')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/index.html#x\ny')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/caf%C3%A9.png')).toBe(join(root, 'assets', 'café.png'));
    expect(resolveStaticPath(`${root}${sep}`, '/a.js')).toBe(join(root, 'a.js'));
  });

  it('reads a path without its leading slash the same way, and never serves the root folder itself', () => {
    expect(resolveStaticPath(root, 'assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/assets/..')).toBeUndefined();
    expect(resolveStaticPath(root, '/.')).toBeUndefined();
  });

  it('allows .. that stays inside the root', () => {
    expect(resolveStaticPath(root, '/assets/../index.html')).toBe(join(root, 'index.html'));
  });

  it('refuses paths that leave the root, plain or encoded', () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/..%2fpackage.json',
      '/assets/../../package.json',
      '/..',
      '/../renderer-copie/index.html',
    ]) {
      expect(resolveStaticPath(root, path), path).toBeUndefined();
    }
  });

  it('refuses NUL bytes, backslashes and malformed escapes', () => {
    for (const path of ['/index.html%00.js', '/..%5cpackage.json', '/a\\b.js', '/%E0%A4%A', '/%']) {
      expect(resolveStaticPath(root, path), path).toBeUndefined();
    }
  });

  it('keeps a doubled leading slash inside the root', () => {
    expect(resolveStaticPath(root, '//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveStaticPath(root, '/%2Fetc%2Fpasswd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('never gives a path outside the root, whatever the URL (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '%2f', '%5c', '', 'assets', 'index.html', '%00'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const resolved = resolveStaticPath(root, `/${segments.join('/')}`);
        if (resolved !== undefined) expect(resolved === root || resolved.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contentTypeOf and the security headers', () => {
  it('gives the type of each renderer file and octet-stream otherwise', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/B.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('f.woff2')).toBe('font/woff2');
    expect(contentTypeOf('logo.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('archive.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('Makefile')).toBe('application/octet-stream');
    // Every type the renderer's build can emit, so that nosniff never refuses one of them.
    expect(
      ['a.mjs', 'a.json', 'a.png', 'a.ico', 'a.woff', 'a.ttf', 'a.txt'].map((name) => contentTypeOf(name)),
    ).toEqual([
      'text/javascript; charset=utf-8',
      'application/json; charset=utf-8',
      'image/png',
      'image/x-icon',
      'font/woff',
      'font/ttf',
      'text/plain; charset=utf-8',
    ]);
  });

  it('allows scripts from the app only, no objects, no framing, no base or form targets', () => {
    const directives = new Map(
      contentSecurityPolicy.split('; ').map((d) => {
        const [name = '', ...values] = d.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    // What the app itself needs, and nothing wider: inline styles (React Flow), pictures and
    // fonts of its own or inlined, requests to its own origin only.
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('font-src')).toBe("'self' data:");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.size).toBe(10);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')).not.toMatch(/unsafe-inline/);
  });

  it('sends nosniff, no referrer and same-origin isolation with every answer', () => {
    expect(securityHeaders).toMatchObject({
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
});
