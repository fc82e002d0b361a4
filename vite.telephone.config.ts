import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The phone page (renderer/telephone), built on its own into dist/telephone: the room listener
 * serves that folder and nothing of the editor. Built for the browsers participants carry.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer/telephone', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/telephone', import.meta.url)),
    emptyOutDir: true,
    target: ['safari15', 'chrome100', 'firefox100'],
    sourcemap: false,
    // Nothing inlined as data: URLs: the page's policy allows its own files.
    assetsInlineLimit: 0,
  },
});
