import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Core, createCore } from '../../electron/core/create-core.js';
import { type RunningServer, startHttpServer } from '../../electron/server/http-server.js';

/**
 * Browser mode's server in this process — the same core and HTTP server `npm run web` starts —
 * over a real data folder, on a port of its own that a restart keeps (a page keeps its address).
 * Its page is a bare index.html: what matters here is the token the server writes into it.
 */
export interface LocalServer {
  readonly core: Core;
  readonly token: string;
  readonly port: number;
  readonly url: string;
  /** Stops it as closing the app does; `start` again on the same folder and port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function localServer(dataDir: string): Promise<LocalServer> {
  const rendererDir = join(dataDir, 'page');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  let core: Core | null = null;
  let running: RunningServer | null = null;
  let port = 0;
  const server: LocalServer = {
    get core() {
      if (!core) throw new Error('serveur arrêté');
      return core;
    },
    get token() {
      return running?.token ?? '';
    },
    get port() {
      return port;
    },
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    async stop() {
      await running?.close();
      core?.close();
      running = null;
      core = null;
    },
    async start() {
      core = createCore({ dataDir: join(dataDir, 'data') });
      running = await startHttpServer({ core, rendererDir, port });
      port = running.port;
    },
  };
  await server.start();
  return server;
}
