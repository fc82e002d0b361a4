import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appPaths } from '../../../electron/main/app-paths.js';

/**
 * appPaths is read from the bundle's folder (dist/electron) of a real checkout: what it returns
 * must be where the build and the packager put things.
 */
const root = join(fileURLToPath(new URL('../../../', import.meta.url)), '.');
const mainDir = join(root, 'dist', 'electron');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('appPaths', () => {
  const development = appPaths(mainDir, { isPackaged: false, resourcesPath: '/opt/Maillage/resources' });

  it('finds the preload beside the main bundle and the renderer where the build writes them', () => {
    expect(development.projectRoot).toBe(root);
    expect(development.preloadPath).toBe(join(mainDir, 'preload.cjs'));
    // scripts/build.mjs writes the preload under that name into dist/electron, vite the renderer into dist/renderer.
    expect(read('scripts/build.mjs')).toMatch(/outDir: 'dist\/electron'[\s\S]*'preload\.cjs'/);
    expect(development.rendererDir).toBe(join(root, 'dist', 'renderer'));
    expect(read('vite.config.ts')).toContain("'./dist/renderer'");
  });

  it('in a development run, takes the icon and the fonts from the project’s build folder', () => {
    expect(development.iconPath).toBe(join(root, 'build', 'icon.png'));
    expect(existsSync(development.iconPath)).toBe(true);
    expect(development.fontDir).toBe(join(root, 'build', 'fonts'));
    expect(readdirSync(development.fontDir).filter((name) => name.endsWith('.ttf')).length).toBeGreaterThan(0);
  });

  it('in a packaged app, takes the fonts from the resources, where electron-builder copies them', () => {
    const packaged = appPaths(mainDir, { isPackaged: true, resourcesPath: '/opt/Maillage/resources' });
    expect(packaged.fontDir).toBe(join('/opt/Maillage/resources', 'fonts'));
    const config = parse(read('electron-builder.yml')) as { extraResources: { from: string; to: string }[] };
    expect(config.extraResources).toContainEqual({ from: 'build/fonts', to: 'fonts' });
    expect(packaged.preloadPath).toBe(development.preloadPath);
    expect(packaged.rendererDir).toBe(development.rendererDir);
  });
});
