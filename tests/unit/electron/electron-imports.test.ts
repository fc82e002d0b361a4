import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Modules a file loads at run time: `import type` and `export type` are erased. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map(
    (match) => match[1] ?? '',
  );
}

/** Every package reached from an entry file through its relative imports. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const name of runtimeImports(file)) {
      if (name.startsWith('.')) pending.push(resolve(dirname(file), name.replace(/\.js$/, '.ts')));
      else packages.add(name);
    }
  }
  return packages;
}

describe('Electron boundaries', () => {
  it("loads 'electron' at run time only from the two entry files, so everything else is testable", () => {
    const offenders = [...sources(join(root, 'electron', 'main')), ...sources(join(root, 'electron', 'preload'))]
      .filter((file) => !file.endsWith('index.ts'))
      .filter((file) => runtimeImports(file).includes('electron'))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('keeps the sandboxed preload free of any package but electron, through all its imports', () => {
    // A sandboxed preload can require nothing else; the build leaves packages as require() calls.
    expect([...packagesReachedFrom(join(root, 'electron', 'preload', 'index.ts'))]).toEqual(['electron']);
  });

  it('keeps Electron out of the core', () => {
    const offenders = sources(join(root, 'electron', 'core'))
      .filter((file) => runtimeImports(file).includes('electron'))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
