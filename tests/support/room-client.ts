import { request } from 'node:http';

export interface RoomAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface RoomRequest {
  method?: string;
  path: string;
  /** A JSON value (sent as JSON), a raw string or bytes. */
  body?: unknown;
  key?: string;
  headers?: Record<string, string>;
}

/**
 * One request to a room listener, as a phone's browser sends it (Host and Origin of the room's
 * own address unless a test overrides them). Node's http client, not fetch: fetch cannot send a
 * forged Host, and the tests need to.
 */
export function roomRequest(
  base: string,
  { method = 'POST', path, body, key, headers = {} }: RoomRequest,
): Promise<RoomAnswer> {
  const url = new URL(path, base);
  const payload =
    body === undefined
      ? undefined
      : Buffer.isBuffer(body)
        ? body
        : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        // A connection per request: a socket kept from before the room closed would only hang up.
        agent: false,
        headers: {
          host: url.host,
          origin: url.origin,
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...(key ? { 'x-salle-cle': key } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A phone that joined with the QR code's secret: calls participant methods with its key. */
export async function joinRoom(
  joinUrl: string,
): Promise<{ key: string; call: (method: string, body?: unknown) => Promise<RoomAnswer> }> {
  const secret = new URL(joinUrl).hash.replace(/^#s=/, '');
  const joined = await roomRequest(joinUrl, { path: '/api/join', body: { secret } });
  const key = (joined.json as { result?: { key?: string } }).result?.key;
  if (joined.status !== 200 || !key) throw new Error(`Entrée refusée : ${joined.text}`);
  return { key, call: (method, body = {}) => roomRequest(joinUrl, { path: `/api/${method}`, body, key }) };
}
