import { defaultDataDir } from '../core/data-dir.js';

export interface WebOptions {
  port: number;
  dataDir: string;
  open: boolean;
}

export const defaultPort = 5199;

/** Reads `--port`, `--data-dir`, `--no-open` and their MAILLAGE_* environment forms. */
export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv): WebOptions {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    if (index >= 0) return argv[index + 1];
    const inline = argv.find((arg) => arg.startsWith(`${flag}=`));
    return inline?.slice(flag.length + 1);
  };
  const portText = value('--port') ?? env.MAILLAGE_PORT;
  const port = portText === undefined ? defaultPort : Number(portText);
  // Number('') is 0, a random port: an empty value is a mistake, not a request.
  if (portText?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Port invalide : « ${portText} ». Donnez un nombre entre 0 et 65535.`);
  }
  return {
    port,
    dataDir: value('--data-dir') ?? env.MAILLAGE_DATA_DIR ?? defaultDataDir(env),
    open: !argv.includes('--no-open') && !env.CI,
  };
}
