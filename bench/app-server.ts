import { type ChildProcess, spawn } from 'node:child_process';

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Browser mode exactly as `npm run web` runs it (dist/electron/server.js), over the given data
 * folder, serving the renderer built for the benchmark (MAILLAGE_RENDERER_DIR).
 */
export function startAppServer(serverJs: string, dataDir: string, rendererDir: string): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, [serverJs, '--port', '0', '--data-dir', dataDir, '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1', MAILLAGE_RENDERER_DIR: rendererDir },
  });
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
