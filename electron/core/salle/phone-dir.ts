import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built phone page is (dist/telephone): MAILLAGE_PHONE_DIR, else found above this
 * module — beside dist/electron in a build, or dist/telephone of the project in the source tree.
 */
export function findPhoneDir(env: NodeJS.ProcessEnv = process.env, from = fileURLToPath(import.meta.url)): string {
  if (env.MAILLAGE_PHONE_DIR) return env.MAILLAGE_PHONE_DIR;
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'telephone'), join(dir, 'dist', 'telephone')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
    dir = dirname(dir);
  }
  return join(dirname(from), '..', 'telephone');
}
