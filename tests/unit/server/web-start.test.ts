import { type AddressInfo, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NativeBindingError } from '../../../electron/core/database/open-database.js';
import { startFailureMessage, startOnPortOrFree } from '../../../electron/server/web-start.js';

// Real listeners: the port taken is taken by a real server, the other failure is the system's own.
const servers: Server[] = [];

function listen(port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('npm run web starts on the port asked for, or a free one when it is taken', () => {
  it('takes the port asked for when it is free, and says nothing', async () => {
    const probe = await listen(0);
    const free = portOf(probe);
    await new Promise((resolve) => probe.close(resolve));
    const warnings: string[] = [];
    const server = await startOnPortOrFree(
      (port) => listen(port),
      free,
      (message) => warnings.push(message),
    );
    expect(portOf(server)).toBe(free);
    expect(warnings).toEqual([]);
  });

  it('falls back to a free port when another program holds it, and says so in French', async () => {
    const taken = portOf(await listen(0));
    const tried: number[] = [];
    const warnings: string[] = [];
    const server = await startOnPortOrFree(
      (port) => {
        tried.push(port);
        return listen(port);
      },
      taken,
      (message) => warnings.push(message),
    );
    expect(tried).toEqual([taken, 0]);
    expect(portOf(server)).not.toBe(taken);
    expect(warnings).toEqual([`Maillage : le port ${taken} est déjà pris, un port libre est choisi.`]);
  });

  it('stops on any other failure, unchanged: an address this machine does not have is no taken port', async () => {
    const tried: number[] = [];
    const warnings: string[] = [];
    // 192.0.2.1 is reserved for documentation (TEST-NET-1): binding to it fails here, nothing is sent.
    const failing = startOnPortOrFree(
      (port) => {
        tried.push(port);
        return listen(port, '192.0.2.1');
      },
      0,
      (message) => warnings.push(message),
    );
    await expect(failing).rejects.toMatchObject({ code: 'EADDRNOTAVAIL' });
    expect(tried).toEqual([0]);
    expect(warnings).toEqual([]);
  });

  it('stops on a failure that is no system error at all', async () => {
    const failure = new Error('pas de réseau');
    await expect(
      startOnPortOrFree(
        () => Promise.reject(failure),
        8080,
        () => undefined,
      ),
    ).rejects.toBe(failure);
    await expect(
      startOnPortOrFree(
        () => Promise.reject(null),
        8080,
        () => undefined,
      ),
    ).rejects.toBeNull();
  });
});

describe('what npm run web says when it cannot start', () => {
  it('a SQLite module built for another Node: the command that fixes it', () => {
    expect(startFailureMessage(new NativeBindingError('NODE_MODULE_VERSION 115'))).toBe(
      'Maillage : le module SQLite (better-sqlite3) ne se charge pas pour cette version de Node (NODE_MODULE_VERSION 115). Lancez « npm rebuild better-sqlite3 ».',
    );
  });

  it('anything else: what happened, from an error or from whatever was thrown', () => {
    expect(startFailureMessage(new Error('EACCES: permission denied'))).toBe(
      'Maillage : impossible de démarrer — EACCES: permission denied',
    );
    expect(startFailureMessage('disque plein')).toBe('Maillage : impossible de démarrer — disque plein');
  });
});
