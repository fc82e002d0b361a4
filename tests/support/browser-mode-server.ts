import { type ChildProcess, spawn } from 'node:child_process';

export interface BrowserModeServer {
  url: string;
  /** Stops the server as when the facilitator closes the app (SIGTERM), and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts browser mode exactly as `npm run web` does (dist/electron/server.js) on a free port over
 * `dataDir`, and resolves with its address once it prints it. Used by the end-to-end tests and
 * the benchmark; `env` adds to the environment (MAILLAGE_RENDERER_DIR for the benchmark's build).
 */
export function startBrowserModeServer(
  dataDir: string,
  options: { serverJs?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<BrowserModeServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [options.serverJs ?? 'dist/electron/server.js', '--port', '0', '--data-dir', dataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1', ...options.env } },
  );
  const stop = (): Promise<void> =>
    child.exitCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Le serveur n’a pas démarré :\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Le serveur s’est arrêté (code ${code}) :\n${output}`));
    });
  });
}
