import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron uses for app.getPath('userData'): both modes must share one folder. */
export const productName = 'Maillage';
export const databaseFileName = 'maillage.sqlite';

/**
 * The folder Electron's app.getPath('userData') gives on each OS, computed without Electron,
 * so that browser mode and the CLI open the same database as the desktop app.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), productName);
}
