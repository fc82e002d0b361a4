// Builds the renderer (dist/renderer) and the Node side (dist/electron): main and server as
// ES modules, the preload as one CommonJS file, because sandboxed preloads cannot load modules.
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = [
  'electron',
  'better-sqlite3',
  'playwright-core',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

async function buildNode(entry, fileName, format, banner = '') {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: entry,
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: { external, output: { format, entryFileNames: fileName, codeSplitting: false, banner } },
    },
  });
}

const targets = {
  renderer: () => build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' }),
  // The phone page of the room, apart from the editor: the room listener serves this folder only.
  telephone: () =>
    build({ configFile: fileURLToPath(new URL('../vite.telephone.config.ts', import.meta.url)), logLevel: 'warn' }),
  main: () => buildNode('electron/main/index.ts', 'main.js', 'es'),
  preload: () => buildNode('electron/preload/index.ts', 'preload.cjs', 'cjs'),
  server: () => buildNode('electron/server/cli.ts', 'server.js', 'es'),
  // `npx maillage …` (package.json "bin"): needs its shebang and the executable bit.
  cli: async () => {
    await buildNode('electron/cli/main.ts', 'cli.js', 'es', '#!/usr/bin/env node');
    chmodSync(fileURLToPath(new URL('../dist/electron/cli.js', import.meta.url)), 0o755);
  },
};

// `node scripts/build.mjs [target…]`: everything by default.
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(targets)) {
  const target = targets[name];
  if (!target) throw new Error(`Cible de construction inconnue : ${name} (${Object.keys(targets).join(', ')})`);
  await target();
}
