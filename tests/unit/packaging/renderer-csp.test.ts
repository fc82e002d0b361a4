import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/web-security.js';

/**
 * The renderer's page carries the CSP itself as well as in every answer's header: a copy of the
 * page opened any other way (a saved file, a proxy that drops headers) stays as locked.
 */
const page = readFileSync(fileURLToPath(new URL('../../../renderer/index.html', import.meta.url)), 'utf8');

function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)].map(
    (match) => match[1] ?? '',
  );
}

describe('renderer/index.html', () => {
  it('declares the same Content Security Policy as the servers, in a <meta> of its <head>', () => {
    // frame-ancestors is ignored in a <meta>: only the header can carry it.
    const expected = contentSecurityPolicy
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
    expect(metaPolicies(head)).toEqual([expected]);
  });

  it('loads its script from the app itself, with nothing inline', () => {
    expect([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script type="module" src="./main.tsx">',
    ]);
  });
});
