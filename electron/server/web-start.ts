import { NativeBindingError } from '../core/database/open-database.js';

/**
 * Starts on the port asked for, or on a free one when that port is taken (a second `npm run web`,
 * another program): the facilitator gets a working page, and is told which address it has. Any
 * other failure (a port the user may not open, a broken network stack) stops the start.
 */
export async function startOnPortOrFree<T>(
  start: (port: number) => Promise<T>,
  port: number,
  warn: (message: string) => void,
): Promise<T> {
  try {
    return await start(port);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'EADDRINUSE') throw error;
    warn(`Maillage : le port ${port} est déjà pris, un port libre est choisi.`);
    return start(0);
  }
}

/** What `npm run web` says when it cannot start: what happened, and what to do when we know it. */
export function startFailureMessage(error: unknown): string {
  if (error instanceof NativeBindingError) {
    return `Maillage : le module SQLite (better-sqlite3) ne se charge pas pour cette version de Node (${error.message}). Lancez « npm rebuild better-sqlite3 ».`;
  }
  return `Maillage : impossible de démarrer — ${error instanceof Error ? error.message : String(error)}`;
}
