import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Static imports of a source file: `import … from`, `export … from`, side-effect imports; not `import type`, not `import()`. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)';/gms)) {
    if (!match[1] && match[2]) found.push(match[2]);
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), specifier)).replace(/\.js$/, '');
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
}

/** Every package the renderer loads before its first screen, with the chain that brings it in. */
function initialPackages(): Map<string, string[]> {
  const entry = join(root, 'renderer/main.tsx');
  const chain = new Map<string, string[]>([[entry, []]]);
  const packages = new Map<string, string[]>();
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const specifier of staticImports(file)) {
      const local = resolveLocal(file, specifier);
      const path = [...(chain.get(file) ?? []), file.replace(root, '')];
      if (!local) {
        if (!specifier.startsWith('.') && !packages.has(specifier)) packages.set(specifier, path);
      } else if (!chain.has(local)) {
        chain.set(local, path);
        queue.push(local);
      }
    }
  }
  return packages;
}

describe('what the renderer loads to show a map', () => {
  it('does not load the validator (zod): schemas live in *-schema.ts files, for the core and the paste check', () => {
    const packages = initialPackages();
    expect(packages.has('react-dom/client')).toBe(true);
    const zod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'));
    expect(zod.map(([name, path]) => `${name} ← ${path.join(' ← ')}`)).toEqual([]);
  });
});
