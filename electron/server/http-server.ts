import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody } from '../../shared/api/errors.js';
import type { Core } from '../core/create-core.js';
import { latestSchemaVersion } from '../core/database/migrations.js';
import { appVersion } from '../core/version.js';
import { contentTypeOf, resolveStaticPath, securityHeaders } from '../core/web-security.js';
import { refusalReason } from './request-guard.js';

export const maxBodyBytes = 8 * 1024 * 1024;
export const tokenHeader = 'x-maillage-token';
/** Set on an answer refused for its token alone (renderer/api/http-transport.ts reads it). */
export const tokenRefusalHeader = 'x-maillage-refusal';

export interface HttpServerOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function fail(res: ServerResponse, status: number, code: ApiErrorBody['code'], message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(): HttpError {
  return new HttpError(413, {
    code: 'validation',
    message: `Requête trop volumineuse (plus de ${maxBodyBytes / 1024 / 1024} Mo). Rien n’a été modifié.`,
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, {
      code: 'validation',
      message: 'Requête illisible : le corps n’est pas du JSON valide. Rien n’a été modifié.',
    });
  }
}

/** The browser-mode transport: the same handler table as Electron IPC, over HTTP on 127.0.0.1. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { core, rendererDir } = options;
  // A secret of this launch, that the page must send back.
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = options.port;

  async function serveStatic(res: ServerResponse, path: string): Promise<void> {
    const file = resolveStaticPath(rendererDir, path);
    // Stryker disable next-line ConditionalExpression: readFile(undefined) rejects, answered by the same 404 below.
    if (!file) return fail(res, 404, 'not_found', 'Fichier introuvable.');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return fail(res, 404, 'not_found', 'Fichier introuvable.');
    }
    const isIndex = file.endsWith('index.html');
    // The token travels inside the page only: a page of another origin cannot read it.
    const body = isIndex
      ? content.toString('utf8').replace('</head>', `<meta name="maillage-token" content="${token}"></head>`)
      : content;
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypeOf(file),
      'Cache-Control': isIndex ? 'no-store' : 'public, max-age=3600',
    });
    // Node sends no body in answer to HEAD.
    res.end(body);
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.write('retry: 1000\n\n');
    streams.add(res);
    // Stryker disable next-line StringLiteral,ArrowFunction: memory only, a write to a closed answer is dropped.
    res.on('close', () => streams.delete(res));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = refusalReason(req.headers, port);
    if (refusal) return fail(res, 403, 'transport', refusal);
    // A request the server received always has its URL.
    const url = new URL(String(req.url), `http://127.0.0.1:${port}`);
    const path = url.pathname;

    if (path === '/api/health' && req.method === 'GET') {
      return send(res, 200, { ok: true, version: appVersion, schemaVersion: latestSchemaVersion });
    }
    if (path === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) {
        res.setHeader(tokenRefusalHeader, 'token');
        return fail(res, 403, 'transport', 'Jeton absent ou invalide.');
      }
      return openEventStream(res);
    }
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return fail(res, 405, 'transport', 'Méthode HTTP non permise.');
      if (!sameToken(req.headers[tokenHeader] as string | undefined, token)) {
        // A page of an earlier launch: it reads the new token from the page and sends again.
        res.setHeader(tokenRefusalHeader, 'token');
        return fail(res, 403, 'transport', 'Jeton absent ou invalide : rechargez la page.');
      }
      if (req.headers['content-type']?.startsWith('application/json') !== true) {
        return fail(res, 415, 'transport', 'Type de contenu attendu : application/json.');
      }
      const input = parseJson(await readBody(req));
      // Exports answer a promise; every other method answers at once.
      const envelope = await core.dispatch(path.slice('/api/'.length), input);
      return send(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return fail(res, 405, 'transport', 'Méthode HTTP non permise.');
    }
    return serveStatic(res, path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return send(res, error.status, { ok: false, error: error.body });
      console.error('Maillage: erreur du serveur local', error);
      // Every answer writes its headers after all that can fail, so they are never sent yet here;
      // the else is for a later change that breaks that, rather than a crash of the server.
      // Stryker disable next-line ConditionalExpression: `true` is unreachable, see above.
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Erreur interne.' } });
      else res.end();
    });
  });
  // Answers of a slow or hostile client must not pile up.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  const unsubscribe = core.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });
  // A named event rather than a comment: the page hears it, and takes a silent stream for dead.
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write('event: ping\ndata: {}\n\n');
  }, 15_000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      // Stryker disable next-line StringLiteral: a later error would reject a settled promise, which does nothing.
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        unsubscribe();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function statusOf(code: ApiErrorBody['code']): number {
  switch (code) {
    case 'validation':
      return 400;
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
