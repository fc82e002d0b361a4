// Builds the renderer (dist/renderer) and the Node side (dist/electron): main and server as
// ES modules, the preload as one CommonJS file, because sandboxed preloads cannot load modules.
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

async function buildNode(entry, fileName, format) {
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
      rollupOptions: { external, output: { format, entryFileNames: fileName, codeSplitting: false } },
    },
  });
}

const targets = {
  renderer: () => build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' }),
  main: () => buildNode('electron/main/index.ts', 'main.js', 'es'),
  preload: () => buildNode('electron/preload/index.ts', 'preload.cjs', 'cjs'),
  server: () => buildNode('electron/server/cli.ts', 'server.js', 'es'),
};

// `node scripts/build.mjs [target…]`: everything by default.
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(targets)) {
  const target = targets[name];
  if (!target) throw new Error(`Cible de construction inconnue : ${name} (${Object.keys(targets).join(', ')})`);
  await target();
}
