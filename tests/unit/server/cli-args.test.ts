import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/data-dir.js';
import { defaultPort, parseWebArgs } from '../../../electron/server/cli-args.js';

/** An environment with nothing Maillage reads, but a home folder. */
const bare: NodeJS.ProcessEnv = { HOME: '/home/lea' };

describe('parseWebArgs', () => {
  it('defaults to port 5199, the desktop app’s data folder, and opening the browser', () => {
    expect(parseWebArgs([], bare)).toEqual({ port: defaultPort, dataDir: defaultDataDir(bare), open: true });
    expect(defaultPort).toBe(5199);
  });

  it('reads --port and --data-dir, as separate or inline values', () => {
    expect(parseWebArgs(['--port', '8080', '--data-dir', '/tmp/m'], bare)).toMatchObject({
      port: 8080,
      dataDir: '/tmp/m',
    });
    expect(parseWebArgs(['--port=8081', '--data-dir=/srv/m'], bare)).toMatchObject({ port: 8081, dataDir: '/srv/m' });
  });

  it('accepts port 0, which asks the system for a free port, and the last port, 65535', () => {
    expect(parseWebArgs(['--port', '0'], bare).port).toBe(0);
    expect(parseWebArgs(['--port', '65535'], bare).port).toBe(65535);
  });

  it('reads MAILLAGE_PORT and MAILLAGE_DATA_DIR from the environment', () => {
    expect(parseWebArgs([], { ...bare, MAILLAGE_PORT: '7000', MAILLAGE_DATA_DIR: '/data/maillage' })).toMatchObject({
      port: 7000,
      dataDir: '/data/maillage',
    });
  });

  it('lets the flags win over the environment', () => {
    const env = { ...bare, MAILLAGE_PORT: '7000', MAILLAGE_DATA_DIR: '/env' };
    expect(parseWebArgs(['--port', '7001', '--data-dir', '/flag'], env)).toMatchObject({
      port: 7001,
      dataDir: '/flag',
    });
  });

  it('does not open the browser with --no-open, nor when CI is set', () => {
    expect(parseWebArgs(['--no-open'], bare).open).toBe(false);
    expect(parseWebArgs([], { ...bare, CI: 'true' }).open).toBe(false);
    expect(parseWebArgs([], { ...bare, CI: '1' }).open).toBe(false);
  });

  it('derives the default data folder from the environment it is given', () => {
    const env = { ...bare, XDG_CONFIG_HOME: '/cfg', APPDATA: '/appdata' };
    expect(parseWebArgs([], env).dataDir).toBe(defaultDataDir(env));
  });

  for (const [argv, env] of [
    [['--port', 'abc'], bare],
    [['--port', '-1'], bare],
    [['--port', '65536'], bare],
    [['--port', '80.5'], bare],
    [['--port', '--no-open'], bare],
    [[], { ...bare, MAILLAGE_PORT: 'huit' }],
  ] as [string[], NodeJS.ProcessEnv][]) {
    it(`refuses the port in ${JSON.stringify(argv)} ${JSON.stringify(env.MAILLAGE_PORT ?? '')} with a French message`, () => {
      expect(() => parseWebArgs(argv, env)).toThrow(/Port invalide : « .* »\. Donnez un nombre entre 0 et 65535\./);
    });
  }

  it('refuses an empty or blank port rather than reading it as port 0', () => {
    expect(() => parseWebArgs(['--port='], bare)).toThrow(/Port invalide/);
    expect(() => parseWebArgs(['--port', ' '], bare)).toThrow(/Port invalide/);
    expect(() => parseWebArgs([], { ...bare, MAILLAGE_PORT: ' \t' })).toThrow(/Port invalide/);
  });
});
