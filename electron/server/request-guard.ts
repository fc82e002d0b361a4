import type { IncomingHttpHeaders } from 'node:http';

const loopbackNames = ['127.0.0.1', 'localhost'];

/** The origins the server answers to: its own, on the loopback names only. */
export function allowedOrigins(port: number): Set<string> {
  return new Set(loopbackNames.map((name) => `http://${name}:${port}`));
}

/**
 * Why a request must be refused, or undefined when it may go on. A wrong Host defeats DNS
 * rebinding (a hostile name resolved to 127.0.0.1); a foreign Origin or a cross-site fetch
 * defeats CSRF from another tab.
 */
export function refusalReason(headers: IncomingHttpHeaders, port: number): string | undefined {
  const allowed = allowedOrigins(port);
  const host = headers.host;
  if (!host || !allowed.has(`http://${host.toLowerCase()}`)) return 'Hôte refusé : Maillage ne répond qu’à 127.0.0.1.';
  const origin = headers.origin;
  if (origin !== undefined && !allowed.has(origin.toLowerCase()))
    return 'Origine refusée : appel venu d’un autre site.';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Appel inter-sites refusé.';
  return undefined;
}
