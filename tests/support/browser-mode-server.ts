import { type ChildProcess, spawn } from 'node:child_process';

export interface BrowserModeServer {
  url: string;
  /**
   * Stops the server as when the facilitator closes the app (SIGTERM), or as a crash does
   * (SIGKILL), and waits for it.
   */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/**
 * Starts browser mode exactly as `npm run web` does (dist/electron/server.js) on a free port over
 * `dataDir`, and resolves with its address once it prints it. Used by the end-to-end tests and
 * the benchmark; `env` adds to the environment (MAILLAGE_RENDERER_DIR for the benchmark's build).
 */
export function startBrowserModeServer(
  dataDir: string,
  options: { serverJs?: string; env?: NodeJS.ProcessEnv; port?: number } = {},
): Promise<BrowserModeServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      options.serverJs ?? 'dist/electron/server.js',
      '--port',
      String(options.port ?? 0),
      '--data-dir',
      dataDir,
      '--no-open',
    ],
    // The room listener of every test and of the benchmark listens on 127.0.0.1 only.
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1', MAILLAGE_SALLE_LOOPBACK_ONLY: '1', ...options.env },
    },
  );
  // A test that times out while the server starts must not leave it running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const stop = (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.kill(signal);
        });
  // No clock here: a loaded machine starts the server late, never wrongly; the test's own
  // budget bounds the wait, and an early exit rejects at once with what the server said.
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Le serveur s’est arrêté (code ${code}) :\n${output}`)));
  });
}
