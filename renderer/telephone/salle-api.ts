import type { Envelope } from '../../shared/api/errors.js';

/** A refusal from the room, or the room out of reach (status 0). */
export class SalleError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SalleError';
  }

  /** The phone must join again: key unknown (room reopened) or room closed. */
  get revoked(): boolean {
    return this.status === 401;
  }

  get unreachable(): boolean {
    return this.status === 0;
  }
}

const keyStore = 'maillage-salle-cle';

/** This phone's key for the current opening; kept for the tab only (a reload keeps it, nothing else). */
export const phoneKey = {
  get: (): string | null => sessionStorage.getItem(keyStore),
  set: (key: string) => sessionStorage.setItem(keyStore, key),
  clear: () => sessionStorage.removeItem(keyStore),
};

/**
 * One participant method: POST /api/<method> on the room listener, as JSON, with this phone's
 * key. The page is served by the same listener, so every call is same-origin.
 */
export async function salle<T>(method: string, input: unknown, unreachable: string): Promise<T> {
  const key = phoneKey.get();
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Salle-Cle': key } : {}) },
      body: JSON.stringify(input),
      cache: 'no-store',
    });
  } catch {
    throw new SalleError(0, unreachable);
  }
  let envelope: Envelope<T>;
  try {
    envelope = (await response.json()) as Envelope<T>;
  } catch {
    throw new SalleError(response.status || 0, unreachable);
  }
  if (!envelope.ok) throw new SalleError(response.status, envelope.error.message);
  return envelope.result;
}

/**
 * An id chosen by the phone for a proposal, so that one sent twice counts once. The page is
 * served over plain http on the room's network, where crypto.randomUUID does not exist (it needs
 * a secure context); getRandomValues does.
 */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
