import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core.js';
import { parseWebArgs } from './cli-args.js';
import { startHttpServer } from './http-server.js';
import { openBrowser } from './open-browser.js';
import { startFailureMessage, startOnPortOrFree } from './web-start.js';

/** Browser mode: the same core and renderer as the desktop app, served on 127.0.0.1. */
async function main(): Promise<void> {
  // Flags are looked up by name: node's own two entries (its path, this script's) are no flag.
  const options = parseWebArgs(process.argv, process.env);
  const here = dirname(fileURLToPath(import.meta.url));
  // The default exists only in the build (dist/electron/server.js beside dist/renderer), which the
  // end-to-end tests start without MAILLAGE_RENDERER_DIR; run from source there is no renderer beside.
  // Stryker disable next-line StringLiteral: not observable from source, pinned by the e2e tests.
  const rendererDir = process.env.MAILLAGE_RENDERER_DIR ?? join(here, '..', 'renderer');
  const core = createCore({ dataDir: options.dataDir });
  for (const notice of core.call('app.info', {}).notices) {
    console.warn(`Maillage : ${notice.message}`);
  }
  const running = await startOnPortOrFree(
    (port) => startHttpServer({ core, rendererDir, port }),
    options.port,
    (message) => console.warn(message),
  );
  console.log(`Maillage (mode navigateur) : ${running.url}`);
  console.log(`Données : ${core.databasePath}`);
  if (options.open) openBrowser(running.url);

  const stop = () => {
    void running
      .close()
      .then(() => core.close())
      // Once the server and the core are closed nothing holds the process, which then ends with 0
      // by itself: exit is the guard against a handle a later change leaves open.
      // Stryker disable next-line ArrowFunction: not observable while nothing else holds the process.
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(startFailureMessage(error));
  process.exit(1);
});
