import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { GeneratedMap } from './generate.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds the bare React Flow page (bench/bare) with its own small Vite build. */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    root: join(here, 'bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'chrome130' },
  });
}

/** The graph as React Flow's own examples write it: default nodes and edges. */
export function bareGraph(map: GeneratedMap): unknown {
  return {
    nodes: map.actors.map((a) => ({ id: a.id, position: { x: a.x, y: a.y }, data: { label: a.label } })),
    edges: map.links.map((l) => ({ id: l.id, source: l.source, target: l.target })),
  };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A tiny static server on 127.0.0.1 for the built bare page and the graphs it reads. */
export async function serveBarePage(
  dir: string,
  graphs: Map<number, unknown>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const graph = /^\/graph-(\d+)\.json$/.exec(path);
    if (graph) {
      const body = graphs.get(Number(graph[1]));
      response.writeHead(body ? 200 : 404, { 'Content-Type': types['.json'] });
      response.end(body ? JSON.stringify(body) : '{}');
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
