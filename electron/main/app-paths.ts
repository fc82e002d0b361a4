import { join } from 'node:path';

export interface AppPaths {
  preloadPath: string;
  rendererDir: string;
  /** The project folder in a development run; only read when the app is not packaged. */
  projectRoot: string;
  /** The window icon of a development run (a packaged app carries its own). */
  iconPath: string;
  /** The fonts pictures are drawn with: shipped as resources in a package, build/fonts otherwise. */
  fontDir: string;
}

/**
 * Where the parts of the app are, from the folder of the main process's bundle (dist/electron):
 * the preload beside it, the renderer in dist/renderer.
 */
export function appPaths(mainDir: string, packaged: { isPackaged: boolean; resourcesPath: string }): AppPaths {
  const projectRoot = join(mainDir, '..', '..');
  return {
    preloadPath: join(mainDir, 'preload.cjs'),
    rendererDir: join(mainDir, '..', 'renderer'),
    projectRoot,
    iconPath: join(projectRoot, 'build', 'icon.png'),
    fontDir: packaged.isPackaged ? join(packaged.resourcesPath, 'fonts') : join(projectRoot, 'build', 'fonts'),
  };
}
