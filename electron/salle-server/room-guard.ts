import type { IncomingHttpHeaders } from 'node:http';
import { roomLimits } from '../../shared/salle/limits.js';
import { TokenBuckets } from '../core/salle/limiters.js';

/** The header a joined phone sends its key in (never a cookie: nothing is sent without the page asking). */
export const phoneKeyHeader = 'x-salle-cle';

/** Where the room listens: the only Host and Origin it answers to. */
export interface RoomEndpoint {
  address: string;
  port: number;
}

function ownHosts({ address, port }: RoomEndpoint): Set<string> {
  // Browsers leave the default port out of Host and Origin.
  return new Set(port === 80 ? [`${address}:80`, address] : [`${address}:${port}`]);
}

/**
 * Why a request must be refused before anything else is read, or undefined. The Host must be
 * the room's own address (a DNS name pointing here — rebinding — is refused); an Origin or a
 * Sec-Fetch-Site header must say the request comes from the phone page itself.
 */
export function roomRefusal(headers: IncomingHttpHeaders, endpoint: RoomEndpoint): string | undefined {
  const hosts = ownHosts(endpoint);
  const host = headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return 'Adresse refusée : ouvrez la page de la salle par l’adresse affichée au mur.';
  const origin = headers.origin?.toLowerCase();
  if (origin !== undefined && ![...hosts].some((h) => origin === `http://${h}`)) {
    return 'Origine refusée : appel venu d’un autre site.';
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Appel inter-sites refusé.';
  return undefined;
}

/** What a request asks for: a participant method, a file of the phone page, or nothing we serve. */
export type RoomRoute =
  | { kind: 'api'; method: string }
  | { kind: 'file'; path: string }
  | { kind: 'refused'; status: 404 | 405; message: string };

export function roomRoute(httpMethod: string | undefined, path: string): RoomRoute {
  if (path.startsWith('/api/')) {
    if (httpMethod !== 'POST') return { kind: 'refused', status: 405, message: 'Méthode HTTP non permise.' };
    const method = path.slice('/api/'.length);
    if (!/^[a-z.]{1,40}$/.test(method)) return { kind: 'refused', status: 404, message: 'Adresse inconnue.' };
    return { kind: 'api', method };
  }
  if (httpMethod !== 'GET' && httpMethod !== 'HEAD') {
    return { kind: 'refused', status: 405, message: 'Méthode HTTP non permise.' };
  }
  return { kind: 'file', path };
}

/** The phone page sends JSON only: a form of another site cannot (it would need a preflight). */
export function isJson(contentType: string | undefined): boolean {
  return /^application\/json(\s*;|$)/i.test(contentType ?? '');
}

/** The phone's key as sent, or undefined when absent or not shaped like one. */
export function phoneKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[phoneKeyHeader];
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : undefined;
}

export type Admission = { ok: true } | { ok: false; retryAfterS: number; message: string };

/**
 * Request rates: a joined phone has its own allowance, counted by its key; anything else (the
 * page, the short code, joining, a forged key) is counted by network address. A phone that
 * polls the wall every few seconds and proposes now and then never meets either limit.
 */
export class RoomGuard {
  private readonly phones: TokenBuckets;
  private readonly addresses: TokenBuckets;

  constructor(
    private readonly knows: (key: string) => boolean,
    now: () => number,
  ) {
    this.phones = new TokenBuckets({
      burst: roomLimits.phoneBurst,
      perSecond: roomLimits.phonePerSecond,
      maxKeys: roomLimits.phonesPerOpening * 2,
      now,
    });
    this.addresses = new TokenBuckets({
      burst: roomLimits.addressBurst,
      perSecond: roomLimits.addressPerSecond,
      maxKeys: 4096,
      now,
    });
  }

  admit(address: string, key: string | undefined): Admission {
    const known = key !== undefined && this.knows(key);
    const allowed = known ? this.phones.take(key) : this.addresses.take(address);
    if (allowed) return { ok: true };
    const perSecond = known ? roomLimits.phonePerSecond : roomLimits.addressPerSecond;
    return {
      ok: false,
      retryAfterS: Math.ceil(1 / perSecond),
      message: 'Trop de demandes à la fois : patientez quelques secondes, puis réessayez.',
    };
  }
}
