import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fonts bundled with Maillage (build/fonts), so that a picture looks the same everywhere. */
export const bundledFontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

/**
 * Where the bundled fonts are: MAILLAGE_FONT_DIR, else build/fonts found above this module
 * (source tree, dist/electron, or the CLI's build). The packaged app passes its resources
 * folder explicitly.
 */
export function findFontDir(env: NodeJS.ProcessEnv = process.env, from = fileURLToPath(import.meta.url)): string {
  if (env.MAILLAGE_FONT_DIR) return env.MAILLAGE_FONT_DIR;
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'build', 'fonts');
    if (existsSync(join(candidate, bundledFontFiles[0]))) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(from), 'fonts');
}

export function fontFilesIn(dir: string): string[] {
  return bundledFontFiles.map((file) => join(dir, file)).filter((path) => existsSync(path));
}
