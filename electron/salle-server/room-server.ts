import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody } from '../../shared/api/errors.js';
import { roomLimits } from '../../shared/salle/limits.js';
import type { ListenRoom, RoomListener } from '../core/salle/room-service.js';
import { contentTypeOf, resolveStaticPath } from '../core/web-security.js';
import { isJson, phoneKeyOf, RoomGuard, roomRefusal, roomRoute } from './room-guard.js';

/**
 * The phone page's policy: its own scripts and styles only (no inline style either: the page
 * sets styles through the DOM), pictures from itself or from blobs it made, nothing else.
 */
export const phoneContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const phoneHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': phoneContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...phoneHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: ApiErrorBody['code'], message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = () =>
    new RequestError(413, { code: 'validation', message: 'Envoi trop volumineux : raccourcissez le texte.' });
  if (Number(req.headers['content-length'] ?? 0) > roomLimits.bodyBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > roomLimits.bodyBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, { code: 'validation', message: 'Envoi illisible : rechargez la page.' });
  }
}

function statusOf(code: ApiErrorBody['code']): number {
  switch (code) {
    case 'validation':
      return 400;
    case 'transport':
      // Not joined, revoked, or the room closed: the phone must scan again.
      return 401;
    case 'unknown_method':
    case 'not_found':
      return 404;
    case 'conflict':
    case 'read_only':
      return 409;
    default:
      return 500;
  }
}

/**
 * The room listener: the phone page and the participant methods, on the address the
 * facilitator chose, and nothing else — it holds no reference to the core's handler table,
 * only to the room's gate. Every request passes the guard (Host and Origin, rate per phone or
 * per address, JSON only, small bodies) before anything is read.
 */
export const startRoomServer: ListenRoom = async ({ address, port, phoneDir, gate }) => {
  let endpoint = { address, port };
  const guard = new RoomGuard(gate.knows, Date.now);

  async function serveFile(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const file = resolveStaticPath(phoneDir, path);
    let content: Buffer | undefined;
    if (file) content = await readFile(file).catch(() => undefined);
    if (!file || !content) {
      if (path === '/' || path === '/index.html') {
        return fail(res, 503, 'internal', 'La page des téléphones n’est pas construite : lancez « npm run build ».');
      }
      return fail(res, 404, 'not_found', 'Fichier introuvable.');
    }
    const isPage = file.endsWith('.html');
    res.writeHead(200, {
      ...phoneHeaders,
      'Content-Type': contentTypeOf(file),
      'Cache-Control': isPage ? 'no-store' : 'public, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = roomRefusal(req.headers, endpoint);
    if (refusal) return fail(res, 403, 'transport', refusal);
    const key = phoneKeyOf(req.headers);
    const admission = guard.admit(req.socket.remoteAddress ?? '', key);
    if (!admission.ok) {
      return send(
        res,
        429,
        { ok: false, error: { code: 'transport', message: admission.message } },
        { 'Retry-After': String(admission.retryAfterS) },
      );
    }
    const path = new URL(req.url ?? '/', 'http://salle.invalid').pathname;
    const route = roomRoute(req.method, path);
    if (route.kind === 'refused') {
      return fail(res, route.status, route.status === 404 ? 'unknown_method' : 'transport', route.message);
    }
    if (route.kind === 'file') return serveFile(req, res, route.path);
    if (!isJson(req.headers['content-type'])) {
      return fail(res, 415, 'transport', 'Type de contenu attendu : application/json.');
    }
    const input = parseJson(await readBody(req));
    const envelope = await gate.dispatch(route.method, input, { key, address: req.socket.remoteAddress ?? '' });
    return send(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope);
  }

  const server = createServer({ maxHeaderSize: 8 * 1024 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestError) return send(res, error.status, { ok: false, error: error.body });
      console.error('Maillage : erreur de la salle', error);
      if (!res.headersSent) fail(res, 500, 'internal', 'Erreur interne.');
      else res.end();
    });
  });
  // A slow or silent client must not hold the room's connections.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  // Longer than a phone's poll (4 s): its connection is reused rather than closed under it.
  server.keepAliveTimeout = 30_000;
  server.maxHeadersCount = 50;
  server.maxConnections = roomLimits.phonesPerOpening * 2;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: address, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  endpoint = { address, port: (server.address() as AddressInfo).port };
  const listener: RoomListener = {
    port: endpoint.port,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
  return listener;
};
